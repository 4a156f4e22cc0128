import { formatIsoDay, type ReceivableColumnsPage } from '@credit-kit/core';
import { centsToString } from '../money.js';
import { CURRENCIES } from './model.js';
import { documentNumber, itemId, KIND_CODES, type ReceivableStore } from './receivables.js';

/**
 * The compact columnar form of items `indices` of the store, built straight from its typed
 * arrays (no item objects): customers, dates, currency and kind dictionary-coded by their codes.
 * Decoded, it gives exactly `indices.map(i => store.toWire(i))` (a test holds the two together).
 */
export function storeColumns(store: ReceivableStore, indices: readonly number[]): Pick<ReceivableColumnsPage, 'count' | 'columns'> {
  const count = indices.length;
  if (count === 0) return { count, columns: {} };
  const dayTexts = new Map<number, string>();
  const dayText = (day: number) => {
    let text = dayTexts.get(day);
    if (text === undefined) dayTexts.set(day, (text = formatIsoDay(day)));
    return text;
  };
  const customers = new Dictionary<number>();
  const dates = new Dictionary<number>();
  const id: string[] = new Array(count);
  const number: string[] = new Array(count);
  const amount: string[] = new Array(count);
  const customer: number[] = new Array(count);
  const documentDate: number[] = new Array(count);
  const dueDate: number[] = new Array(count);
  const currency: number[] = new Array(count);
  const kind: number[] = new Array(count);
  const disputed: (boolean | null)[] = new Array(count);
  const payments: ([string, string][] | null)[] = new Array(count);
  let anyDisputed = false, anyPayments = false;
  for (let n = 0; n < count; n++) {
    const i = indices[n]!;
    const documentDay = store.documentDay[i]!;
    id[n] = itemId(i);
    customer[n] = customers.position(store.customer[i]!);
    documentDate[n] = dates.position(documentDay);
    dueDate[n] = dates.position(store.dueDay[i]!);
    number[n] = documentNumber(store.kind[i]!, dayText(documentDay), i);
    amount[n] = centsToString(store.cents[i]!);
    currency[n] = store.currency[i]!;
    kind[n] = store.kind[i]!;
    disputed[n] = store.disputed[i] ? true : null;
    anyDisputed ||= store.disputed[i] === 1;
    const start = store.paymentStart[i]!, end = store.paymentStart[i + 1]!;
    if (end > start) {
      anyPayments = true;
      const list: [string, string][] = [];
      for (let p = start; p < end; p++) list.push([dayText(store.paymentDay[p]!), centsToString(store.paymentCents[p]!)]);
      payments[n] = list;
    } else payments[n] = null;
  }
  const seeds = customers.values.map((c) => store.customers[c]!.customer);
  const byCustomer = (field: (c: (typeof seeds)[number]) => string | undefined): { values: string[]; index: (number | null)[] } | undefined => {
    const values = seeds.map(field);
    if (values.every((v) => v === undefined)) return undefined;
    // A customer without the field points nowhere (null): its items have no such field.
    const positions = new Dictionary<string>();
    const at = values.map((v) => (v === undefined ? null : positions.position(v)));
    return { values: positions.values, index: customer.map((c) => at[c]!) };
  };
  const dayValues = dates.values.map(dayText);
  const columns: ReceivableColumnsPage['columns'] = {
    id,
    customerId: byCustomer((c) => c.id)!,
    customerName: byCustomer((c) => c.name)!,
    documentNumber: number,
    documentDate: { values: dayValues, index: documentDate },
    dueDate: { values: dayValues, index: dueDate },
    amount,
    currency: { values: [...CURRENCIES], index: currency },
    kind: { values: [...KIND_CODES], index: kind },
  };
  if (anyDisputed) columns.disputed = disputed;
  const salesperson = byCustomer((c) => c.salesperson);
  if (salesperson) columns.salesperson = salesperson;
  const region = byCustomer((c) => c.region);
  if (region) columns.region = region;
  if (anyPayments) columns.payments = payments;
  return { count, columns };
}

/** Distinct values in first-seen order, with their positions. */
class Dictionary<K> {
  readonly values: K[] = [];
  readonly #positions = new Map<K, number>();

  position(value: K): number {
    let position = this.#positions.get(value);
    if (position === undefined) {
      position = this.values.length;
      this.#positions.set(value, position);
      this.values.push(value);
    }
    return position;
  }
}
