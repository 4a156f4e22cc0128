import { expect } from '@open-wc/testing';
import { CreditKitValidationError, decisionReceipt, verifyReceipt, type Decision, type DecisionInput, type LimitRequest, type LimitRequestInput } from '@credit-kit/core';
import { ApiError } from './errors.js';
import { json, problem, scripted } from './test-support/fake-fetch.js';
import { BASE, rejectionOf, setup } from './test-support/setup.js';

const requestInput: LimitRequestInput = { customerId: 'C001', kind: 'increase', amount: '3000000.00', currency: 'CNY', reason: 'Season orders' };
const limitRequest: LimitRequest = {
  ...requestInput, id: 'LR000001', number: 'LR-2026-000001', status: 'submitted', requestedBy: 'sales.wang', submittedAt: '2026-11-25T03:08:00Z',
  history: [{ status: 'submitted', actor: 'sales.wang', at: '2026-11-25T03:08:00Z' }],
};
const approve: DecisionInput = {
  outcome: 'approve',
  conditions: { grantedLimit: '3000000.00', termDays: 90, settlementMethod: 'open_credit', validUntil: '2027-11-25', nextReviewOn: '2027-05-25' },
};

async function decision(): Promise<Decision> {
  const receipt = await decisionReceipt({
    decision: approve,
    subject: { kind: 'limit-request', id: 'LR000001', status: 'submitted', requested: '3000000.00', preparedBy: ['sales.wang'], computedMaximum: '4500000.00' },
    principal: { subject: 'manager.chen', roles: ['credit_manager'] },
  }, { issuedAt: '2026-11-25T04:00:00Z' });
  return { ...approve, decidedBy: 'manager.chen', decidedAt: '2026-11-25T04:00:00Z', level: 'credit_manager', computedMaximum: '4500000.00', receipt };
}

describe('decision loop client methods', () => {
  it('createLimitRequest posts the validated body with its Idempotency-Key and retries a lost answer with the same key', async () => {
    const { client, fake } = setup(scripted(() => { throw new TypeError('Failed to fetch'); }, () => json(limitRequest, { status: 201 })));
    const created = await client.createLimitRequest(requestInput, { idempotencyKey: 'lr-form-1' });
    expect(created).to.deep.equal(limitRequest);
    expect(fake.requests.map((r) => [r.method, r.url, r.headers.get('Idempotency-Key')])).to.deep.equal([
      ['POST', `${BASE}/limit-requests`, 'lr-form-1'],
      ['POST', `${BASE}/limit-requests`, 'lr-form-1'],
    ]);
    expect(JSON.parse(String(fake.requests[0]!.body))).to.deep.equal(requestInput);
  });

  it('refuses an invalid request or key before sending anything', async () => {
    const { client, fake } = setup(() => json(limitRequest));
    const bad = await rejectionOf(client.createLimitRequest({ ...requestInput, kind: 'temporary_exception', amount: '0' }, { idempotencyKey: 'k' }));
    expect(bad).to.be.instanceOf(CreditKitValidationError);
    expect((bad as CreditKitValidationError).issues.map((i) => i.path).sort()).to.deep.equal(['amount', 'until']);
    expect(await rejectionOf(client.createLimitRequest(requestInput, { idempotencyKey: '' }))).to.be.instanceOf(CreditKitValidationError);
    expect(fake.requests).to.have.length(0);
  });

  it('gets and lists limit requests with a checked query', async () => {
    const { client, fake } = setup(scripted(() => json(limitRequest), () => json({ items: [limitRequest] })));
    expect(await client.getLimitRequest('LR000001')).to.deep.equal(limitRequest);
    expect((await client.listLimitRequests({ customerId: 'C001', status: 'submitted' })).items).to.have.length(1);
    expect(fake.requests.map((r) => r.url)).to.deep.equal([`${BASE}/limit-requests/LR000001`, `${BASE}/limit-requests?customerId=C001&status=submitted`]);
    const error = await rejectionOf(client.listLimitRequests({ status: 'done' as never }));
    expect((error as CreditKitValidationError).issues[0]!.path).to.equal('status');
  });

  it('decides a limit request and an application; the receipt that comes back verifies', async () => {
    const body = await decision();
    const { client, fake } = setup(() => json(body, { status: 201 }));
    const decided = await client.decideLimitRequest('LR000001', approve);
    expect(await verifyReceipt(decided.receipt)).to.include({ verified: true });
    await client.decideApplication('A000007', approve);
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
      `POST ${BASE}/limit-requests/LR000001/decision`,
      `POST ${BASE}/credit-applications/A000007/decision`,
    ]);
    expect(JSON.parse(String(fake.requests[0]!.body))).to.deep.equal(approve);
  });

  it('surfaces a refusal as an ApiError 403 with the refusals, and never retries a decision', async () => {
    const refusal = { type: 'urn:credit-kit:problem:decision-refused', title: 'Forbidden', status: 403, detail: 'Refused', refusals: [{ code: 'maker-checker', message: 'x prepared it' }] };
    const { client, fake } = setup(scripted(() => problem(403, refusal), () => problem(503)));
    const error = (await rejectionOf(client.decideLimitRequest('LR000001', approve))) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.status).to.equal(403);
    expect((error.problem as { refusals?: unknown }).refusals).to.deep.equal(refusal.refusals);
    const unavailable = (await rejectionOf(client.decideLimitRequest('LR000001', approve))) as ApiError;
    expect(unavailable.status).to.equal(503);
    expect(fake.requests).to.have.length(2);
  });

  it('validates a decision before sending it (reject needs a reason)', async () => {
    const { client, fake } = setup(() => json({}));
    const error = (await rejectionOf(client.decideApplication('A1', { outcome: 'reject' }))) as CreditKitValidationError;
    expect(error.issues.map((i) => i.path)).to.deep.equal(['reasonCodes']);
    expect(fake.requests).to.have.length(0);
  });

  it('gets the review worklist as of a day, and checks the day', async () => {
    const worklist = { asOf: '2026-11-25', policyVersion: 'default-review-1', items: [] };
    const { client, fake } = setup(() => json(worklist));
    expect(await client.getReviewWorklist({ asOf: '2026-11-25' })).to.deep.equal(worklist);
    expect(fake.requests[0]!.url).to.equal(`${BASE}/reviews/worklist?asOf=2026-11-25`);
    expect(await rejectionOf(client.getReviewWorklist({ asOf: '25/11/2026' }))).to.be.instanceOf(CreditKitValidationError);
  });
});
