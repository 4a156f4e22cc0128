import { parseIsoDay } from '../dates.js';
import { Decimal, decimalPlaces, toMoneyString } from '../money.js';
import { parseWith } from '../validate.js';
import { resolveAgingOptions, type AgingOptionsInput, type ResolvedAgingOptions } from './aging-options.js';
import { MIN_SCALE, compareCodeUnits, type AgedCurrency, type AgedCustomer, type AgedItem, type AgingResult } from './aging-result.js';
import type { AgingBucketDefinition } from './buckets.js';
import { AGING_SUBJECT } from './fast-validate.js';
import { receivablesArgumentSchema, type ReceivableInput } from './receivable-schema.js';

/**
 * The reference implementation of aging: zod validation and decimal.js arithmetic, written
 * independently of the minor-unit hot path. `ageReceivables` falls back to it for amounts too large
 * or too precise for safe integers; property tests prove the two give identical results.
 */

/** Additions and subtractions never round: precision is as large as decimal.js allows. */
const Exact = /* @__PURE__ */ Decimal.clone({ precision: 1e9 });
type Exact = InstanceType<typeof Exact>;

/** `ageReceivables` computed entirely with decimal.js: identical results, slower. */
export function ageReceivablesWithDecimal(items: readonly ReceivableInput[], options: AgingOptionsInput): AgingResult {
  return ageResolvedWithDecimal(items, resolveAgingOptions(options));
}

interface Row {
  customerId: string;
  customerName?: string;
  buckets: Exact[];
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

/** `ageReceivablesWithDecimal` with options already resolved. */
export function ageResolvedWithDecimal(items: unknown, options: ResolvedAgingOptions): AgingResult {
  const parsed = parseWith(receivablesArgumentSchema, { items }, AGING_SUBJECT).items;
  let scale = MIN_SCALE;
  for (const item of parsed) {
    scale = Math.max(scale, decimalPlaces(item.amount));
    for (const payment of item.payments ?? []) scale = Math.max(scale, decimalPlaces(payment.amount));
  }
  const zero = new Exact(0);
  const rows = new Map<string, Map<string, Row>>();
  for (const currency of options.currencies) rows.set(currency, new Map());
  const agedItems: AgedItem[] = [];

  for (const item of parsed) {
    if (item.documentDate > options.asOf) continue; // YYYY-MM-DD strings sort by date
    let open = new Exact(item.amount);
    for (const payment of item.payments ?? []) {
      if (payment.date <= options.asOf) open = open.minus(payment.amount);
    }
    if (item.kind === 'credit_note' || item.kind === 'payment') open = open.negated();
    if (open.isZero()) continue;
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
    row.buckets[bucket] = row.buckets[bucket]!.plus(open);
    row.itemCount += 1;
    if (item.dueDate < row.oldestDueDate) row.oldestDueDate = item.dueDate;
    row.maxDaysOverdue = Math.max(row.maxDaysOverdue, days);
    if (row.customerName === undefined && item.customerName !== undefined) row.customerName = item.customerName;

    if (options.includeItems) {
      const aged: AgedItem = {
        id: item.id,
        customerId: item.customerId,
        currency: item.currency,
        open: toMoneyString(open, scale),
        daysOverdue: days,
        bucket,
      };
      agedItems.push(item.disputed === undefined ? aged : { ...aged, disputed: item.disputed });
    }
  }

  const money = (value: Exact) => toMoneyString(value, scale);
  const sum = (values: readonly Exact[]) => values.reduce((a, b) => a.plus(b), zero);
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
