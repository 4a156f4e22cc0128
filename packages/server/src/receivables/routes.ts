import { agingBucketsSchema, type AgingReport } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { assertCustomerVisible, visibleCustomers } from '../auth/scope.js';
import { badRequest } from '../http/problem.js';
import { dateParam, integerParam } from '../http/query.js';
import { WHOLE_REPORT_LIMIT, agingPage, pageOfReport } from './aging.js';
import { receivablesRevision } from './revision.js';
import { receivablePage } from './list.js';

/** Whole aging reports a process keeps (least recently used dropped first). */
const REPORT_CACHE_SIZE = 16;

/** Default and largest `limit` of the cursor-paged endpoints (as the mock: 500, at most 5,000). */
export const RECEIVABLE_PAGE_LIMIT = { fallback: 500, min: 1, max: 5_000 } as const;

/**
 * `GET /receivables/aging` (the aging report in SQL, keyset-paged by customer rows) and
 * `GET /receivables` (open items, cursor-paged). Both show only the principal's customers; a
 * `customerId` the principal may not see is a 404, as if it did not exist.
 */
export const registerReceivableRoutes: RouteModule = (app, ctx) => {
  const reports = new Map<string, AgingReport>();
  app.get('/receivables/aging', async (c) => {
    const url = new URL(c.req.url);
    const asOf = dateParam(url, 'asOf') ?? ctx.today();
    const groupBy = url.searchParams.get('groupBy') || 'customer';
    if (groupBy !== 'customer') throw badRequest(`Query parameter groupBy must be "customer", not "${groupBy}".`, 'invalid-parameter');
    const limit = integerParam(url, 'limit', RECEIVABLE_PAGE_LIMIT);
    const policy = await ctx.policy();
    const principal = c.get('principal');
    const query = { asOf, buckets: agingBucketsSchema.parse(policy.agingBuckets), principal, cursor: url.searchParams.get('cursor') || undefined, limit };
    // Whole reports are cached per process under the ledger's committed revision (any process's
    // write moves it), the as-of date, the buckets and the principal's customers.
    const visible = visibleCustomers(principal);
    const key = JSON.stringify([await receivablesRevision(ctx.db), asOf, query.buckets, visible && [...visible].sort()]);
    let whole = reports.get(key);
    if (whole) reports.delete(key);
    else whole = await agingPage(ctx.db, { ...query, cursor: undefined, limit: WHOLE_REPORT_LIMIT });
    reports.set(key, whole);
    if (reports.size > REPORT_CACHE_SIZE) reports.delete(reports.keys().next().value!);
    const report = pageOfReport(whole, query);
    return c.json(report);
  });

  app.get('/receivables', async (c) => {
    const url = new URL(c.req.url);
    const principal = c.get('principal');
    const customerId = url.searchParams.get('customerId') || undefined;
    if (customerId !== undefined) assertCustomerVisible(principal, customerId);
    const page = await receivablePage(ctx.db, {
      principal,
      customerId,
      asOf: dateParam(url, 'asOf'),
      cursor: url.searchParams.get('cursor') || undefined,
      limit: integerParam(url, 'limit', RECEIVABLE_PAGE_LIMIT),
    });
    return c.json(page);
  });
};
