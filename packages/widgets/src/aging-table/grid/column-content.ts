import type { AgingRow, CurrencyTotals, ItemRow } from '../data/aging-model.js';
import { forEachSliced, type TimeSlicer } from '../view/time-slice.js';

/** The longest raw amount of each amount column over a data set: what its width must fit. */
export interface LongestAmounts {
  readonly buckets: readonly string[];
  readonly total: string;
  readonly overdue: string;
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * The longest amount string per amount column over `rows` and their `totals`, in time slices. An
 * amount's formatted width grows with its digits (digits are tabular), so the longest decimal
 * string is the widest once formatted.
 */
export async function longestAmounts(rows: readonly AgingRow[], totals: CurrencyTotals | undefined, bucketCount: number, slicer: TimeSlicer): Promise<LongestAmounts> {
  const buckets = Array.from({ length: bucketCount }, (_, k) => totals?.buckets[k] ?? '0');
  let total = totals?.total ?? '0';
  let overdue = totals?.overdue ?? '0';
  await forEachSliced(rows.length, (i) => {
    const row = rows[i]!;
    total = longer(total, row.total);
    overdue = longer(overdue, row.overdue);
    for (let k = 0; k < bucketCount; k++) buckets[k] = longer(buckets[k]!, row.buckets[k] ?? '0');
  }, slicer, 2048);
  return { buckets, total, overdue };
}

/** The longest identifier text of item rows (document number, else id) and its document date, if any. */
export function longestItem(items: Iterable<readonly ItemRow[]>): { ident: string; documentDate?: string } {
  let best: { ident: string; documentDate?: string } = { ident: '' };
  for (const list of items) {
    for (const item of list) {
      const ident = item.documentNumber ?? item.id;
      if (ident.length > best.ident.length) best = item.documentDate ? { ident, documentDate: item.documentDate } : { ident };
    }
  }
  return best;
}

/** The longest customer code of `rows` (codes are identifiers: always shown whole). */
export function longestCode(rows: readonly AgingRow[]): string {
  let code = '';
  // Codes are short; a bounded look is enough to size the column and keeps this cheap at a million rows.
  const step = Math.max(1, Math.floor(rows.length / 20_000));
  for (let i = 0; i < rows.length; i += step) if (rows[i]!.customerId.length > code.length) code = rows[i]!.customerId;
  return code;
}
