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
/** Serialised pages a process keeps (least recently used dropped first). */
const PAGE_CACHE_SIZE = 256;
/** … and at most this many characters of them in all. */
const PAGE_CACHE_CHARS = 32 * 1024 * 1024;

/** Default and largest `limit` of the cursor-paged endpoints (as the mock: 500, at most 5,000). */
export const RECEIVABLE_PAGE_LIMIT = { fallback: 500, min: 1, max: 5_000 } as const;

/**
 * `GET /receivables/aging` (the aging report in SQL, keyset-paged by customer rows) and
 * `GET /receivables` (open items, cursor-paged). Both show only the principal's customers; a
 * `customerId` the principal may not see is a 404, as if it did not exist.
 */
export const registerReceivableRoutes: RouteModule = (app, ctx) => {
  const reports = new Map<string, AgingReport>();
  // Pages as sent (JSON text), under the same key plus cursor and limit: a page asked again is
  // neither sliced nor serialised again.
  const pages = new Map<string, string>();
  let pageChars = 0;
  let parsedBuckets: { source: unknown; buckets: AgingReport['buckets'] } | undefined;
  app.get('/receivables/aging', async (c) => {
    const url = new URL(c.req.url);
    const asOf = dateParam(url, 'asOf') ?? ctx.today();
    const groupBy = url.searchParams.get('groupBy') || 'customer';
    if (groupBy !== 'customer') throw badRequest(`Query parameter groupBy must be "customer", not "${groupBy}".`, 'invalid-parameter');
    const limit = integerParam(url, 'limit', RECEIVABLE_PAGE_LIMIT);
    const cursor = url.searchParams.get('cursor') || undefined;
    const principal = c.get('principal');
    const [policy, revision] = await Promise.all([ctx.policy(), receivablesRevision(ctx.db)]);
    const bucketsText = JSON.stringify(policy.agingBuckets);
    if (parsedBuckets?.source !== bucketsText) parsedBuckets = { source: bucketsText, buckets: agingBucketsSchema.parse(policy.agingBuckets) };
    const buckets = parsedBuckets.buckets;
    // Whole reports are cached per process under the ledger's committed revision (any process's
    // write moves it), the as-of date, the buckets and the principal's customers.
    const visible = visibleCustomers(principal);
    const key = JSON.stringify([revision, asOf, bucketsText, visible && [...visible].sort()]);
    const pageKey = `${key}|${cursor ?? ''}|${limit}`;
    let text = pages.get(pageKey);
    if (text === undefined) {
      const query = { asOf, buckets, principal, cursor, limit };
      let whole = reports.get(key);
      if (whole) reports.delete(key);
      else whole = await agingPage(ctx.db, { ...query, cursor: undefined, limit: WHOLE_REPORT_LIMIT });
      reports.set(key, whole);
      if (reports.size > REPORT_CACHE_SIZE) reports.delete(reports.keys().next().value!);
      text = JSON.stringify(pageOfReport(whole, query));
    } else {
      pages.delete(pageKey);
      pageChars -= text.length;
    }
    pages.set(pageKey, text);
    pageChars += text.length;
    while (pages.size > PAGE_CACHE_SIZE || pageChars > PAGE_CACHE_CHARS) {
      const [oldest, dropped] = pages.entries().next().value!;
      pages.delete(oldest);
      pageChars -= dropped.length;
    }
    return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
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
