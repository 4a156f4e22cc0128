import { decimalPlaces, ExactSum, isNonZeroDecimal, isPositiveDecimal, signedMinorUnits, signedMinorUnitsBig } from '@credit-kit/core/lean';
import type { AgingRow } from '../data/aging-model.js';
import { forEachSliced, sortSliced, type TimeSlicer } from './time-slice.js';

/**
 * Filtering, sorting and summing the customer rows of one currency, for 100,000 rows without a
 * long task: every pass runs in time slices, sort keys are computed once per column as exact
 * integer minor units (or bigints when an amount is too large), never as floats of money.
 */

/** Columns of the table. Bucket columns are `bucket-0`, `bucket-1`, … in bucket order. */
export type ColumnId =
  | 'customer'
  | `bucket-${number}`
  | 'total'
  | 'overdue'
  | 'oldestDueDate'
  | 'maxDaysOverdue'
  | 'stage'
  | 'limit'
  | 'utilisation'
  | 'warning';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: ColumnId;
  readonly direction: SortDirection;
}

/** The filters of the toolbar. */
export interface FilterState {
  /** Part of the customer's name or code (id), any case. */
  readonly search: string;
  /** Only customers with an overdue amount greater than zero. */
  readonly onlyOverdue: boolean;
  /** Only customers with a non-zero amount in this bucket. */
  readonly bucket: number | null;
  /** Exact salesperson, or '' for any. */
  readonly salesperson: string;
  /** Exact region, or '' for any. */
  readonly region: string;
}

export const NO_FILTER: FilterState = { search: '', onlyOverdue: false, bucket: null, salesperson: '', region: '' };

/** Whether any filter is set. */
export function isFiltering(filter: FilterState): boolean {
  return filter.search.trim() !== '' || filter.onlyOverdue || filter.bucket !== null || filter.salesperson !== '' || filter.region !== '';
}

/**
 * Sort values the rows do not carry (limit, utilisation, warning level), as numbers; `NaN` when
 * unknown (such rows sort last in either direction).
 */
export interface ExternalKeys {
  limit(row: AgingRow): number;
  utilisation(row: AgingRow): number;
  warning(row: AgingRow): number;
}

const searchTexts = new WeakMap<readonly AgingRow[], string[]>();

function searchText(rows: readonly AgingRow[], index: number): string {
  let cache = searchTexts.get(rows);
  if (!cache) searchTexts.set(rows, (cache = []));
  let text = cache[index];
  if (text === undefined) {
    const row = rows[index]!;
    text = cache[index] = `${row.customerId}\u0000${row.customerName ?? ''}`.toLocaleLowerCase();
  }
  return text;
}

/** Whether row `index` passes `filter` (`needle`: the search text, trimmed and lower-cased). */
export function rowMatches(rows: readonly AgingRow[], index: number, filter: FilterState, needle: string): boolean {
  const row = rows[index]!;
  if (filter.onlyOverdue && !isPositiveDecimal(row.overdue)) return false;
  if (filter.bucket !== null && !isNonZeroDecimal(row.buckets[filter.bucket] ?? '0')) return false;
  if (filter.salesperson !== '' && row.salesperson !== filter.salesperson) return false;
  if (filter.region !== '' && row.region !== filter.region) return false;
  if (needle !== '' && !searchText(rows, index).includes(needle)) return false;
  return true;
}

/** Indices of the rows that pass `filter`, in row order. */
export async function filterRows(rows: readonly AgingRow[], filter: FilterState, slicer: TimeSlicer): Promise<Uint32Array> {
  if (!isFiltering(filter)) return identity(rows.length);
  const needle = filter.search.trim().toLocaleLowerCase();
  const out = new Uint32Array(rows.length);
  let n = 0;
  await forEachSliced(rows.length, (i) => {
    if (rowMatches(rows, i, filter, needle)) out[n++] = i;
  }, slicer);
  return out.slice(0, n);
}

/** `[0, 1, …, length − 1]`. */
export function identity(length: number): Uint32Array {
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) out[i] = i;
  return out;
}

/** Number keys, or bigint keys when some amount is not a safe integer of minor units. */
type Keys = { readonly kind: 'number'; readonly keys: Float64Array } | { readonly kind: 'bigint'; readonly keys: readonly bigint[] };

const keyCache = new WeakMap<readonly AgingRow[], Map<string, { length: number; keys: Keys }>>();

function amountOf(row: AgingRow, column: ColumnId): string {
  if (column === 'total') return row.total;
  if (column === 'overdue') return row.overdue;
  return row.buckets[Number(column.slice('bucket-'.length))] ?? '0';
}

function isAmountColumn(column: ColumnId): boolean {
  return column === 'total' || column === 'overdue' || column.startsWith('bucket-');
}

/** Sort keys of an amount column: minor units at the column's largest scale. */
async function amountKeys(rows: readonly AgingRow[], column: ColumnId, slicer: TimeSlicer): Promise<Keys> {
  let scale = 0;
  await forEachSliced(rows.length, (i) => {
    const places = decimalPlaces(amountOf(rows[i]!, column));
    if (places > scale) scale = places;
  }, slicer);
  const keys = new Float64Array(rows.length);
  let exact = true;
  await forEachSliced(rows.length, (i) => {
    const units = signedMinorUnits(amountOf(rows[i]!, column), scale);
    if (Number.isNaN(units)) exact = false;
    keys[i] = units;
  }, slicer);
  if (exact) return { kind: 'number', keys };
  const big: bigint[] = new Array(rows.length);
  await forEachSliced(rows.length, (i) => (big[i] = signedMinorUnitsBig(amountOf(rows[i]!, column), scale)), slicer);
  return { kind: 'bigint', keys: big };
}

/** `YYYY-MM-DD` as the number YYYYMMDD (same order). */
function dateKey(iso: string): number {
  return Number(iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10));
}

async function cachedKeys(rows: readonly AgingRow[], column: ColumnId, slicer: TimeSlicer): Promise<Keys> {
  let byColumn = keyCache.get(rows);
  if (!byColumn) keyCache.set(rows, (byColumn = new Map()));
  const hit = byColumn.get(column);
  if (hit && hit.length === rows.length) return hit.keys;
  let keys: Keys;
  if (isAmountColumn(column)) keys = await amountKeys(rows, column, slicer);
  else {
    const numbers = new Float64Array(rows.length);
    const read = column === 'oldestDueDate' ? (row: AgingRow) => dateKey(row.oldestDueDate) : (row: AgingRow) => row.maxDaysOverdue;
    await forEachSliced(rows.length, (i) => (numbers[i] = read(rows[i]!)), slicer);
    keys = { kind: 'number', keys: numbers };
  }
  byColumn.set(column, { length: rows.length, keys });
  return keys;
}

/** Compares two numbers; `NaN` (unknown) last whatever the direction; ties by row index. */
function numberComparator(keys: ArrayLike<number>, sign: number): (a: number, b: number) => number {
  return (a, b) => {
    const x = keys[a]!, y = keys[b]!;
    if (x !== y) {
      if (x !== x) return 1;
      if (y !== y) return -1;
      return x < y ? -sign : sign;
    }
    return a - b;
  };
}

/**
 * `order` sorted by `sort` in time slices (a new array). Names compare with `collator` (pinyin
 * order for Chinese under a `zh` collator), ties by customer code; every sort is stable on the
 * row order.
 */
export async function sortRows(
  rows: readonly AgingRow[],
  order: Uint32Array,
  sort: SortState,
  options: { slicer: TimeSlicer; collator: Intl.Collator; external: ExternalKeys },
): Promise<Uint32Array> {
  const { slicer, collator, external } = options;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  let compare: (a: number, b: number) => number;
  const column = sort.column;
  if (column === 'customer') {
    compare = (a, b) => {
      const x = rows[a]!, y = rows[b]!;
      const byName = collator.compare(x.customerName ?? x.customerId, y.customerName ?? y.customerId);
      if (byName !== 0) return byName * sign;
      return (x.customerId < y.customerId ? -1 : x.customerId > y.customerId ? 1 : 0) * sign || a - b;
    };
  } else if (column === 'limit' || column === 'utilisation' || column === 'warning') {
    const keys = new Float64Array(rows.length);
    const read = external[column];
    await forEachSliced(order.length, (k) => (keys[order[k]!] = read(rows[order[k]!]!)), slicer);
    compare = numberComparator(keys, sign);
  } else {
    const keys = await cachedKeys(rows, column === 'stage' ? 'maxDaysOverdue' : column, slicer);
    if (keys.kind === 'number') compare = numberComparator(keys.keys, sign);
    else {
      const big = keys.keys;
      compare = (a, b) => (big[a]! < big[b]! ? -sign : big[a]! > big[b]! ? sign : a - b);
    }
  }
  return sortSliced(order.slice(), compare, slicer);
}

/** Exact totals of the rows in `order`. */
export async function sumRows(
  rows: readonly AgingRow[],
  order: Uint32Array,
  bucketCount: number,
  slicer: TimeSlicer,
): Promise<{ total: string; overdue: string; buckets: string[] }> {
  let scale = 2;
  await forEachSliced(order.length, (k) => {
    const row = rows[order[k]!]!;
    scale = Math.max(scale, decimalPlaces(row.total), decimalPlaces(row.overdue));
    for (const amount of row.buckets) scale = Math.max(scale, decimalPlaces(amount));
  }, slicer, 256);
  const total = new ExactSum(scale);
  const overdue = new ExactSum(scale);
  const buckets = Array.from({ length: bucketCount }, () => new ExactSum(scale));
  await forEachSliced(order.length, (k) => {
    const row = rows[order[k]!]!;
    total.add(row.total);
    overdue.add(row.overdue);
    for (let b = 0; b < bucketCount; b++) buckets[b]!.add(row.buckets[b] ?? '0');
  }, slicer, 256);
  return { total: total.toString(), overdue: overdue.toString(), buckets: buckets.map((b) => b.toString()) };
}

/** Distinct non-empty values of `field`, sorted with `collator`. */
export async function distinctValues(
  rows: readonly AgingRow[],
  field: 'salesperson' | 'region',
  collator: Intl.Collator,
  slicer: TimeSlicer,
): Promise<string[]> {
  const seen = new Set<string>();
  await forEachSliced(rows.length, (i) => {
    const value = rows[i]![field];
    if (value) seen.add(value);
  }, slicer, 2048);
  return [...seen].sort(collator.compare);
}
