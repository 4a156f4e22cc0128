import { resolveAgingOptions, type AgingOptionsInput, type ResolvedAgingOptions } from './aging-options.js';
import { ageResolvedWithBigInt } from './age-receivables-bigint.js';
import { MIN_SCALE, compareCodeUnits, type AgedCurrency, type AgedCustomer, type AgedItem, type AgingResult } from './aging-result.js';
import { BucketLookup } from './buckets.js';
import {
  dayOfDate,
  isCurrencyCode,
  isObjectLike,
  isOptionalString,
  isResourceId,
  kindSign,
  receivablesValidationError,
} from './fast-validate.js';
import {
  INVALID_AMOUNT,
  MAX_FAST_SCALE,
  NEEDS_LARGER_SCALE,
  TOO_LARGE,
  amountDecimalPlaces,
  formatMinorUnits,
  minorUnitsFromAmount,
} from './minor-units.js';
import type { ReceivableInput } from './receivable-schema.js';

/**
 * Ages open receivables on an as-of date (domain.md §6).
 *
 * - Days overdue = as-of date − due date in calendar days (`basis: 'document'`: − document date).
 *   0 or less is not yet due, which always has the first bucket; nothing falls outside the buckets.
 * - Items dated (document date) after the as-of date are left out. Only payments dated on or before
 *   the as-of date reduce an item. `credit_note` and `payment` (unapplied payment on account) items
 *   count negative; `retention` is an ordinary item. An over-paid item stays as a negative (credit)
 *   open item; an item whose open amount is exactly 0 drops out. Disputed items are aged like any other.
 * - Amounts in different currencies are never added: one set of totals per currency, and a customer
 *   with items in two currencies has a row in each. Customer rows are ordered by `customerId`
 *   (code-unit order); currencies by code; items keep the input order.
 * - Exact: amounts are summed as integer minor units, checked to stay within
 *   `Number.MAX_SAFE_INTEGER`; anything larger, or more than 6 decimal places, is summed in BigInt
 *   instead, with identical results (both proven equal to decimal.js by property tests). Every amount in the result has `scale` decimal
 *   places: 2, or the most decimal places of any amount in the input. Bucket amounts always sum
 *   exactly to the total.
 *
 * Items are validated as thoroughly as `receivableInputSchema` (real calendar dates, decimal
 * amounts or finite numbers of zero or more, ISO currency codes, the kind enum, well-formed
 * payments). A bad input throws one `CreditKitValidationError` (subject `ageReceivables input`)
 * whose issue paths name the argument: `items[2].dueDate`, `options.asOf`,
 * `options.buckets[1].minDays`.
 *
 * @example
 * ageReceivables(
 *   [{ id: 'INV-1', customerId: 'C001', documentDate: '2024-01-01', dueDate: '2024-01-31',
 *      amount: '1000.00', currency: 'CNY', payments: [{ date: '2024-02-10', amount: '400' }] }],
 *   { asOf: '2024-03-01' },
 * ).currencies.CNY!.buckets[1]!.amount // '600.00': 30 days overdue (2024 is a leap year), bucket 1–30
 */
export function ageReceivables(items: readonly ReceivableInput[], options: AgingOptionsInput): AgingResult {
  const resolved = resolveAgingOptions(options);
  if (!Array.isArray(items)) throw receivablesValidationError(items)!;
  let scale = MIN_SCALE;
  for (;;) {
    const outcome = ageWithMinorUnits(items as readonly unknown[], resolved, scale);
    if (typeof outcome !== 'number') return outcome;
    if (outcome === INVALID_AMOUNT) {
      const error = receivablesValidationError(items);
      if (error) throw error;
    } else if (outcome === NEEDS_LARGER_SCALE) {
      const places = largestDecimalPlaces(items as readonly unknown[]);
      if (places > scale && places <= MAX_FAST_SCALE) {
        scale = places;
        continue;
      }
    }
    // Too large for safe integers, too many decimal places, or (should never happen) the fast
    // validator rejected what zod accepts: BigInt sums give the same result, only slower.
    return ageResolvedWithBigInt(items, resolved);
  }
}

/** The most decimal places of any amount or payment amount in the items (the scale the result needs). */
function largestDecimalPlaces(items: readonly unknown[]): number {
  let places = MIN_SCALE;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isObjectLike(item)) continue;
    places = Math.max(places, amountDecimalPlaces(item.amount));
    const payments = item.payments;
    if (!Array.isArray(payments)) continue;
    for (let j = 0; j < payments.length; j++) {
      const payment: unknown = payments[j];
      if (isObjectLike(payment)) places = Math.max(places, amountDecimalPlaces(payment.amount));
    }
  }
  return places;
}

/** Running totals of one customer in one currency, in minor units. */
class CustomerTally {
  readonly customerId: string;
  readonly currency: string;
  readonly buckets: Float64Array;
  customerName: string | undefined = undefined;
  oldestDueDay = Infinity;
  oldestDueDate = '';
  maxDaysOverdue = 0;
  itemCount = 0;
  /** The same customer's tally in another currency (rare, so a chain rather than a second map). */
  next: CustomerTally | undefined = undefined;

  constructor(customerId: string, currency: string, bucketCount: number) {
    this.customerId = customerId;
    this.currency = currency;
    this.buckets = new Float64Array(bucketCount);
  }

  /** This customer's tally in `currency`, created at the end of the chain when missing. */
  inCurrency(currency: string, bucketCount: number): CustomerTally {
    let tally: CustomerTally = this;
    for (;;) {
      if (tally.currency === currency) return tally;
      if (tally.next === undefined) return (tally.next = new CustomerTally(this.customerId, currency, bucketCount));
      tally = tally.next;
    }
  }
}

/**
 * The hot path: validates, ages and sums in minor units at `scale` in one pass. Returns the result,
 * or a code from `minor-units.ts` when this path cannot finish: `INVALID_AMOUNT` for any invalid
 * item (the caller builds the error), `NEEDS_LARGER_SCALE`, or `TOO_LARGE`.
 */
export function ageWithMinorUnits(items: readonly unknown[], options: ResolvedAgingOptions, scale: number): AgingResult | number {
  const { asOfDay, includeItems } = options;
  const byDocument = options.basis === 'document';
  const lookup = new BucketLookup(options.buckets);
  const { table, openFrom, last } = lookup;
  const tableLength = table.length;
  const bucketCount = options.buckets.length;
  const tallies = new Map<string, CustomerTally>();
  const aged: AgedItem[] = [];
  // Sum of every amount and counted payment: it bounds the magnitude of every partial sum below,
  // so checking it once at the end proves that no sum left the safe integers.
  let magnitude = 0;

  for (let index = 0, count = items.length; index < count; index++) {
    const item = items[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return INVALID_AMOUNT;
    const record = item as Record<string, unknown>;
    const amount = minorUnitsFromAmount(record.amount, scale);
    if (amount < 0) return amount;
    const { id, customerId, currency, dueDate, customerName, disputed } = record;
    const documentDay = dayOfDate(record.documentDate);
    const dueDay = dayOfDate(dueDate);
    const sign = kindSign(record.kind);
    if (
      documentDay !== documentDay || // NaN: not a real date
      dueDay !== dueDay ||
      sign === 0 ||
      !isResourceId(id) ||
      !isResourceId(customerId) ||
      !isCurrencyCode(currency) ||
      !(disputed === undefined || typeof disputed === 'boolean') ||
      !isOptionalString(customerName) ||
      !isOptionalString(record.documentNumber) ||
      !isOptionalString(record.salesperson) ||
      !isOptionalString(record.region)
    ) {
      return INVALID_AMOUNT;
    }

    let paid = 0;
    const payments = record.payments;
    if (payments !== undefined) {
      if (!Array.isArray(payments)) return INVALID_AMOUNT;
      for (let j = 0; j < payments.length; j++) {
        const payment: unknown = payments[j];
        if (!isObjectLike(payment)) return INVALID_AMOUNT;
        const paidDay = dayOfDate(payment.date);
        if (paidDay !== paidDay) return INVALID_AMOUNT;
        const units = minorUnitsFromAmount(payment.amount, scale);
        if (units < 0) return units;
        if (paidDay <= asOfDay) paid += units;
      }
    }

    if (documentDay > asOfDay) continue;
    const open = sign * (amount - paid);
    if (open === 0) continue;
    magnitude += amount + paid;

    const days = asOfDay - (byDocument ? documentDay : dueDay);
    const bucket = days <= 0 ? 0 : days < tableLength ? table[days]! : days >= openFrom ? last : lookup.search(days);

    let tally = tallies.get(customerId);
    if (tally === undefined) tallies.set(customerId, (tally = new CustomerTally(customerId, currency, bucketCount)));
    else if (tally.currency !== currency) tally = tally.inCurrency(currency, bucketCount);
    tally.buckets[bucket]! += open;
    tally.itemCount++;
    if (dueDay < tally.oldestDueDay) {
      tally.oldestDueDay = dueDay;
      tally.oldestDueDate = dueDate as string;
    }
    if (days > tally.maxDaysOverdue) tally.maxDaysOverdue = days;
    if (tally.customerName === undefined && customerName !== undefined) tally.customerName = customerName as string;

    if (includeItems) {
      const openText = formatMinorUnits(open, scale);
      aged.push(
        disputed === undefined
          ? { id, customerId, currency, open: openText, daysOverdue: days, bucket }
          : { id, customerId, currency, open: openText, daysOverdue: days, bucket, disputed: disputed as boolean },
      );
    }
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return TOO_LARGE;
  return summarise(tallies, options, scale, aged);
}

/** Groups the tallies by currency and formats every total. All sums are of safe integers, so exact. */
function summarise(
  tallies: Map<string, CustomerTally>,
  options: ResolvedAgingOptions,
  scale: number,
  items: AgedItem[],
): AgingResult {
  const bucketCount = options.buckets.length;
  const byCurrency = new Map<string, CustomerTally[]>();
  for (const currency of options.currencies) byCurrency.set(currency, []);
  for (const first of tallies.values()) {
    for (let tally: CustomerTally | undefined = first; tally !== undefined; tally = tally.next) {
      const list = byCurrency.get(tally.currency);
      if (list === undefined) byCurrency.set(tally.currency, [tally]);
      else list.push(tally);
    }
  }
  const format = (units: number) => formatMinorUnits(units, scale);
  const currencies: Record<string, AgedCurrency> = {};
  for (const code of [...byCurrency.keys()].sort(compareCodeUnits)) {
    const list = byCurrency.get(code)!.sort((a, b) => compareCodeUnits(a.customerId, b.customerId));
    const sums = new Float64Array(bucketCount);
    let itemCount = 0;
    const customers = list.map((tally): AgedCustomer => {
      let total = 0;
      for (let b = 0; b < bucketCount; b++) {
        total += tally.buckets[b]!;
        sums[b]! += tally.buckets[b]!;
      }
      itemCount += tally.itemCount;
      return {
        customerId: tally.customerId,
        ...(tally.customerName === undefined ? {} : { customerName: tally.customerName }),
        total: format(total),
        overdue: format(total - tally.buckets[0]!),
        buckets: Array.from(tally.buckets, format),
        oldestDueDate: tally.oldestDueDate,
        maxDaysOverdue: tally.maxDaysOverdue,
        itemCount: tally.itemCount,
      };
    });
    let total = 0;
    for (let b = 0; b < bucketCount; b++) total += sums[b]!;
    currencies[code] = {
      currency: code,
      total: format(total),
      overdue: format(total - sums[0]!),
      buckets: options.buckets.map((definition, b) => ({ ...definition, amount: format(sums[b]!) })),
      customers,
      itemCount,
    };
  }
  return {
    asOf: options.asOf,
    basis: options.basis,
    scale,
    buckets: options.buckets,
    currencies,
    items,
  };
}
