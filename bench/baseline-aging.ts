import type { ReceivableInput } from '../packages/core/src/aging/receivable-schema.js';

/** Float totals of one currency as the baseline keeps them. */
export interface BaselineCurrency {
  buckets: number[];
  total: number;
  customers: Map<string, { buckets: number[]; total: number }>;
}

const DAY_MS = 86_400_000;

/**
 * The straightforward, inexact aging loop a developer would write: `Date.parse` on the dates,
 * `parseFloat` on the amounts, float sums into the default buckets per currency and per customer.
 * No validation. The benchmark's yardstick, run on the same item objects as `ageReceivables`.
 */
export function baselineAging(items: readonly ReceivableInput[], asOf: string): Map<string, BaselineCurrency> {
  const asOfTime = Date.parse(asOf);
  const result = new Map<string, BaselineCurrency>();
  for (const item of items) {
    if (Date.parse(item.documentDate) > asOfTime) continue;
    let open = parseFloat(item.amount as string);
    for (const payment of item.payments ?? []) {
      if (Date.parse(payment.date) <= asOfTime) open -= parseFloat(payment.amount as string);
    }
    if (item.kind === 'credit_note' || item.kind === 'payment') open = -open;
    if (open === 0) continue;
    const days = Math.round((asOfTime - Date.parse(item.dueDate)) / DAY_MS);
    const bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 180 ? 4 : days <= 365 ? 5 : 6;

    let currency = result.get(item.currency);
    if (!currency) {
      currency = { buckets: [0, 0, 0, 0, 0, 0, 0], total: 0, customers: new Map() };
      result.set(item.currency, currency);
    }
    currency.buckets[bucket]! += open;
    currency.total += open;
    let customer = currency.customers.get(item.customerId);
    if (!customer) {
      customer = { buckets: [0, 0, 0, 0, 0, 0, 0], total: 0 };
      currency.customers.set(item.customerId, customer);
    }
    customer.buckets[bucket]! += open;
    customer.total += open;
  }
  return result;
}
