import { CreditKitValidationError } from '../errors.js';
import { ExactSum } from './minor-units.js';
import { ageReceivables } from './age-receivables.js';
import type { AgedCurrency, AgedCustomer, AgingResult } from './aging-result.js';
import type { AgingBucket } from '../schemas/policy.js';
import type { ReceivableInput } from './receivable-schema.js';

/** Items in the first chunk; later chunks are sized to take about three milliseconds each. */
export const FIRST_AGING_CHUNK = 250;

/** How `ageReceivablesInChunks` pauses and sizes its chunks. */
export interface ChunkedAgingControl {
  /**
   * Called between chunks (and every few thousand items while grouping): a caller on the main
   * thread yields to the event loop here, and may throw to cancel the job.
   */
  readonly checkpoint?: () => Promise<void> | void;
  /** Items per chunk, fixed (for tests); default sized from how long the last chunk took. */
  readonly chunkSize?: number;
}

/** The options of a chunked aging: those of `ageReceivables` without the per-item list. */
export interface ChunkedAgingOptions {
  readonly asOf: string;
  readonly buckets?: readonly AgingBucket[];
  readonly currencies?: readonly string[];
}

const now = () => (globalThis as { performance?: { now(): number } }).performance?.now() ?? Date.now();

/** `amount` (a decimal string) with at least `scale` places, zeros appended: `"12.5"`, 3 → `"12.500"`. */
export function padToScale(amount: string, scale: number): string {
  const dot = amount.indexOf('.');
  const places = dot < 0 ? 0 : amount.length - dot - 1;
  if (places >= scale) return amount;
  return (dot < 0 ? `${amount}.` : amount) + '0'.repeat(scale - places);
}

interface Accumulator {
  customerId: string;
  customerName?: string;
  /** Each bucket's amounts from the pieces, summed once the final scale is known. */
  buckets: string[][];
  oldestDueDate: string;
  maxDaysOverdue: number;
  itemCount: number;
}

/** A customer row of some chunk, with that chunk's number of decimal places. */
interface ChunkRow {
  readonly row: AgedCustomer;
  readonly scale: number;
}

/**
 * `ageReceivables(items, options)` (without per-item results) computed in chunks with a pause
 * between them, with identical results — for a caller that must not block its thread for the whole
 * ledger. Items are grouped by customer and chunks hold whole customers, in customer order, so a
 * customer row comes whole out of one chunk and rows come out in order; only a customer with more
 * items than a chunk is split, its pieces merged exactly (BigInt sums). Currency totals are summed
 * exactly; every amount is written at the largest scale of any chunk. Chunks are sized to take a
 * few milliseconds (or `chunkSize` items, for tests). Validation errors name the item's index in
 * the whole array.
 */
export async function ageReceivablesInChunks(
  items: readonly ReceivableInput[],
  agingOptions: ChunkedAgingOptions,
  control: ChunkedAgingControl = {},
): Promise<AgingResult> {
  const options = {
    asOf: agingOptions.asOf,
    ...(agingOptions.buckets ? { buckets: agingOptions.buckets.map((b) => ({ ...b })) } : {}),
    ...(agingOptions.currencies ? { currencies: [...agingOptions.currencies] } : {}),
  };
  const { chunkSize } = control;
  const checkpoint = async () => {
    if (control.checkpoint) await control.checkpoint();
  };
  const base = ageReceivables([], { ...options, includeItems: false });
  const groups = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { customerId?: unknown } | null)?.customerId;
    const key = typeof id === 'string' ? id : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(i);
    if ((i & 4095) === 4095) await checkpoint();
  }
  const ids = [...groups.keys()].sort(compareCodeUnits);

  let size = chunkSize ?? FIRST_AGING_CHUNK;
  let scale = base.scale;
  const rows = new Map<string, ChunkRow[]>();
  // Each bucket's amounts from the chunks, summed exactly once the final scale is known.
  const totals = new Map<string, { buckets: string[][]; itemCount: number }>();
  const zeros = () => base.buckets.map((): string[] => []);
  for (const code of options.currencies ?? []) {
    rows.set(code, []);
    totals.set(code, { buckets: zeros(), itemCount: 0 });
  }

  /** Ages the items at `indices` (original positions), timing it to size the next chunk. */
  const age = (indices: readonly number[]): AgingResult => {
    const started = now();
    let result: AgingResult;
    try {
      result = ageReceivables(indices.map((i) => items[i]!), { ...options, includeItems: false });
    } catch (error) {
      throw renumberItemPaths(error, indices);
    }
    scale = Math.max(scale, result.scale);
    for (const [code, currency] of Object.entries(result.currencies)) {
      let sum = totals.get(code);
      if (!sum) totals.set(code, (sum = { buckets: zeros(), itemCount: 0 }));
      currency.buckets.forEach((b, k) => sum.buckets[k]!.push(b.amount));
      sum.itemCount += currency.itemCount;
      if (!rows.has(code)) rows.set(code, []);
    }
    if (chunkSize === undefined) {
      const elapsed = Math.max(0.5, now() - started);
      size = Math.max(50, Math.min(2_000, Math.round((size * 3) / elapsed)));
    }
    return result;
  };
  const keep = (result: AgingResult) => {
    for (const [code, currency] of Object.entries(result.currencies)) {
      for (const row of currency.customers) rows.get(code)!.push({ row, scale: result.scale });
    }
  };

  let pending: number[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    keep(age(pending));
    pending = [];
    await checkpoint();
  };
  for (const id of ids) {
    const group = groups.get(id)!;
    if (group.length <= size) {
      if (pending.length + group.length > size) await flush();
      for (const i of group) pending.push(i);
      continue;
    }
    await flush();
    // A customer larger than a chunk: age it in pieces and merge its rows per currency.
    const merged = new Map<string, Accumulator>();
    for (let start = 0; start < group.length; start += size) {
      const piece = age(group.slice(start, start + size));
      for (const [code, currency] of Object.entries(piece.currencies)) {
        for (const customer of currency.customers) mergeRow(merged, code, customer);
      }
      await checkpoint();
    }
    for (const [code, row] of merged) rows.get(code)!.push({ row: finishRow(row, scale), scale });
  }
  await flush();

  const currencies: Record<string, AgedCurrency> = {};
  for (const code of [...totals.keys()].sort(compareCodeUnits)) {
    const sum = totals.get(code)!;
    const customers: AgedCustomer[] = [];
    for (const { row, scale: rowScale } of rows.get(code) ?? []) {
      customers.push(rowScale === scale ? row : { ...row, total: padToScale(row.total, scale), overdue: padToScale(row.overdue, scale), buckets: row.buckets.map((b) => padToScale(b, scale)) });
    }
    currencies[code] = {
      currency: code,
      total: sumOf(sum.buckets.flat(), scale),
      overdue: sumOf(sum.buckets.slice(1).flat(), scale),
      buckets: base.buckets.map((definition, k) => ({ ...definition, amount: sumOf(sum.buckets[k]!, scale) })),
      customers,
      itemCount: sum.itemCount,
    };
    await checkpoint();
  }
  return { asOf: base.asOf, basis: base.basis, scale, buckets: base.buckets, currencies, items: [] };
}

function mergeRow(merged: Map<string, Accumulator>, code: string, customer: AgedCustomer): void {
  const row = merged.get(code);
  if (!row) {
    merged.set(code, {
      customerId: customer.customerId,
      ...(customer.customerName === undefined ? {} : { customerName: customer.customerName }),
      buckets: customer.buckets.map((b) => [b]),
      oldestDueDate: customer.oldestDueDate,
      maxDaysOverdue: customer.maxDaysOverdue,
      itemCount: customer.itemCount,
    });
    return;
  }
  customer.buckets.forEach((b, k) => row.buckets[k]!.push(b));
  if (customer.oldestDueDate < row.oldestDueDate) row.oldestDueDate = customer.oldestDueDate;
  row.maxDaysOverdue = Math.max(row.maxDaysOverdue, customer.maxDaysOverdue);
  row.itemCount += customer.itemCount;
  if (row.customerName === undefined && customer.customerName !== undefined) row.customerName = customer.customerName;
}

/** A merged customer row, amounts written at `scale` (the scale reached so far: rows are padded later if it grows). */
function finishRow(row: Accumulator, scale: number): AgedCustomer {
  return {
    customerId: row.customerId,
    ...(row.customerName === undefined ? {} : { customerName: row.customerName }),
    total: sumOf(row.buckets.flat(), scale),
    overdue: sumOf(row.buckets.slice(1).flat(), scale),
    buckets: row.buckets.map((amounts) => sumOf(amounts, scale)),
    oldestDueDate: row.oldestDueDate,
    maxDaysOverdue: row.maxDaysOverdue,
    itemCount: row.itemCount,
  };
}

/** The exact sum of `amounts` (none with more than `scale` places), written with `scale` places. */
function sumOf(amounts: readonly string[], scale: number): string {
  const sum = new ExactSum(scale);
  for (const amount of amounts) sum.add(amount);
  return sum.toString();
}

/** A chunk's validation error with item paths renumbered for the whole array (`items[3]` → `items[2003]`). */
function renumberItemPaths(error: unknown, indices: readonly number[]): unknown {
  if (!(error instanceof CreditKitValidationError)) return error;
  const renumber = (path: string) => path.replace(/^items\[(\d+)\]/, (_, n: string) => `items[${indices[Number(n)] ?? n}]`);
  return new CreditKitValidationError(error.subject, error.issues.map((issue) => ({ ...issue, path: renumber(issue.path) })));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
