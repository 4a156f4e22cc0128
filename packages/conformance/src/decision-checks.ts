import {
  Decimal,
  creditProfileSchema,
  decisionSchema,
  limitRequestListSchema,
  limitRequestSchema,
  REVIEW_STATES,
  reviewWorklistSchema,
  verifyReceipt,
  type DecisionInput,
} from '@credit-kit/core';
import { probe, type Exchange, type ProbeOptions } from './probe.js';
import type { Recorder } from './recorder.js';

/** The principals the decision checks act as: extra headers for each (e.g. its bearer token). */
export interface DecisionActors {
  /** Submits the limit request; must also hold every approval role, so that only maker-checker can refuse it. */
  readonly maker: Record<string, string>;
  /** The lowest approval level (may not approve `aboveAnalystAmount`). */
  readonly analyst: Record<string, string>;
  /** The highest approval level (may approve any amount up to the computed maximum). */
  readonly committee: Record<string, string>;
}

/**
 * Default actors: the reference mock's principal headers (`X-Credit-Kit-Actor`, `X-Credit-Kit-Roles`).
 * Against a real backend pass one bearer token per actor (`--actor-token maker=…`).
 */
export const MOCK_ACTORS: DecisionActors = {
  maker: { 'x-credit-kit-actor': 'ck-conformance-maker', 'x-credit-kit-roles': 'sales,analyst,credit_manager,committee' },
  analyst: { 'x-credit-kit-actor': 'ck-conformance-analyst', 'x-credit-kit-roles': 'analyst' },
  committee: { 'x-credit-kit-actor': 'ck-conformance-committee', 'x-credit-kit-roles': 'committee' },
};

export interface DecisionCheckOptions {
  readonly http: ProbeOptions;
  readonly rec: Recorder;
  readonly customerIds: readonly string[];
  readonly actors?: Partial<DecisionActors>;
  /** An amount above the analyst level and within the committee's (default 1,500,000.00, as core's default policy). */
  readonly aboveAnalystAmount?: string;
  readonly writes: boolean;
}

type Refusal = { code?: string };
const refusalCodes = (ex: Exchange): string[] => {
  const refusals = (ex.body as { refusals?: Refusal[] } | undefined)?.refusals;
  return Array.isArray(refusals) ? refusals.map((r) => String(r?.code)) : [];
};

/**
 * The decision loop's checks: the review worklist, limit requests (create, read, list, idempotency),
 * and decisions — including that the backend itself refuses the maker, an amount above the
 * approver's level and a limit above the computed maximum, stores nothing when it refuses, returns a
 * receipt that verifies offline, and then shows the decided limit and review dates on the profile.
 */
export function decisionSteps(o: DecisionCheckOptions): [string, () => Promise<void>][] {
  const { http, rec } = o;
  const actors = { ...MOCK_ACTORS, ...o.actors };
  const amount = new Decimal(o.aboveAnalystAmount ?? '1500000.00').toFixed(2);
  const get = (path: string, headers?: Record<string, string>) => probe(http, 'GET', path, { headers });
  const post = (path: string, body: unknown, headers?: Record<string, string>) => probe(http, 'POST', path, { body, headers });
  const today = new Date().toISOString().slice(0, 10);
  const addYears = (years: number, months = 0) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  };
  const approve = (grantedLimit: string): DecisionInput => ({
    outcome: 'approve',
    conditions: { grantedLimit, termDays: 90, settlementMethod: 'bank_acceptance_bill', validUntil: addYears(1), nextReviewOn: addYears(0, 6) },
    note: 'Credit Kit conformance run',
  });

  const steps: [string, () => Promise<void>][] = [
    ['GET /reviews/worklist', async () => {
      const ep = 'GET /reviews/worklist';
      const ex = await get(`/reviews/worklist?asOf=${today}`);
      if (!rec.status(ep, ex, 200)) return;
      const worklist = rec.schema(ep, ex, reviewWorklistSchema, 'worklist');
      if (!worklist) return;
      rec.check(ep, 'is as of the date asked for', worklist.asOf === today, `asOf ${worklist.asOf}`);
      const ranks = worklist.items.map((i) => REVIEW_STATES.indexOf(i.state));
      rec.check(ep, 'most urgent first (expired, overdue, due, due soon)', ranks.every((r, i) => i === 0 || ranks[i - 1]! <= r), `order ${worklist.items.map((i) => i.state).join(', ')}`);
      rec.problem(ep, await get('/reviews/worklist?asOf=not-a-date'), 400, 'invalid asOf');
    }],
    ['GET /limit-requests', async () => {
      const ep = 'GET /limit-requests';
      const ex = await get('/limit-requests');
      if (rec.status(ep, ex, 200)) rec.schema(ep, ex, limitRequestListSchema, 'list');
      rec.problem(ep, await get('/limit-requests?status=ck-no-such-status'), 400, 'invalid status');
      rec.problem('GET /limit-requests/{id}', await get('/limit-requests/ck-conformance-no-such-request'), 404, 'unknown limit request');
    }],
  ];
  if (!o.writes) return steps;

  steps.push(['POST /limit-requests/{id}/decision', async () => {
    const ep = 'POST /limit-requests';
    const dep = 'POST /limit-requests/{id}/decision';
    // A customer whose computed maximum is known and at least the amount, so that the committee can approve it.
    let customerId: string | undefined;
    let maximum: string | undefined;
    for (const id of o.customerIds) {
      const ex = await get(`/customers/${encodeURIComponent(id)}/credit-profile`);
      const profile = ex.status === 200 ? creditProfileSchema.safeParse(ex.body) : undefined;
      if (profile?.success && profile.data.maximum !== undefined && new Decimal(profile.data.maximum).gte(amount) && !profile.data.blacklisted) {
        customerId = id;
        maximum = profile.data.maximum;
        break;
      }
    }
    if (!rec.check(dep, 'has a customer whose computed maximum covers the test amount', customerId !== undefined,
      `no customer among the first page has a credit profile with maximum ≥ ${amount}; pass --customer-id`)) return;

    const body = { customerId, kind: 'increase', amount, currency: 'CNY', reason: 'Credit Kit conformance run; safe to delete', origin: { kind: 'manual' } };
    rec.problem(ep, await post('/limit-requests', body, actors.maker), 400, 'without Idempotency-Key');
    rec.problem(ep, await post('/limit-requests', { ...body, amount: 'lots' }, { ...actors.maker, 'idempotency-key': crypto.randomUUID() }), 422, 'invalid body');
    const key = crypto.randomUUID();
    const created = await post('/limit-requests', body, { ...actors.maker, 'idempotency-key': key });
    if (!rec.status(ep, created, [200, 201])) return;
    const request = rec.schema(ep, created, limitRequestSchema, 'created limit request');
    if (!request) return;
    rec.check(ep, 'is created submitted', request.status === 'submitted', `status ${request.status}`);
    const replay = await post('/limit-requests', body, { ...actors.maker, 'idempotency-key': key });
    const replayed = replay.status < 300 ? limitRequestSchema.safeParse(replay.body) : undefined;
    rec.check(ep, 'a replay with the same Idempotency-Key returns the same request', !!replayed?.success && replayed.data.id === request.id,
      replayed?.success ? `a second request ${replayed.data.id} was created` : `replay answered ${replay.status}`);

    const path = `/limit-requests/${encodeURIComponent(request.id)}/decision`;
    const refused = async (name: string, decision: unknown, who: Record<string, string>, codes: readonly string[]) => {
      const ex = await post(path, decision, who);
      rec.problem(dep, ex, 403, name);
      const got = refusalCodes(ex);
      rec.check(dep, `${name}: \`refusals\` names ${codes.join(' or ')}`, got.some((c) => codes.includes(c)), `refusals ${JSON.stringify(got)}`);
    };
    await refused('the maker approving is refused (maker-checker)', approve(amount), actors.maker, ['maker-checker']);
    await refused('an analyst approving above the analyst level is refused', approve(amount), actors.analyst, ['above-approval-level']);
    const aboveMaximum = new Decimal(maximum!).plus('0.01').toFixed(2);
    await refused('a limit above the computed maximum is refused', approve(aboveMaximum), actors.committee, ['above-computed-maximum', 'override-reason-required']);
    rec.problem(dep, await post(path, { outcome: 'reject' }, actors.committee), 422, 'a rejection without reason codes');
    const unchanged = await get(`/limit-requests/${encodeURIComponent(request.id)}`);
    const still = unchanged.status === 200 ? limitRequestSchema.safeParse(unchanged.body) : undefined;
    rec.check(dep, 'a refused decision changes nothing', !!still?.success && still.data.status === 'submitted' && still.data.decision === undefined,
      still?.success ? `status ${still.data.status}` : `GET answered ${unchanged.status}`);

    const decided = await post(path, approve(amount), actors.committee);
    if (!rec.status(dep, decided, [200, 201])) return;
    const decision = rec.schema(dep, decided, decisionSchema, 'decision');
    if (!decision) return;
    const verification = await verifyReceipt(decision.receipt);
    rec.check(dep, 'the receipt verifies offline (core\'s verifyReceipt)', verification.verified, verification.verified ? undefined : verification.reason);
    rec.check(dep, 'the decision carries the granted limit asked for', decision.conditions?.grantedLimit === amount, `granted ${decision.conditions?.grantedLimit}`);
    const after = await get(`/limit-requests/${encodeURIComponent(request.id)}`);
    const stored = after.status === 200 ? limitRequestSchema.safeParse(after.body) : undefined;
    rec.check(dep, 'the request is approved, with the decision and an audit entry', !!stored?.success && stored.data.status === 'approved'
      && stored.data.decision?.receipt.digest.value === decision.receipt.digest.value && stored.data.history.at(-1)?.status === 'approved',
      stored?.success ? `status ${stored.data.status}` : `GET answered ${after.status}`);
    const profileEx = await get(`/customers/${encodeURIComponent(customerId!)}/credit-profile`);
    const profile = profileEx.status === 200 ? creditProfileSchema.safeParse(profileEx.body) : undefined;
    const conditions = approve(amount).conditions!;
    rec.check('GET /customers/{id}/credit-profile', 'after an approval shows the granted limit, validUntil and nextReviewOn',
      !!profile?.success && new Decimal(profile.data.granted).eq(amount) && profile.data.validUntil === conditions.validUntil && profile.data.nextReviewOn === conditions.nextReviewOn,
      profile?.success ? `granted ${profile.data.granted}, validUntil ${profile.data.validUntil}, nextReviewOn ${profile.data.nextReviewOn}` : `answered ${profileEx.status}`);
    const again = await post(path, approve(amount), actors.committee);
    rec.problem(dep, again, 409, 'a second decision');
  }]);
  return steps;
}

/** Decides the application the kit created: a rejection by the committee, which needs no amount check. */
export async function decideCreatedApplication(o: DecisionCheckOptions, applicationId: string): Promise<void> {
  const ep = 'POST /credit-applications/{id}/decision';
  const actors = { ...MOCK_ACTORS, ...o.actors };
  const path = `/credit-applications/${encodeURIComponent(applicationId)}/decision`;
  o.rec.problem(ep, await probe(o.http, 'POST', path, { body: { outcome: 'approve' }, headers: actors.committee }), 422, 'an approval without conditions');
  const ex = await probe(o.http, 'POST', path, { body: { outcome: 'reject', reasonCodes: ['other'], note: 'Credit Kit conformance run' }, headers: actors.committee });
  if (!o.rec.status(ep, ex, [200, 201])) return;
  const decision = o.rec.schema(ep, ex, decisionSchema, 'decision');
  if (!decision) return;
  const verification = await verifyReceipt(decision.receipt);
  o.rec.check(ep, 'the receipt verifies offline (core\'s verifyReceipt)', verification.verified, verification.verified ? undefined : verification.reason);
  const after = await probe(o.http, 'GET', `/credit-applications/${encodeURIComponent(applicationId)}`);
  const status = (after.body as { status?: string } | undefined)?.status;
  o.rec.check(ep, 'the application is then rejected', status === 'rejected', `status ${status}`);
  o.rec.problem(ep, await probe(o.http, 'POST', '/credit-applications/ck-conformance-no-such-application/decision', { body: { outcome: 'reject', reasonCodes: ['other'] }, headers: actors.committee }), 404, 'unknown application');
}
