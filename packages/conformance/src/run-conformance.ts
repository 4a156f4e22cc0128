import {
  creditApplicationListSchema,
  creditApplicationSchema,
  creditPolicySchema,
  creditProfileSchema,
  customerPageSchema,
  customerSchema,
  financialsSchema,
  receivablePageSchema,
  warningListSchema,
  warningStatusSchema,
} from '@credit-kit/core';
import { blacklistSteps } from './blacklist-checks.js';
import { checkAgingReport } from './checks/aging.js';
import type { CheckContext } from './checks/context.js';
import { walkCustomerPages } from './checks/customers.js';
import { checkEtagSemantics } from './checks/etag.js';
import { checkIdempotencyUnderPressure, DOTTED_PATH } from './checks/idempotency.js';
import { walkCursorPages } from './checks/pages.js';
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
  /** Page size asked for while walking receivables and the aging report (default 200). */
  readonly pageSize?: number;
  /** Most pages walked per endpoint (default 50); stopping there without an end is reported as a violation. */
  readonly maxPages?: number;
  /** Submissions sent at once with one Idempotency-Key (default 10): they must create one application. */
  readonly concurrentRetries?: number;
  /** Wait before the late replay of a submission, in ms (default 2000): the key must still be known. */
  readonly replayDelayMs?: number;
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
  const ctx: CheckContext = {
    rec,
    get,
    post: (path, body, headers) => probe(http, 'POST', path, { body, headers }),
    pageSize: options.pageSize ?? 200,
    maxPages: options.maxPages ?? 50,
  };

  const steps: [string, () => Promise<void>][] = [
    ['GET /credit-policy', async () => {
      const ex = await get('/credit-policy');
      if (rec.status('GET /credit-policy', ex, 200)) rec.schema('GET /credit-policy', ex, creditPolicySchema, 'policy');
    }],
  ];

  let customerId = options.customerId;
  let customerName: string | undefined;
  let otherCustomerId: string | undefined;
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
    otherCustomerId = page.items.find((c) => c.id !== customerId)?.id;
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

  steps.push(['GET /customers (every page)', () => walkCustomerPages(ctx)]);

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
      await checkEtagSemantics(ctx, ep, path, otherCustomerId ? `/customers/${encodeURIComponent(otherCustomerId)}/warning` : undefined);
    }
  }]);

  steps.push(['GET /warnings', async () => {
    const ep = 'GET /warnings';
    if (!customerId) return;
    const ex = await get(`/warnings?customerId=${encodeURIComponent(customerId)}`);
    if (!rec.status(ep, ex, 200)) return;
    const list = rec.schema(ep, ex, warningListSchema, 'list');
    if (list) rec.check(ep, 'a batch lookup by customerId returns that customer', list.items.some((i) => i.customerId === customerId), `${customerId} missing`);
    await checkEtagSemantics(ctx, ep, `/warnings?customerId=${encodeURIComponent(customerId)}`,
      otherCustomerId ? `/warnings?customerId=${encodeURIComponent(otherCustomerId)}` : undefined);
    const red = await get('/warnings?level=red');
    const parsed = red.status === 200 ? warningListSchema.safeParse(red.body) : undefined;
    rec.check(ep, '`level=red` returns only red statuses', !!parsed?.success && parsed.data.items.every((i) => i.level === undefined || i.level === 'red'),
      parsed?.success ? 'a returned status is not red' : `answered ${red.status} or an invalid body`);
  }]);

  steps.push(['GET /receivables', async () => {
    const ep = 'GET /receivables';
    const limit = ctx.pageSize;
    await walkCursorPages(ctx, {
      endpoint: ep,
      path: (cursor) => `/receivables?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      schema: receivablePageSchema,
      items: (page) => page.items,
      key: (item) => (item as { id: string }).id,
      nextCursor: (page) => page.nextCursor,
      total: (page) => page.total,
    });
    const bad = await get('/receivables?cursor=%E2%9C%97-not-a-cursor');
    rec.problem(ep, bad, 400, 'invalid cursor');
    if (customerId) {
      const mine = await get(`/receivables?customerId=${encodeURIComponent(customerId)}&limit=${limit}`);
      const parsed = mine.status === 200 ? receivablePageSchema.safeParse(mine.body) : undefined;
      rec.check(ep, '`customerId` filters the items', !!parsed?.success && parsed.data.items.every((i) => i.customerId === customerId),
        parsed?.success ? 'items of other customers returned' : `answered ${mine.status} or an invalid body`);
    }
  }]);

  steps.push(['GET /receivables/aging', () => checkAgingReport(ctx)]);

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
      const pointers = (Array.isArray(fieldErrors) ? fieldErrors : []).map((e) => e.path).filter((path) => typeof path !== 'string' || !DOTTED_PATH.test(path));
      rec.check(ep, '422 field paths are dotted (`request.amount`), not JSON pointers', pointers.length === 0,
        `paths ${pointers.slice(0, 3).map((p) => JSON.stringify(p)).join(', ')}: the contract's form is request.amount, guarantees[0].owner`);
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
      await checkIdempotencyUnderPressure(ctx, sampleApplication(`Conformance burst ${key.slice(0, 8)}`), {
        concurrent: options.concurrentRetries ?? 10,
        replayDelayMs: options.replayDelayMs ?? 2000,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      });

      const one = await get(`/credit-applications/${encodeURIComponent(created.id)}`);
      if (rec.status('GET /credit-applications/{id}', one, 200)) {
        const fetched = rec.schema('GET /credit-applications/{id}', one, creditApplicationSchema, 'application');
        if (fetched) rec.check('GET /credit-applications/{id}', 'returns the application asked for', fetched.id === created.id, `returned ${fetched.id}`);
      }
      const transitionEp = 'POST /credit-applications/{id}/transitions';
      const transitionPath = `/credit-applications/${encodeURIComponent(created.id)}/transitions`;
      const review = await probe(http, 'POST', transitionPath, { body: { status: 'under_review', note: 'Conformance check' } });
      if (rec.status(transitionEp, review, 200)) {
        const moved = rec.schema(transitionEp, review, creditApplicationSchema, 'application');
        if (moved) {
          rec.check(transitionEp, 'moves the application to the status asked for', moved.status === 'under_review', `status ${moved.status}`);
          const last = moved.history[moved.history.length - 1];
          rec.check(transitionEp, 'appends the move to the audit trail', moved.history.length === created.history.length + 1 && last?.status === 'under_review',
            `history ${JSON.stringify(moved.history.map((h) => h.status))}`);
        }
      }
      rec.problem(transitionEp, await probe(http, 'POST', transitionPath, { body: { status: 'under_review' } }), 409, 'a move the status does not allow');
      // A transition that could approve would be a way round the approval policy (levels, maker-checker, the maximum).
      const bypass = await probe(http, 'POST', transitionPath, { body: { status: 'approved', decision: { grantedLimit: '1.00', termDays: 30 } } });
      rec.problem(transitionEp, bypass, 409, 'a decision asked of the transitions endpoint (only the decision endpoint decides)');
      const afterBypass = await get(`/credit-applications/${encodeURIComponent(created.id)}`);
      const stillOpen = afterBypass.status === 200 && (afterBypass.body as { status?: unknown } | undefined)?.status === 'under_review';
      rec.check(transitionEp, 'a refused decision leaves the application under review', stillOpen, `status ${(afterBypass.body as { status?: unknown } | undefined)?.status}`);
      rec.problem(transitionEp, await probe(http, 'POST', transitionPath, { body: { status: 'shipped' } }), 422, 'an unknown status');

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

  steps.push(...blacklistSteps(http, rec, () => customerId, !options.skipWrites));

  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      rec.check(name.replace(/ \(.*\)$/, ''), 'answers at all', false, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }
  return { baseUrl: options.baseUrl, results: rec.results, violations: rec.violations, passed: rec.violations === 0 };
}
