import { agingBucketsSchema } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { assertCustomerVisible } from '../auth/scope.js';
import { badRequest } from '../http/problem.js';
import { dateParam, integerParam } from '../http/query.js';
import { agingPage } from './aging.js';
import { receivablePage } from './list.js';

/** Default and largest `limit` of the cursor-paged endpoints (as the mock: 500, at most 5,000). */
export const RECEIVABLE_PAGE_LIMIT = { fallback: 500, min: 1, max: 5_000 } as const;

/**
 * `GET /receivables/aging` (the aging report in SQL, keyset-paged by customer rows) and
 * `GET /receivables` (open items, cursor-paged). Both show only the principal's customers; a
 * `customerId` the principal may not see is a 404, as if it did not exist.
 */
export const registerReceivableRoutes: RouteModule = (app, ctx) => {
  app.get('/receivables/aging', async (c) => {
    const url = new URL(c.req.url);
    const asOf = dateParam(url, 'asOf') ?? ctx.today();
    const groupBy = url.searchParams.get('groupBy') || 'customer';
    if (groupBy !== 'customer') throw badRequest(`Query parameter groupBy must be "customer", not "${groupBy}".`, 'invalid-parameter');
    const limit = integerParam(url, 'limit', RECEIVABLE_PAGE_LIMIT);
    const policy = await ctx.policy();
    const report = await agingPage(ctx.db, {
      asOf,
      buckets: agingBucketsSchema.parse(policy.agingBuckets),
      principal: c.get('principal'),
      cursor: url.searchParams.get('cursor') || undefined,
      limit,
    });
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
