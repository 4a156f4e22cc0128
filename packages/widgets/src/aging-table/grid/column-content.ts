import type { AgingRow, CurrencyTotals, ItemRow } from '../data/aging-model.js';
import { forEachSliced, type TimeSlicer } from '../view/time-slice.js';

/** The longest raw value of each column over a data set: what its width must fit. */
export interface LongestValues {
  readonly buckets: readonly string[];
  readonly total: string;
  readonly overdue: string;
  /** The longest customer code (an identifier: always shown whole). */
  readonly code: string;
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * The longest amount string per amount column over `rows` and their `totals`, and the longest
 * customer code, in time slices. An amount's formatted width grows with its digits (digits are
 * tabular), so the longest decimal string is the widest once formatted.
 */
export async function longestValues(rows: readonly AgingRow[], totals: CurrencyTotals | undefined, bucketCount: number, slicer: TimeSlicer): Promise<LongestValues> {
  const buckets = Array.from({ length: bucketCount }, (_, k) => totals?.buckets[k] ?? '0');
  let total = totals?.total ?? '0';
  let overdue = totals?.overdue ?? '0';
  let code = '';
  await forEachSliced(rows.length, (i) => {
    const row = rows[i]!;
    total = longer(total, row.total);
    overdue = longer(overdue, row.overdue);
    code = longer(code, row.customerId);
    for (let k = 0; k < bucketCount; k++) buckets[k] = longer(buckets[k]!, row.buckets[k] ?? '0');
  }, slicer, 2048);
  return { buckets, total, overdue, code };
}

/** Of the items of expanded rows: the longest identifier (document number, else id) with its document date, and the farthest due date ahead. */
export function longestItem(items: Iterable<readonly ItemRow[]>): { ident: string; documentDate?: string; daysAhead: number } {
  let best: { ident: string; documentDate?: string } = { ident: '' };
  let daysAhead = 0;
  for (const list of items) {
    for (const item of list) {
      const ident = item.documentNumber ?? item.id;
      if (ident.length > best.ident.length) best = item.documentDate ? { ident, documentDate: item.documentDate } : { ident };
      if (-item.daysOverdue > daysAhead) daysAhead = -item.daysOverdue;
    }
  }
  return { ...best, daysAhead };
}
