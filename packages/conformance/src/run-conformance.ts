import {
  Decimal,
  agingReportSchema,
  creditApplicationListSchema,
  creditApplicationSchema,
  creditPolicySchema,
  creditProfileSchema,
  customerPageSchema,
  customerSchema,
  financialsSchema,
  receivablePageSchema,
  todayIso,
  warningListSchema,
  warningStatusSchema,
} from '@credit-kit/core';
import { decideCreatedApplication, decisionSteps, type DecisionActors } from './decision-checks.js';
import { probe, type ProbeOptions } from './probe.js';
import { Recorder, type EndpointResult } from './recorder.js';
import { sampleApplication } from './sample-application.js';

export interface ConformanceOptions {
  /** Base URL of the host backend, e.g. `https://erp.example.com/api/credit/v1`. */
  readonly baseUrl: string;
  /** Bearer token sent as `Authorization: Bearer …`. */
  readonly token?: string;
  /** Extra headers sent with every request (e.g. a CSRF header or a cookie). */
  readonly headers?: Record<string, string>;
  /** Customer to test with; default: the first of `GET /customers`. */
  readonly customerId?: string;
  /** Skip the `POST /credit-applications` checks (they create one test application). */
  readonly skipWrites?: boolean;
  /** Page size used while walking receivables (default 200) and the most pages walked (default 50). */
  readonly pageSize?: number;
  readonly maxPages?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /**
   * Headers of the principals the decision checks act as (maker, analyst, committee); default the
   * reference mock's `X-Credit-Kit-Actor` / `X-Credit-Kit-Roles`. Against a real backend give each its token.
   */
  readonly actors?: Partial<DecisionActors>;
  /** An amount above the analyst's approval level (default 1,500,000.00, core's default policy). */
  readonly aboveAnalystAmount?: string;
  /** Skip the decision-loop checks (limit requests, decisions, review worklist), for a backend that does not serve them yet. */
  readonly skipDecisions?: boolean;
}

export interface ConformanceReport {
  readonly baseUrl: string;
  readonly results: readonly EndpointResult[];
  /** Number of failed checks. */
  readonly violations: number;
  readonly passed: boolean;
}

/**
 * Calls every endpoint of the contract on a live backend and reports, endpoint by endpoint, what
 * violates it: statuses, schema paths, pagination, conditional requests, idempotency, problem details.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const http: ProbeOptions = {
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  const rec = new Recorder();
  const get = (path: string, headers?: Record<string, string>) => probe(http, 'GET', path, { headers });

  const steps: [string, () => Promise<void>][] = [
    ['GET /credit-policy', async () => {
      const ex = await get('/credit-policy');
      if (rec.status('GET /credit-policy', ex, 200)) rec.schema('GET /credit-policy', ex, creditPolicySchema, 'policy');
    }],
  ];

  let customerId = options.customerId;
  let customerName: string | undefined;
  const customerIds: string[] = options.customerId ? [options.customerId] : [];
  steps.push(['GET /customers', async () => {
    const ep = 'GET /customers';
    const ex = await get('/customers?page=1');
    if (!rec.status(ep, ex, 200)) return;
    const page = rec.schema(ep, ex, customerPageSchema, 'page');
    if (!page) return;
    rec.check(ep, 'first page is page 1', page.page === 1, `page was ${page.page}`);
    rec.check(ep, 'no more items than pageSize', page.items.length <= page.pageSize, `${page.items.length} items, pageSize ${page.pageSize}`);
    customerId ??= page.items[0]?.id;
    if (!options.customerId) customerIds.push(...page.items.map((c) => c.id));
    customerName = page.items.find((c) => c.id === customerId)?.name;
    rec.check(ep, 'has a customer to test with', customerId !== undefined, 'no customers; pass --customer-id');
    if (customerName) {
      const fragment = customerName.slice(0, Math.min(4, customerName.length));
      const search = await get(`/customers?query=${encodeURIComponent(fragment)}`);
      const found = search.status === 200 ? customerPageSchema.safeParse(search.body) : undefined;
      rec.check(ep, '`query` finds a customer by part of its name', !!found?.success && found.data.items.some((c) => c.id === customerId),
        `query=${fragment} did not return ${customerId}`);
    }
  }]);

  const perCustomer: [string, string, Parameters<typeof rec.schema>[2]][] = [
    ['GET /customers/{id}', '', customerSchema],
    ['GET /customers/{id}/financials', '/financials', financialsSchema],
    ['GET /customers/{id}/credit-profile', '/credit-profile', creditProfileSchema],
  ];
  for (const [ep, suffix, schema] of perCustomer) {
    steps.push([ep, async () => {
      if (!customerId) return void rec.check(ep, 'has a customer to test with', false, 'skipped: no customer');
      const ex = await get(`/customers/${encodeURIComponent(customerId)}${suffix}`);
      if (!rec.status(ep, ex, 200)) return;
      const body = rec.schema(ep, ex, schema, 'body') as { id?: string; customerId?: string } | undefined;
      if (body) rec.check(ep, 'is about the customer asked for', (body.id ?? body.customerId) === customerId, `answered for ${body.id ?? body.customerId}`);
    }]);
  }
  steps.push(['GET /customers/{id} (unknown)', async () => {
    const ex = await get('/customers/ck-conformance-no-such-customer');
    rec.problem('GET /customers/{id}', ex, 404, 'unknown customer');
  }]);

  steps.push(['GET /customers/{id}/warning', async () => {
    const ep = 'GET /customers/{id}/warning';
    if (!customerId) return;
    const path = `/customers/${encodeURIComponent(customerId)}/warning`;
    const ex = await get(path);
    if (!rec.status(ep, ex, 200)) return;
    rec.schema(ep, ex, warningStatusSchema, 'status');
    const etag = ex.headers.get('etag');
    if (rec.check(ep, 'sends an ETag', !!etag, 'no ETag header')) {
      const again = await get(path, { 'if-none-match': etag! });
      rec.check(ep, 'answers 304 to If-None-Match with the current ETag', again.status === 304, `answered ${again.status}`);
    }
  }]);

  steps.push(['GET /warnings', async () => {
    const ep = 'GET /warnings';
    if (!customerId) return;
    const ex = await get(`/warnings?customerId=${encodeURIComponent(customerId)}`);
    if (!rec.status(ep, ex, 200)) return;
    const list = rec.schema(ep, ex, warningListSchema, 'list');
    if (list) rec.check(ep, 'a batch lookup by customerId returns that customer', list.items.some((i) => i.customerId === customerId), `${customerId} missing`);
    const red = await get('/warnings?level=red');
    const parsed = red.status === 200 ? warningListSchema.safeParse(red.body) : undefined;
    rec.check(ep, '`level=red` returns only red statuses', !!parsed?.success && parsed.data.items.every((i) => i.level === undefined || i.level === 'red'),
      parsed?.success ? 'a returned status is not red' : `answered ${red.status} or an invalid body`);
  }]);

  steps.push(['GET /receivables', async () => {
    const ep = 'GET /receivables';
    const limit = options.pageSize ?? 200;
    const maxPages = options.maxPages ?? 50;
    const seenIds = new Set<string>();
    const seenCursors = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    let total: number | undefined;
    let duplicates = 0;
    let walked = false;
    do {
      const ex = await get(`/receivables?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      if (!rec.status(ep, ex, 200)) break;
      const page = rec.schema(ep, ex, receivablePageSchema, `page ${pages + 1}`);
      if (!page) break;
      pages++;
      total ??= page.total;
      if (page.items.length > limit) rec.check(ep, 'honours `limit`', false, `${page.items.length} items for limit ${limit}`);
      for (const item of page.items) {
        if (seenIds.has(item.id)) duplicates++;
        seenIds.add(item.id);
      }
      if (page.nextCursor !== null && seenCursors.has(page.nextCursor)) {
        rec.check(ep, 'cursors move forward', false, `cursor ${JSON.stringify(page.nextCursor)} came back twice`);
        break;
      }
      if (page.nextCursor !== null) seenCursors.add(page.nextCursor);
      cursor = page.nextCursor;
      walked = cursor === null;
    } while (cursor !== null && pages < maxPages);
    if (pages > 0) rec.check(ep, 'no item appears on two pages', duplicates === 0, `${duplicates} items repeated`);
    if (walked && total !== undefined) {
      rec.check(ep, '`total` equals the items walked', total === seenIds.size, `total ${total}, walked ${seenIds.size}`);
    }
    const bad = await get('/receivables?cursor=%E2%9C%97-not-a-cursor');
    rec.problem(ep, bad, 400, 'invalid cursor');
    if (customerId) {
      const mine = await get(`/receivables?customerId=${encodeURIComponent(customerId)}&limit=${limit}`);
      const parsed = mine.status === 200 ? receivablePageSchema.safeParse(mine.body) : undefined;
      rec.check(ep, '`customerId` filters the items', !!parsed?.success && parsed.data.items.every((i) => i.customerId === customerId),
        parsed?.success ? 'items of other customers returned' : `answered ${mine.status} or an invalid body`);
    }
  }]);

  steps.push(['GET /receivables/aging', async () => {
    const ep = 'GET /receivables/aging';
    const asOf = todayIso();
    const ex = await get(`/receivables/aging?asOf=${asOf}&groupBy=customer`);
    if (!rec.status(ep, ex, 200)) return;
    const report = rec.schema(ep, ex, agingReportSchema, 'report');
    if (!report) return;
    rec.check(ep, 'is as of the date asked for', report.asOf === asOf, `asOf ${report.asOf}`);
    for (const t of report.totals) {
      const sum = t.buckets.reduce((s, b) => s.plus(b), new Decimal(0));
      rec.check(ep, `${t.currency} bucket totals add up to the total`, sum.eq(t.total), `buckets sum to ${sum.toFixed()}, total ${t.total}`);
      rec.check(ep, `${t.currency} has one total per bucket`, t.buckets.length === report.buckets.length, `${t.buckets.length} totals, ${report.buckets.length} buckets`);
    }
    const currencies = new Set(report.totals.map((t) => t.currency));
    rec.check(ep, 'every row\'s currency has totals', report.rows.every((r) => currencies.has(r.currency)), 'a row has a currency without totals');
    rec.check(ep, 'every row has one amount per bucket', report.rows.every((r) => r.buckets.length === report.buckets.length), 'bucket count mismatch');
  }]);

  if (!options.skipWrites) {
    steps.push(['POST /credit-applications', async () => {
      const ep = 'POST /credit-applications';
      const post = (body: unknown, headers?: Record<string, string>) => probe(http, 'POST', '/credit-applications', { body, headers });
      const key = crypto.randomUUID();
      const body = sampleApplication(`Conformance run ${key.slice(0, 8)}`);
      rec.problem(ep, await post(body), 400, 'without Idempotency-Key');
      const invalid = await post({ ...body, request: { ...body.request, amount: 'lots' } }, { 'idempotency-key': crypto.randomUUID() });
      rec.problem(ep, invalid, 422, 'invalid body');
      const fieldErrors = (invalid.body as { errors?: { path?: string }[] } | undefined)?.errors;
      rec.check(ep, '422 names the invalid field in `errors`', Array.isArray(fieldErrors) && fieldErrors.some((e) => e.path?.includes('amount')),
        'no `errors` entry for request.amount');
      const first = await post(body, { 'idempotency-key': key });
      if (!rec.status(ep, first, [200, 201])) return;
      const created = rec.schema(ep, first, creditApplicationSchema, 'created application');
      if (!created) return;
      const replay = await post(body, { 'idempotency-key': key });
      const replayed = replay.status < 300 ? creditApplicationSchema.safeParse(replay.body) : undefined;
      rec.check(ep, 'a replay with the same Idempotency-Key returns the same application',
        !!replayed?.success && replayed.data.id === created.id,
        replayed?.success ? `a second application ${replayed.data.id} was created` : `replay answered ${replay.status}`);
      rec.check(ep, 'a replay says `Idempotent-Replayed: true`', replay.headers.get('idempotent-replayed') === 'true', 'header missing');
      const conflicting = await post({ ...body, request: { ...body.request, amount: '2000000.00' } }, { 'idempotency-key': key });
      rec.problem(ep, conflicting, 422, 'same key, different body');

      const one = await get(`/credit-applications/${encodeURIComponent(created.id)}`);
      if (rec.status('GET /credit-applications/{id}', one, 200)) {
        const fetched = rec.schema('GET /credit-applications/{id}', one, creditApplicationSchema, 'application');
        if (fetched) rec.check('GET /credit-applications/{id}', 'returns the application asked for', fetched.id === created.id, `returned ${fetched.id}`);
      }
      const list = await get(`/credit-applications${created.customerId ? `?customerId=${encodeURIComponent(created.customerId)}` : ''}`);
      if (rec.status('GET /credit-applications', list, 200)) rec.schema('GET /credit-applications', list, creditApplicationListSchema, 'list');
      if (!options.skipDecisions) await decideCreatedApplication(decisionOptions, created.id);
    }]);
  }
  const decisionOptions = {
    http, rec, customerIds, writes: !options.skipWrites,
    ...(options.actors ? { actors: options.actors } : {}),
    ...(options.aboveAnalystAmount ? { aboveAnalystAmount: options.aboveAnalystAmount } : {}),
  };
  if (!options.skipDecisions) steps.push(...decisionSteps(decisionOptions));

  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      rec.check(name.replace(/ \(.*\)$/, ''), 'answers at all', false, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }
  return { baseUrl: options.baseUrl, results: rec.results, violations: rec.violations, passed: rec.violations === 0 };
}
