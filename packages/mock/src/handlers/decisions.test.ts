import { expect } from '@open-wc/testing';
import {
  computeCreditLimit,
  creditCheck,
  Decimal,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_CREDIT_POLICY,
  decisionSchema,
  limitRequestListSchema,
  limitRequestSchema,
  reviewWorklistSchema,
  verifyReceipt,
  type CreditApplication,
  type CreditProfile,
  type Decision,
  type DecisionInput,
  type LimitRequest,
  type ReviewWorklist,
} from '@credit-kit/core';
import { createMockBackend, type MockBackend } from '../backend.js';
import { checkInputOf, limitInputOf } from '../data/decision-seeds.js';
import { CREDIT_STAFF } from '../data/pools.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const actor = (subject: string, ...roles: string[]) => ({ 'X-Credit-Kit-Actor': encodeURIComponent(subject), 'X-Credit-Kit-Roles': roles.join(',') });
const post = (backend: MockBackend, path: string, body: unknown, headers: Record<string, string> = {}) =>
  backend.fetch(`${API}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const approve = (grantedLimit: string, extra: Partial<DecisionInput> = {}): DecisionInput => ({
  outcome: 'approve',
  conditions: { grantedLimit, termDays: 60, settlementMethod: 'bank_acceptance_bill', validUntil: '2027-11-24', nextReviewOn: '2027-05-25' },
  ...extra,
});
/** A principal whose level covers `amount` under the default policy (analyst ≤ 1,000,000, manager ≤ 5,000,000, committee). */
const approverFor = (amount: string) => {
  const level = DEFAULT_APPROVAL_POLICY.levels.find((l) => l.upTo === undefined || new Decimal(amount).lte(l.upTo))!;
  return actor(`approver.${level.level}`, level.roles[0]!);
};
const requests = async (backend: MockBackend) => (await json<{ items: LimitRequest[] }>(await backend.fetch(`${API}/limit-requests`))).items.reverse();
const profileOf = async (backend: MockBackend, id: string) => json<CreditProfile>(await backend.fetch(`${API}/customers/${id}/credit-profile`));
const maximumOf = (backend: MockBackend, customerId: string) => {
  const seed = backend.dataset.customerById.get(customerId)!;
  return computeCreditLimit(limitInputOf(backend.dataset, seed, backend.dataset.profiles[seed.index]!)).maximum;
};

describe('decision loop (mock)', () => {
  describe('seeded examples', () => {
    it('has a pending increase, a blocked order\'s exception under review, and a renewal of a limit due for review', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const list = await json(await backend.fetch(`${API}/limit-requests`));
      expectValid(limitRequestListSchema, list, 'list');
      const [pending, exception, renewal] = await requests(backend);
      expect(pending).to.include({ id: 'LR000001', kind: 'increase', status: 'submitted' });
      expect(new Decimal(pending!.amount).lte(maximumOf(backend, pending!.customerId))).to.equal(true);

      expect(exception).to.include({ id: 'LR000002', kind: 'temporary_exception', status: 'under_review' });
      expect(exception!.history.map((e) => e.actor)).to.include(CREDIT_STAFF.analyst);
      // The order really is blocked by core's credit check, over the limit by the recorded shortfall.
      const profile = backend.dataset.profiles[backend.dataset.customerById.get(exception!.customerId)!.index]!;
      const check = creditCheck(checkInputOf(profile), { amount: exception!.origin!.orderAmount! }, DEFAULT_CREDIT_POLICY.creditCheck);
      expect(check.status).to.equal('blocked');
      expect(exception!.origin!.checkReasons).to.include('limit-exceeded');
      expect(exception!.origin!.shortfall).to.equal(check.exposure.overBy);

      const worklist = await json<ReviewWorklist>(await backend.fetch(`${API}/reviews/worklist`));
      const entry = worklist.items.find((i) => i.customerId === renewal!.customerId);
      expect(renewal).to.include({ id: 'LR000003', kind: 'renewal', status: 'submitted' });
      expect(entry?.state).to.be.oneOf(['expired', 'overdue', 'due']);
      for (const r of [pending, exception, renewal]) expectValid(limitRequestSchema, await json(await backend.fetch(`${API}/limit-requests/${r!.id}`)), r!.id);
    });

    it('serves the review worklist for any as-of date, most urgent first', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const worklist = await json<ReviewWorklist>(await backend.fetch(`${API}/reviews/worklist?asOf=2026-12-31`));
      expectValid(reviewWorklistSchema, worklist, 'worklist');
      expect(worklist.asOf).to.equal('2026-12-31');
      expect(worklist.items.some((i) => i.state === 'overdue')).to.equal(true);
      const ranks = worklist.items.map((i) => ['expired', 'overdue', 'due', 'due-soon'].indexOf(i.state));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
      await problem(await backend.fetch(`${API}/reviews/worklist?asOf=2026-02-30`), 400);
    });
  });

  describe('POST /limit-requests', () => {
    it('creates a submitted request with the actor as maker, idempotently', async () => {
      const backend = createMockBackend({ receivables: 50, now: () => new Date('2026-11-25T03:08:09.123Z') });
      const customerId = backend.dataset.customers[1]!.customer.id;
      const body = { customerId, kind: 'new_limit', amount: '800000.00', currency: 'CNY', reason: 'First order', origin: { kind: 'manual' } };
      const key = crypto.randomUUID();
      const response = await post(backend, '/limit-requests', body, { 'Idempotency-Key': key, ...actor('sales.li', 'sales') });
      const created = await json<LimitRequest>(response, 201);
      expectValid(limitRequestSchema, created);
      expect(created).to.include({ id: 'LR000004', number: 'LR-2026-000004', status: 'submitted', requestedBy: 'sales.li', submittedAt: '2026-11-25T03:08:09Z' });
      expect(created.history).to.deep.equal([{ status: 'submitted', actor: 'sales.li', at: '2026-11-25T03:08:09Z' }]);
      expect(response.headers.get('Location')).to.equal(`${API}/limit-requests/LR000004`);
      const replay = await post(backend, '/limit-requests', body, { 'Idempotency-Key': key });
      expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
      expect(await json(replay, 200)).to.deep.equal(created);
      expect(backend.state.decisions.limitRequests).to.have.length(1);
      expect((await json<{ items: LimitRequest[] }>(await backend.fetch(`${API}/limit-requests?customerId=${customerId}&status=submitted`))).items.map((r) => r.id)).to.include('LR000004');
    });

    it('answers 400 without a key, 422 naming the fields (unknown customer, missing until)', async () => {
      const backend = createMockBackend({ receivables: 10 });
      await problem(await post(backend, '/limit-requests', {}), 400);
      const bad = await problem(await post(backend, '/limit-requests', { customerId: 'C999', kind: 'temporary_exception', amount: '10', currency: 'CNY', reason: 'x' }, { 'Idempotency-Key': 'k1' }), 422);
      expect(bad.errors!.map((e) => e.path)).to.deep.equal(['until']);
      const unknown = await problem(await post(backend, '/limit-requests', { customerId: 'C999', kind: 'increase', amount: '10', currency: 'CNY', reason: 'x' }, { 'Idempotency-Key': 'k2' }), 422);
      expect(unknown.errors!.map((e) => e.path)).to.deep.equal(['customerId']);
      await problem(await backend.fetch(`${API}/limit-requests?status=done`), 400);
      await problem(await backend.fetch(`${API}/limit-requests/LR999999`), 404);
    });
  });

  describe('decisions, enforced by the backend', () => {
    it('approves within the approver\'s level: the profile then shows the new limit, valid-until and next review; the receipt verifies', async () => {
      const backend = createMockBackend({ receivables: 200, now: () => new Date('2026-11-25T05:00:00Z') });
      const [pending] = await requests(backend);
      const response = await post(backend, `/limit-requests/${pending!.id}/decision`, approve(pending!.amount), approverFor(pending!.amount));
      const decision = await json<Decision>(response, 201);
      expectValid(decisionSchema, decision);
      expect(decision).to.include({ decidedAt: '2026-11-25T05:00:00Z', computedMaximum: maximumOf(backend, pending!.customerId) });
      expect(await verifyReceipt(decision.receipt)).to.include({ verified: true });
      const tampered = JSON.parse(JSON.stringify(decision.receipt));
      tampered.steps.find((s: { key: string }) => s.key === 'limit.maximum').value = '99999999999.00';
      expect(await verifyReceipt(tampered)).to.include({ verified: false, at: 'step', step: 'limit.maximum' });

      const profile = await profileOf(backend, pending!.customerId);
      expect(profile).to.include({ granted: pending!.amount, termDays: 60, validUntil: '2027-11-24', nextReviewOn: '2027-05-25' });
      const stored = await json<LimitRequest>(await backend.fetch(`${API}/limit-requests/${pending!.id}`));
      expect(stored.status).to.equal('approved');
      expect(stored.decision).to.deep.equal(decision);
      expect(stored.history.at(-1)).to.include({ status: 'approved', actor: decision.decidedBy });
      // Decided: a second decision is a 409 naming not-open.
      const again = await post(backend, `/limit-requests/${pending!.id}/decision`, approve(pending!.amount), actor('committee.x', 'committee'));
      const conflict = (await problem(again, 409)) as { refusals?: { code: string }[] };
      expect(conflict.refusals!.map((r) => r.code)).to.deep.equal(['not-open']);
    });

    it('refuses the analyst who prepared the request (maker-checker), and stores nothing', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const [, exception] = await requests(backend);
      const before = await profileOf(backend, exception!.customerId);
      const refused = (await problem(
        await post(backend, `/limit-requests/${exception!.id}/decision`, approve(exception!.amount, { override: { reason: 'x' } }), actor(CREDIT_STAFF.analyst, 'analyst', 'credit_manager', 'committee')),
        403,
      )) as { refusals?: { code: string }[] };
      expect(refused.refusals!.map((r) => r.code)).to.include('maker-checker');
      expect((await json<LimitRequest>(await backend.fetch(`${API}/limit-requests/${exception!.id}`))).status).to.equal('under_review');
      expect(await profileOf(backend, exception!.customerId)).to.deep.equal(before);
      expect(backend.state.decisions.decisions).to.have.length(0);
    });

    it('refuses an amount above the approver\'s level, naming the level needed, and one above the computed maximum', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const seed = backend.dataset.customers.find((c) => {
        const p = backend.dataset.profiles[c.index]!;
        return !p.blacklisted && new Decimal(maximumOf(backend, c.customer.id)).gte(2_000_000);
      })!;
      const created = await json<LimitRequest>(await post(backend, '/limit-requests',
        { customerId: seed.customer.id, kind: 'increase', amount: '1500000.00', currency: 'CNY', reason: 'More volume' },
        { 'Idempotency-Key': crypto.randomUUID(), ...actor('sales.zhang', 'sales') }), 201);
      const path = `/limit-requests/${created.id}/decision`;
      const tooHigh = (await problem(await post(backend, path, approve('1500000.00'), actor('analyst.wu', 'analyst')), 403)) as { refusals?: { code: string; requiredLevel?: string }[] };
      expect(tooHigh.refusals!.map((r) => [r.code, r.requiredLevel])).to.deep.equal([['above-approval-level', 'credit_manager']]);
      const maximum = maximumOf(backend, seed.customer.id);
      const aboveMax = new Decimal(maximum).plus('0.01').toFixed(2);
      const overMax = (await problem(await post(backend, path, approve(aboveMax), actor('board', 'committee')), 403)) as { refusals?: { code: string }[] };
      expect(overMax.refusals!.map((r) => r.code)).to.deep.equal(['above-computed-maximum']);
      await problem(await post(backend, path, approve('1500000.00'), actor('sales.zhang', 'credit_manager')), 403);
      expect(await json<Decision>(await post(backend, path, approve('1500000.00'), actor('manager.chen', 'credit_manager')), 201)).to.include({ level: 'credit_manager', decidedBy: 'manager.chen' });
    });

    it('enforces the host\'s approval policy given as an option (here: maker-checker off, analysts up to 1,000,000,000,000)', async () => {
      const backend = createMockBackend({
        receivables: 200,
        approvalPolicy: { ...DEFAULT_APPROVAL_POLICY, makerChecker: false, levels: [{ level: 'analyst', roles: ['analyst'], upTo: '1000000000000' }, { level: 'committee', roles: ['committee'] }] },
      });
      const [, exception] = await requests(backend);
      const amount = Decimal.min(exception!.amount, maximumOf(backend, exception!.customerId)).toFixed(2);
      // The analyst who prepared it approves: allowed by this policy, refused by the default one (see above).
      const decision = await json<Decision>(await post(backend, `/limit-requests/${exception!.id}/decision`, approve(amount), actor(CREDIT_STAFF.analyst, 'analyst')), 201);
      expect(decision).to.include({ level: 'analyst', decidedBy: CREDIT_STAFF.analyst });
      expect(await verifyReceipt(decision.receipt)).to.include({ verified: true });
      expect(() => createMockBackend({ approvalPolicy: { ...DEFAULT_APPROVAL_POLICY, levels: [] } })).to.throw(/approvalPolicy/);
    });

    it('needs a principal (401) and a valid decision (422); rejects and returns with reason codes', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const [, , renewal] = await requests(backend);
      const path = `/limit-requests/${renewal!.id}/decision`;
      await problem(await post(backend, path, approve('10')), 401);
      const invalid = await problem(await post(backend, path, { outcome: 'reject' }, actor('m', 'credit_manager')), 422);
      expect(invalid.errors!.map((e) => e.path)).to.deep.equal(['reasonCodes']);
      const returned = await json<Decision>(await post(backend, path, { outcome: 'return', reasonCodes: ['outdated-financials'], note: 'Send the 2025 statements' }, actor('m', 'credit_manager')), 201);
      expect(await verifyReceipt(returned.receipt)).to.include({ verified: true });
      const stored = await json<LimitRequest>(await backend.fetch(`${API}/limit-requests/${renewal!.id}`));
      expect(stored.status).to.equal('returned');
      expect(stored.history.at(-1)).to.include({ status: 'returned', actor: 'm', note: 'Send the 2025 statements' });
    });

    it('decides a credit application: maker-checker from its audit trail, then approval updates the application and the profile', async () => {
      const backend = createMockBackend({ receivables: 200 });
      const open = backend.dataset.applications.find((a) => a.status === 'under_review' && a.customerId)!;
      const path = `/credit-applications/${open.id}/decision`;
      const amount = Decimal.min(open.request.amount, maximumOf(backend, open.customerId!)).toFixed(2);
      const maker = (await problem(await post(backend, path, approve(amount), actor(CREDIT_STAFF.analyst, 'committee')), 403)) as { refusals?: { code: string }[] };
      expect(maker.refusals!.map((r) => r.code)).to.deep.equal(['maker-checker']);
      const decision = await json<Decision>(await post(backend, path, approve(amount), actor('committee.board', 'committee')), 201);
      expect(await verifyReceipt(decision.receipt)).to.include({ verified: true });
      const application = await json<CreditApplication>(await backend.fetch(`${API}/credit-applications/${open.id}`));
      expect(application.status).to.equal('approved');
      expect(application.decision).to.include({ grantedLimit: amount, termDays: 60, validUntil: '2027-11-24' });
      expect(await profileOf(backend, open.customerId!)).to.include({ granted: amount, nextReviewOn: '2027-05-25', validUntil: '2027-11-24' });
      backend.reset();
      expect((await json<CreditApplication>(await backend.fetch(`${API}/credit-applications/${open.id}`))).status).to.equal('under_review');
      expect(await profileOf(backend, open.customerId!)).to.deep.equal(backend.dataset.profiles[backend.dataset.customerById.get(open.customerId!)!.index]);
    });
  });
});
