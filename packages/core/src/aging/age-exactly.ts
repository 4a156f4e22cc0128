import { parseIsoDay } from '../day-numbers.js';
import { decimalPlaces } from '../money-string.js';
import { parseWith } from '../validate.js';
import type { ResolvedAgingOptions } from './aging-options.js';
import { MIN_SCALE, compareCodeUnits, type AgedCurrency, type AgedCustomer, type AgedItem, type AgingResult } from './aging-result.js';
import type { AgingBucketDefinition } from './buckets.js';
import { AGING_SUBJECT } from './fast-validate.js';
import { receivablesArgumentSchema } from './receivable-schema.js';

/** Exact sums of one aging run, every amount written with the run's `scale` decimal places. */
export interface ExactArithmetic<T> {
  readonly zero: T;
  of(amount: string): T;
  plus(a: T, b: T): T;
  minus(a: T, amount: string): T;
  negated(a: T): T;
  isZero(a: T): boolean;
  format(a: T): string;
}

interface Row<T> {
  customerId: string;
  customerName?: string;
  buckets: T[];
  oldestDueDate: string;
  maxDaysOverdue: number;
  itemCount: number;
}

/** Index of the bucket whose inclusive range holds `days`. */
function bucketIndex(buckets: readonly AgingBucketDefinition[], days: number): number {
  const index = buckets.findIndex(
    (b) => (b.minDays === undefined || days >= b.minDays) && (b.maxDays === undefined || days <= b.maxDays),
  );
  if (index === -1) throw new Error(`No aging bucket holds ${days} days`); // validated buckets cover every day
  return index;
}

/**
 * Aging as specified, with zod validation and `arithmetic`'s exact sums (made for the run's scale):
 * the reference the minor-unit hot path is proven against, and its fallback for amounts too large or
 * too precise for safe integers.
 */
export function ageResolvedExactly<T>(items: unknown, options: ResolvedAgingOptions, arithmetic: (scale: number) => ExactArithmetic<T>): AgingResult {
  const parsed = parseWith(receivablesArgumentSchema, { items }, AGING_SUBJECT).items;
  let scale = MIN_SCALE;
  for (const item of parsed) {
    scale = Math.max(scale, decimalPlaces(item.amount));
    for (const payment of item.payments ?? []) scale = Math.max(scale, decimalPlaces(payment.amount));
  }
  const exact = arithmetic(scale);
  const zero = exact.zero;
  const rows = new Map<string, Map<string, Row<T>>>();
  for (const currency of options.currencies) rows.set(currency, new Map());
  const agedItems: AgedItem[] = [];

  for (const item of parsed) {
    if (item.documentDate > options.asOf) continue; // YYYY-MM-DD strings sort by date
    let open = exact.of(item.amount);
    for (const payment of item.payments ?? []) {
      if (payment.date <= options.asOf) open = exact.minus(open, payment.amount);
    }
    if (item.kind === 'credit_note' || item.kind === 'payment') open = exact.negated(open);
    if (exact.isZero(open)) continue;
    const from = options.basis === 'document' ? item.documentDate : item.dueDate;
    const days = parseIsoDay(options.asOf) - parseIsoDay(from);
    const bucket = bucketIndex(options.buckets, days);

    let byCustomer = rows.get(item.currency);
    if (!byCustomer) rows.set(item.currency, (byCustomer = new Map()));
    let row = byCustomer.get(item.customerId);
    if (!row) {
      row = {
        customerId: item.customerId,
        buckets: options.buckets.map(() => zero),
        oldestDueDate: item.dueDate,
        maxDaysOverdue: 0,
        itemCount: 0,
      };
      byCustomer.set(item.customerId, row);
    }
    row.buckets[bucket] = exact.plus(row.buckets[bucket]!, open);
    row.itemCount += 1;
    if (item.dueDate < row.oldestDueDate) row.oldestDueDate = item.dueDate;
    row.maxDaysOverdue = Math.max(row.maxDaysOverdue, days);
    if (row.customerName === undefined && item.customerName !== undefined) row.customerName = item.customerName;

    if (options.includeItems) {
      const aged: AgedItem = {
        id: item.id,
        customerId: item.customerId,
        currency: item.currency,
        open: exact.format(open),
        daysOverdue: days,
        bucket,
      };
      agedItems.push(item.disputed === undefined ? aged : { ...aged, disputed: item.disputed });
    }
  }

  const money = (value: T) => exact.format(value);
  const sum = (values: readonly T[]) => values.reduce((a, b) => exact.plus(a, b), zero);
  const currencies: Record<string, AgedCurrency> = {};
  for (const currency of [...rows.keys()].sort(compareCodeUnits)) {
    const customerRows = [...rows.get(currency)!.values()].sort((a, b) => compareCodeUnits(a.customerId, b.customerId));
    const bucketTotals = options.buckets.map((_, b) => sum(customerRows.map((row) => row.buckets[b]!)));
    const customers = customerRows.map(
      (row): AgedCustomer => ({
        customerId: row.customerId,
        ...(row.customerName === undefined ? {} : { customerName: row.customerName }),
        total: money(sum(row.buckets)),
        overdue: money(sum(row.buckets.slice(1))),
        buckets: row.buckets.map(money),
        oldestDueDate: row.oldestDueDate,
        maxDaysOverdue: row.maxDaysOverdue,
        itemCount: row.itemCount,
      }),
    );
    currencies[currency] = {
      currency,
      total: money(sum(bucketTotals)),
      overdue: money(sum(bucketTotals.slice(1))),
      buckets: options.buckets.map((definition, b) => ({ ...definition, amount: money(bucketTotals[b]!) })),
      customers,
      itemCount: customerRows.reduce((n, row) => n + row.itemCount, 0),
    };
  }
  return { asOf: options.asOf, basis: options.basis, scale, buckets: options.buckets, currencies, items: agedItems };
}
