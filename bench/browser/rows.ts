import { ageReceivables } from '../../packages/core/src/aging/age-receivables.js';
import type { AgedCustomer } from '../../packages/core/src/aging/aging-result.js';
import { generateReceivables } from '../generate-receivables.js';

/** One customer row, the shape both grids are given: core's `AgedCustomer` plus currency, salesperson, region. */
export interface BenchRow extends AgedCustomer {
  readonly currency: string;
  readonly salesperson?: string;
  readonly region?: string;
}

export interface BenchData {
  readonly asOf: string;
  readonly buckets: readonly { label: string; minDays?: number; maxDays?: number }[];
  readonly rows: BenchRow[];
  /** Id of the row with the largest total (exact comparison), to check both sorts. */
  readonly largestTotalId: string;
}

/**
 * `count` aged customer rows in CNY: a generated ledger (bench/generate-receivables.ts) aged with
 * core's `ageReceivables`, the first `count` CNY customers taken.
 */
export function makeBenchData(count = 100_000, seed = 20240630): BenchData {
  const asOf = '2024-06-30';
  // The generator skews items towards big customers: about two in three customers get CNY items.
  const customers = Math.ceil(count * 1.55);
  const items = generateReceivables({ count: customers * 4, customers, seed, asOf });
  const people = new Map<string, { salesperson?: string; region?: string }>();
  for (const item of items) if (!people.has(item.customerId)) people.set(item.customerId, { salesperson: item.salesperson, region: item.region });
  const aged = ageReceivables(items, { asOf, includeItems: false });
  const cny = aged.currencies.CNY!.customers;
  if (cny.length < count) throw new Error(`only ${cny.length} CNY customers generated, ${count} needed`);
  const rows = cny.slice(0, count).map((c): BenchRow => ({ ...c, buckets: [...c.buckets], currency: 'CNY', ...people.get(c.customerId) }));
  let largest = rows[0]!;
  for (const row of rows) if (compareDecimal(row.total, largest.total) > 0) largest = row;
  return { asOf, buckets: aged.buckets.map((b) => ({ ...b })), rows, largestTotalId: largest.customerId };
}

/** Exact comparison of two decimal strings with the same number of places. */
function compareDecimal(a: string, b: string): number {
  const x = BigInt(a.replace('.', '')), y = BigInt(b.replace('.', ''));
  return x < y ? -1 : x > y ? 1 : 0;
}

