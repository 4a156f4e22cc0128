import { ageReceivables, ageReceivablesInChunks, padToScale, type AgingBucket, type ReceivableInput } from '@credit-kit/core/lean';
import type { AgingRow, AgingSummary, ItemRow } from './aging-model.js';
import { TimeSlicer } from '../view/time-slice.js';

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

/**
 * Holds open items and ages them with core's `ageReceivables` (exact, validated). Runs in the
 * aging Web Worker; when no worker can start, the table runs it on the main thread with a
 * `TimeSlicer`, and it then ages with core's `ageReceivablesInChunks` (identical results, a pause
 * between chunks).
 * Expanded rows age only that customer's items, on demand.
 */
export class AgingEngine {
  private items: ReceivableInput[] = [];
  private indexed = 0;
  private byCustomer = new Map<string, number[]>();
  private people = new Map<string, { salesperson?: string; region?: string }>();
  private last?: { asOf: string; buckets?: readonly AgingBucket[]; scale: number };

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
      ...(request.buckets ? { buckets: request.buckets.map((b) => ({ ...b })) } : {}),
      ...(request.currencies ? { currencies: [...request.currencies] } : {}),
    };
    const result = slicer
      ? await ageReceivablesInChunks(this.items, options, { checkpoint: () => slicer.checkpoint() })
      : ageReceivables(this.items, { ...options, includeItems: false });
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
        open: padToScale(aged.open, last.scale),
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
