import { CURRENCIES, type SeedCustomer } from './model.js';
import type { ReceivableStore } from './receivables.js';

/** A customer's open items summed in one currency on one day, in signed cents. */
export interface CustomerExposure {
  /** Net open amount (credits included). */
  readonly openCents: number;
  /** Net open amount of the items at least one day overdue. */
  readonly overdueCents: number;
  /** Days overdue of the oldest overdue item with a positive open amount; 0 when none. */
  readonly oldestOverdueDays: number;
  /** Due day of that item, or -Infinity when none is overdue. */
  readonly oldestOverdueDueDay: number;
  /** Document day of the oldest open item, or +Infinity when there is none. */
  readonly oldestDocumentDay: number;
}

/**
 * Sums the open items of customer `c` in `currency` on `asOfDay` (items dated after it left out,
 * only payments on or before it counted): the figures the credit profile and the warning signals
 * are made from, so both agree with `GET /receivables`.
 */
export function customerExposure(store: ReceivableStore, c: number, currency: string, asOfDay: number): CustomerExposure {
  const code = CURRENCIES.indexOf(currency as (typeof CURRENCIES)[number]);
  let openCents = 0, overdueCents = 0, oldestOverdueDays = 0, oldestOverdueDueDay = -Infinity, oldestDocumentDay = Infinity;
  for (let i = store.customerStart[c]!; i < store.customerStart[c + 1]!; i++) {
    if (store.currency[i] !== code || store.documentDay[i]! > asOfDay) continue;
    const open = store.openCents(i, asOfDay);
    if (open === 0) continue;
    openCents += open;
    oldestDocumentDay = Math.min(oldestDocumentDay, store.documentDay[i]!);
    const daysOverdue = asOfDay - store.dueDay[i]!;
    if (daysOverdue > 0) {
      overdueCents += open;
      if (open > 0 && daysOverdue > oldestOverdueDays) {
        oldestOverdueDays = daysOverdue;
        oldestOverdueDueDay = store.dueDay[i]!;
      }
    }
  }
  return { openCents, overdueCents, oldestOverdueDays, oldestOverdueDueDay, oldestDocumentDay };
}

/** `customerExposure` in the customer's own currency. */
export function exposureOf(store: ReceivableStore, seed: SeedCustomer, asOfDay: number): CustomerExposure {
  return customerExposure(store, seed.index, seed.currency, asOfDay);
}
