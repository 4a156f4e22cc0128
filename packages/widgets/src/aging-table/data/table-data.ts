import { defaultBucketLabel, type AgingBucketDefinition } from '@credit-kit/core/lean';
import type { AgingReportInput, AgingRow, CurrencyTotals } from './aging-model.js';

/** Everything one load produced. Rows of a currency are appended to in server mode. */
export interface TableData {
  /** `engine`: aged here (so item rows come from the executor); `report`: handed over; `server`: the host's paged report. */
  readonly source: 'engine' | 'report' | 'server';
  readonly asOf: string;
  readonly buckets: readonly AgingBucketDefinition[];
  readonly rows: Map<string, AgingRow[]>;
  /** Totals per currency over every row (the report's, or core's); missing while computed. */
  readonly totals: Map<string, CurrencyTotals>;
}

/** Report buckets with their default label where none is given. */
export function labelledBuckets(buckets: AgingReportInput['buckets']): AgingBucketDefinition[] {
  return buckets.map((b) => ({ ...b, label: b.label || defaultBucketLabel(b) }));
}

/** Table data from aged rows handed over: grouped by currency without copying when there is one. */
export function dataFromReport(report: AgingReportInput, asOf: string): TableData {
  const rows = new Map<string, AgingRow[]>();
  const all = report.rows as AgingRow[];
  const first = all[0]?.currency;
  let single = first !== undefined;
  for (let i = 0; single && i < all.length; i++) if (all[i]!.currency !== first) single = false;
  if (single) rows.set(first!, all);
  else for (const row of all) {
    let list = rows.get(row.currency);
    if (!list) rows.set(row.currency, (list = []));
    list.push(row);
  }
  const totals = new Map<string, CurrencyTotals>();
  for (const t of report.totals ?? []) {
    totals.set(t.currency, t);
    if (!rows.has(t.currency)) rows.set(t.currency, []);
  }
  sortMapKeys(rows);
  return { source: 'report', asOf: report.asOf ?? asOf, buckets: labelledBuckets(report.buckets), rows, totals };
}

/** Adds a page of the host's report to `data`, keeping currencies in code order. */
export function addReportPage(data: TableData, report: { rows: readonly AgingRow[]; totals: readonly CurrencyTotals[] }): void {
  for (const row of report.rows) {
    let list = data.rows.get(row.currency);
    if (!list) data.rows.set(row.currency, (list = []));
    list.push(row);
  }
  for (const totals of report.totals) {
    data.totals.set(totals.currency, totals);
    if (!data.rows.has(totals.currency)) data.rows.set(totals.currency, []);
  }
  sortMapKeys(data.rows);
}

/** Re-inserts a map's entries in key order. */
function sortMapKeys<V>(map: Map<string, V>): void {
  const entries = [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}

/** The key of a customer row across currencies. */
export function rowKey(row: AgingRow): string {
  return `${row.currency}\u0000${row.customerId}`;
}

/** The currency to show: `current` when it has a tab, else the policy's when it has rows, else the first with rows. */
export function pickCurrency(data: TableData, current: string, preferred: string | undefined): string {
  const codes = [...data.rows.keys()];
  if (codes.includes(current)) return current;
  const withRows = codes.filter((c) => (data.rows.get(c)?.length ?? 0) > 0);
  return preferred && withRows.includes(preferred) ? preferred : (withRows[0] ?? codes[0] ?? '');
}
