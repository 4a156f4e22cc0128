import { Decimal, ageReceivables, toMoneyString, type AgingCustomerRow, type AgingReport, type Receivable } from '@credit-kit/core';
import type { Dataset } from '../data/model.js';
import { hashText } from '../hash.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { badRequest } from '../http/problem.js';
import { dateParam, integerParam } from '../http/query.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';
import { RECEIVABLE_PAGE_LIMIT } from './receivables.js';

type Bucket = { label?: string; minDays?: number; maxDays?: number };
type WholeReport = Pick<AgingReport, 'asOf' | 'buckets' | 'totals' | 'rows'>;

/**
 * The whole aging report on `asOf`, aged by core's `ageReceivables` one customer at a time (so a
 * million items never sit in memory as objects at once): one row per customer and currency in
 * customer order, and totals per currency summed exactly over every row.
 */
export function agingReport(dataset: Dataset, asOf: string, buckets: readonly Bucket[]): WholeReport {
  const store = dataset.receivables;
  const rows: AgingCustomerRow[] = [];
  const sums = new Map<string, { total: Decimal; overdue: Decimal; buckets: Decimal[] }>();
  let definitions: WholeReport['buckets'] = [];

  for (const seed of dataset.customers) {
    const items: Receivable[] = [];
    for (let i = store.customerStart[seed.index]!; i < store.customerStart[seed.index + 1]!; i++) items.push(store.toWire(i));
    const result = ageReceivables(items, { asOf, buckets: [...buckets], includeItems: false });
    definitions = result.buckets.map((b) => ({ ...b }));
    for (const currency of Object.keys(result.currencies).sort()) {
      const aged = result.currencies[currency]!;
      for (const customer of aged.customers) {
        const row: AgingCustomerRow = {
          customerId: customer.customerId,
          customerName: seed.customer.name,
          currency,
          total: customer.total,
          overdue: customer.overdue,
          buckets: [...customer.buckets],
          oldestDueDate: customer.oldestDueDate,
          maxDaysOverdue: customer.maxDaysOverdue,
        };
        if (seed.customer.salesperson !== undefined) row.salesperson = seed.customer.salesperson;
        if (seed.customer.region !== undefined) row.region = seed.customer.region;
        rows.push(row);
      }
      let sum = sums.get(currency);
      if (!sum) sums.set(currency, (sum = { total: new Decimal(0), overdue: new Decimal(0), buckets: aged.buckets.map(() => new Decimal(0)) }));
      sum.total = sum.total.plus(aged.total);
      sum.overdue = sum.overdue.plus(aged.overdue);
      aged.buckets.forEach((b, k) => (sum.buckets[k] = sum.buckets[k]!.plus(b.amount)));
    }
  }
  if (definitions.length === 0) definitions = ageReceivables([], { asOf, buckets: [...buckets] }).buckets.map((b) => ({ ...b }));

  const totals = [...sums.keys()].sort().map((currency) => {
    const sum = sums.get(currency)!;
    return { currency, total: toMoneyString(sum.total), overdue: toMoneyString(sum.overdue), buckets: sum.buckets.map((b) => toMoneyString(b)) };
  });
  return { asOf, buckets: definitions, totals, rows };
}

/**
 * `GET /receivables/aging?asOf=&groupBy=customer&cursor=&limit=`: the aging report by the policy's
 * buckets (`asOf` defaults to the data's as-of date), rows paged by cursor, totals for the whole
 * report on every page. Reports are cached per as-of date.
 */
export function agingRoutes(context: HandlerContext): RouteDefinition[] {
  const cache = new Map<string, WholeReport>();
  return [
    {
      route: 'GET /receivables/aging',
      handle: ({ url }) => {
        const asOf = dateParam(url, 'asOf') ?? context.dataset.asOf;
        const groupBy = url.searchParams.get('groupBy') || 'customer';
        if (groupBy !== 'customer') throw badRequest(`Query parameter groupBy must be "customer", not "${groupBy}".`, 'invalid-parameter');
        const limit = integerParam(url, 'limit', { ...RECEIVABLE_PAGE_LIMIT, min: 1 });
        let report = cache.get(asOf);
        if (!report) {
          report = agingReport(context.dataset, asOf, context.policy.agingBuckets);
          if (cache.size >= 8) cache.delete(cache.keys().next().value!);
          cache.set(asOf, report);
        }
        const fingerprint = hashText(`aging|${asOf}|${groupBy}`);
        const cursor = url.searchParams.get('cursor');
        const start = cursor ? decodeCursor(cursor, fingerprint, report.rows.length) : 0;
        const end = Math.min(start + limit, report.rows.length);
        const body: AgingReport = {
          ...report,
          rows: report.rows.slice(start, end),
          nextCursor: end < report.rows.length ? encodeCursor(end, fingerprint) : null,
          totalRows: report.rows.length,
        };
        return jsonResponse(body);
      },
    },
  ];
}
