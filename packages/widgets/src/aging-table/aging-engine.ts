import {
  CreditKitValidationError,
  Decimal,
  ageReceivables,
  toMoneyString,
  type AgedCurrency,
  type AgedCustomer,
  type AgingBucket,
  type AgingResult,
  type ReceivableInput,
} from '@credit-kit/core';
import type { AgingRow, AgingSummary, ItemRow } from './aging-model.js';
import { TimeSlicer } from './time-slice.js';

/** What to age on. */
export interface AgeRequest {
  readonly asOf: string;
  readonly buckets?: readonly AgingBucket[];
  /** Currencies that always get totals. */
  readonly currencies?: readonly string[];
}

/** Aging of every held item: the summary and the customer rows per currency. */
export interface AgingOutcome {
  readonly summary: AgingSummary;
  readonly rows: ReadonlyMap<string, readonly AgingRow[]>;
}

/** Items in the first chunk when aging on the main thread; later chunks are sized to take about one slice. */
export const MAIN_THREAD_CHUNK = 250;

const Exact = Decimal.clone({ precision: 1e9 });
type Exact = InstanceType<typeof Exact>;

/**
 * Holds open items and ages them with core's `ageReceivables` (exact, validated). Runs in the
 * aging Web Worker; when no worker can start, the table runs it on the main thread with a
 * `TimeSlicer`, and it then ages in chunks merged exactly (decimal.js), sized to take a few
 * milliseconds each and yielding between them, with results identical to one `ageReceivables` call.
 * Expanded rows age only that customer's items, on demand.
 */
export class AgingEngine {
  private items: ReceivableInput[] = [];
  private indexed = 0;
  private byCustomer = new Map<string, number[]>();
  private people = new Map<string, { salesperson?: string; region?: string }>();
  private last?: { asOf: string; buckets?: readonly AgingBucket[]; scale: number };

  /** Number of items held. */
  get size(): number {
    return this.items.length;
  }

  /** Adds items (a page of `GET /receivables`, or a chunk of the host's array). */
  append(items: readonly ReceivableInput[]): void {
    for (const item of items) this.items.push(item);
  }

  /** Forgets every item. */
  clear(): void {
    this.items = [];
    this.indexed = 0;
    this.byCustomer.clear();
    this.people.clear();
    this.last = undefined;
  }

  /**
   * Ages every held item on `request.asOf`: in one `ageReceivables` call, or, given a `slicer`
   * (main thread), in chunks with a pause between them. Throws `CreditKitValidationError` naming
   * the bad item (`items[12].dueDate`).
   */
  async age(request: AgeRequest, slicer?: TimeSlicer): Promise<AgingOutcome> {
    const options = {
      asOf: request.asOf,
      includeItems: false,
      ...(request.buckets ? { buckets: request.buckets.map((b) => ({ ...b })) } : {}),
      ...(request.currencies ? { currencies: [...request.currencies] } : {}),
    };
    const result = slicer ? await ageInChunks(this.items, options, slicer) : ageReceivables(this.items, options);
    await this.index(slicer ?? TimeSlicer.unlimited());
    this.last = { asOf: result.asOf, ...(request.buckets ? { buckets: request.buckets } : {}), scale: result.scale };
    const rows = new Map<string, AgingRow[]>();
    const totals = [];
    for (const [code, currency] of Object.entries(result.currencies)) {
      rows.set(code, currency.customers.map((customer) => {
        const people = this.people.get(customer.customerId);
        return { ...customer, currency: code, ...(people?.salesperson ? { salesperson: people.salesperson } : {}), ...(people?.region ? { region: people.region } : {}) };
      }));
      totals.push({ currency: code, total: currency.total, overdue: currency.overdue, buckets: currency.buckets.map((b) => b.amount), itemCount: currency.itemCount });
    }
    return { summary: { asOf: result.asOf, buckets: result.buckets, scale: result.scale, totals }, rows };
  }

  /**
   * The open items of one customer in one currency on the last as-of date, oldest due date
   * first, aged by core like the totals (amounts with the same number of places).
   */
  itemsOf(customerId: string, currency: string): ItemRow[] {
    const last = this.last;
    if (!last) return [];
    const indices = (this.byCustomer.get(customerId) ?? []).filter((i) => this.items[i]!.currency === currency);
    const inputs = indices.map((i) => this.items[i]!);
    const result = ageReceivables(inputs, { asOf: last.asOf, ...(last.buckets ? { buckets: last.buckets.map((b) => ({ ...b })) } : {}) });
    // Aged items keep input order, leaving out the ones not open on the as-of date: walk both.
    const rows: ItemRow[] = [];
    let j = 0;
    for (const aged of result.items) {
      while (j < inputs.length && !(inputs[j]!.id === aged.id && inputs[j]!.documentDate <= last.asOf)) j++;
      const input = inputs[j++];
      if (!input) break;
      rows.push({
        id: aged.id,
        ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
        documentDate: input.documentDate,
        dueDate: input.dueDate,
        daysOverdue: aged.daysOverdue,
        open: padScale(aged.open, last.scale),
        bucket: aged.bucket,
        disputed: aged.disputed === true,
        ...(input.kind ? { kind: input.kind } : {}),
      });
    }
    return rows.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Indexes items appended since the last call: positions per customer, first salesperson and region. */
  private async index(slicer: TimeSlicer): Promise<void> {
    const items = this.items;
    for (let i = this.indexed; i < items.length; i++) {
      const item = items[i]!;
      const id = typeof item?.customerId === 'string' ? item.customerId : '';
      let list = this.byCustomer.get(id);
      if (!list) this.byCustomer.set(id, (list = []));
      list.push(i);
      const known = this.people.get(id);
      if (!known || (!known.salesperson && item.salesperson) || (!known.region && item.region)) {
        this.people.set(id, { salesperson: known?.salesperson || item.salesperson, region: known?.region || item.region });
      }
      if ((i & 1023) === 0) await slicer.checkpoint();
    }
    this.indexed = items.length;
  }
}

/** `amount` with at least `scale` places (zeros appended). */
function padScale(amount: string, scale: number): string {
  const dot = amount.indexOf('.');
  const places = dot < 0 ? 0 : amount.length - dot - 1;
  if (places >= scale) return amount;
  return (dot < 0 ? `${amount}.` : amount) + '0'.repeat(scale - places);
}

interface Accumulator {
  customerId: string;
  customerName?: string;
  buckets: Exact[];
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
 * `ageReceivables(items, options)` computed in chunks with a pause between them, with identical
 * results. Items are grouped by customer and chunks hold whole customers, in customer order, so a
 * customer row comes whole out of one chunk and rows come out in order; only a customer with more
 * items than a chunk is split, its pieces merged exactly (decimal.js). Currency totals are summed
 * exactly; every amount is written at the largest scale of any chunk. Chunks are sized to take a
 * few milliseconds (or `chunkSize` items, for tests). Validation errors name the item's index in
 * the whole array.
 */
export async function ageInChunks(
  items: readonly ReceivableInput[],
  options: { asOf: string; buckets?: AgingBucket[]; currencies?: string[] },
  slicer: TimeSlicer,
  chunkSize?: number,
): Promise<AgingResult> {
  const base = ageReceivables([], { ...options, includeItems: false });
  const groups = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { customerId?: unknown } | null)?.customerId;
    const key = typeof id === 'string' ? id : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(i);
    if ((i & 4095) === 4095) await slicer.checkpoint();
  }
  const ids = [...groups.keys()].sort(compareCodeUnits);

  let size = chunkSize ?? MAIN_THREAD_CHUNK;
  let scale = base.scale;
  const rows = new Map<string, ChunkRow[]>();
  const totals = new Map<string, { buckets: Exact[]; itemCount: number }>();
  const zero = new Exact(0);
  for (const code of options.currencies ?? []) {
    rows.set(code, []);
    totals.set(code, { buckets: base.buckets.map(() => zero), itemCount: 0 });
  }

  /** Ages the items at `indices` (original positions), timing it to size the next chunk. */
  const age = (indices: readonly number[]): AgingResult => {
    const started = performance.now();
    let result: AgingResult;
    try {
      result = ageReceivables(indices.map((i) => items[i]!), { ...options, includeItems: false });
    } catch (error) {
      throw renumberItemPaths(error, indices);
    }
    scale = Math.max(scale, result.scale);
    for (const [code, currency] of Object.entries(result.currencies)) {
      let sum = totals.get(code);
      if (!sum) totals.set(code, (sum = { buckets: base.buckets.map(() => zero), itemCount: 0 }));
      currency.buckets.forEach((b, k) => (sum.buckets[k] = sum.buckets[k]!.plus(b.amount)));
      sum.itemCount += currency.itemCount;
      if (!rows.has(code)) rows.set(code, []);
    }
    if (chunkSize === undefined) {
      const elapsed = Math.max(0.5, performance.now() - started);
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
    await slicer.checkpoint();
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
      await slicer.checkpoint();
    }
    for (const [code, row] of merged) rows.get(code)!.push({ row: finishRow(row, scale), scale });
  }
  await flush();

  const money = (value: Exact) => toMoneyString(value, scale);
  const currencies: Record<string, AgedCurrency> = {};
  for (const code of [...totals.keys()].sort(compareCodeUnits)) {
    const sum = totals.get(code)!;
    const customers: AgedCustomer[] = [];
    for (const { row, scale: rowScale } of rows.get(code) ?? []) {
      customers.push(rowScale === scale ? row : { ...row, total: padScale(row.total, scale), overdue: padScale(row.overdue, scale), buckets: row.buckets.map((b) => padScale(b, scale)) });
    }
    currencies[code] = {
      currency: code,
      total: money(sum.buckets.reduce((a, b) => a.plus(b), zero)),
      overdue: money(sum.buckets.slice(1).reduce((a, b) => a.plus(b), zero)),
      buckets: base.buckets.map((definition, k) => ({ ...definition, amount: money(sum.buckets[k]!) })),
      customers,
      itemCount: sum.itemCount,
    };
    await slicer.checkpoint();
  }
  return { asOf: base.asOf, basis: base.basis, scale, buckets: base.buckets, currencies, items: [] };
}

function mergeRow(merged: Map<string, Accumulator>, code: string, customer: AgedCustomer): void {
  const row = merged.get(code);
  if (!row) {
    merged.set(code, {
      customerId: customer.customerId,
      ...(customer.customerName === undefined ? {} : { customerName: customer.customerName }),
      buckets: customer.buckets.map((b) => new Exact(b)),
      oldestDueDate: customer.oldestDueDate,
      maxDaysOverdue: customer.maxDaysOverdue,
      itemCount: customer.itemCount,
    });
    return;
  }
  customer.buckets.forEach((b, k) => (row.buckets[k] = row.buckets[k]!.plus(b)));
  if (customer.oldestDueDate < row.oldestDueDate) row.oldestDueDate = customer.oldestDueDate;
  row.maxDaysOverdue = Math.max(row.maxDaysOverdue, customer.maxDaysOverdue);
  row.itemCount += customer.itemCount;
  if (row.customerName === undefined && customer.customerName !== undefined) row.customerName = customer.customerName;
}

/** A merged customer row, amounts written at `scale` (the scale reached so far: rows are padded later if it grows). */
function finishRow(row: Accumulator, scale: number): AgedCustomer {
  const zero = new Exact(0);
  const money = (value: Exact) => toMoneyString(value, scale);
  return {
    customerId: row.customerId,
    ...(row.customerName === undefined ? {} : { customerName: row.customerName }),
    total: money(row.buckets.reduce((a, b) => a.plus(b), zero)),
    overdue: money(row.buckets.slice(1).reduce((a, b) => a.plus(b), zero)),
    buckets: row.buckets.map(money),
    oldestDueDate: row.oldestDueDate,
    maxDaysOverdue: row.maxDaysOverdue,
    itemCount: row.itemCount,
  };
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
