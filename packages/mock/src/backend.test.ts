import { expect } from '@open-wc/testing';
import {
  CreditKitValidationError,
  DEFAULT_CREDIT_POLICY,
  agingReportSchema,
  attachmentUploadSchema,
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
import { createMockBackend } from './backend.js';
import { ROUTES } from './routes.js';
import { applicationInput, submit } from './test-support/application-input.js';
import { expectValid, json } from './test-support/expect-schema.js';

const API = '/api/credit/v1';

describe('createMockBackend: every endpoint', () => {
  const backend = createMockBackend();
  const ids = backend.dataset.customers.map((c) => c.customer.id);

  it('GET /customers and /customers/{id}/… answer schema-valid data for every customer', async () => {
    expectValid(customerPageSchema, await json(await backend.fetch(`${API}/customers`)), 'customer page');
    for (const id of ids) {
      expectValid(customerSchema, await json(await backend.fetch(`${API}/customers/${id}`)), `customer ${id}`);
      expectValid(financialsSchema, await json(await backend.fetch(`${API}/customers/${id}/financials`)), `financials ${id}`);
      expectValid(creditProfileSchema, await json(await backend.fetch(`${API}/customers/${id}/credit-profile`)), `profile ${id}`);
      expectValid(warningStatusSchema, await json(await backend.fetch(`${API}/customers/${id}/warning`)), `warning ${id}`);
    }
  });

  it('GET /credit-policy serves the default policy as plain strings', async () => {
    const policy = await json(await backend.fetch(`${API}/credit-policy`));
    expectValid(creditPolicySchema, policy, 'policy');
    expect(policy).to.deep.equal(JSON.parse(JSON.stringify(DEFAULT_CREDIT_POLICY)));
  });

  it('serves a policy given as an option, numbers turned into decimal strings', async () => {
    const custom = createMockBackend({
      receivables: 10,
      creditPolicy: { ...DEFAULT_CREDIT_POLICY, warning: { collateralDropRatio: 0.3, dueSoonDays: 15, maxCreditPeriodDays: 120 } },
    });
    const policy = await json<{ warning: { collateralDropRatio: unknown } }>(await custom.fetch(`${API}/credit-policy`));
    expect(policy.warning.collateralDropRatio).to.equal('0.3');
  });

  it('credit applications, attachments, warnings, receivables and aging answer schema-valid data', async () => {
    expectValid(creditApplicationSchema, await json(await submit(backend, applicationInput(backend)), 201), 'created application');
    const list = await json<{ items: { id: string }[] }>(await backend.fetch(`${API}/credit-applications`));
    expectValid(creditApplicationListSchema, list, 'application list');
    expect(list.items.length).to.be.above(1);
    for (const { id } of list.items) {
      expectValid(creditApplicationSchema, await json(await backend.fetch(`${API}/credit-applications/${id}`)), `application ${id}`);
    }
    const form = new FormData();
    form.append('file', new File([new Uint8Array(2048)], 'statements.pdf', { type: 'application/pdf' }));
    expectValid(attachmentUploadSchema, await json(await backend.fetch(`${API}/attachments`, { method: 'POST', body: form }), 201), 'upload');
    expectValid(warningListSchema, await json(await backend.fetch(`${API}/warnings`)), 'warning list');
    expectValid(receivablePageSchema, await json(await backend.fetch(`${API}/receivables`)), 'receivable page');
    expectValid(agingReportSchema, await json(await backend.fetch(`${API}/receivables/aging`)), 'aging report');
  });

  it('counts hits per route, for every route of the contract', async () => {
    const fresh = createMockBackend({ receivables: 50 });
    const paths: Record<string, () => Promise<Response>> = {
      'GET /customers': () => fresh.fetch(`${API}/customers`),
      'GET /customers/{id}': () => fresh.fetch(`${API}/customers/C001`),
      'GET /customers/{id}/financials': () => fresh.fetch(`${API}/customers/C001/financials`),
      'GET /customers/{id}/credit-profile': () => fresh.fetch(`${API}/customers/C001/credit-profile`),
      'GET /customers/{id}/warning': () => fresh.fetch(`${API}/customers/C001/warning`),
      'GET /credit-policy': () => fresh.fetch(`${API}/credit-policy`),
      'POST /credit-applications': () => submit(fresh, applicationInput(fresh)),
      'GET /credit-applications': () => fresh.fetch(`${API}/credit-applications`),
      'GET /credit-applications/{id}': () => fresh.fetch(`${API}/credit-applications/A000001`),
      'POST /credit-applications/{id}/transitions': () =>
        fresh.fetch(`${API}/credit-applications/A000001/transitions`, { method: 'POST', body: JSON.stringify({ status: 'under_review' }) }),
      'POST /attachments': () => fresh.fetch(`${API}/attachments`, { method: 'POST', body: new FormData() }),
      'GET /warnings': () => fresh.fetch(`${API}/warnings`),
      'GET /receivables': () => fresh.fetch(`${API}/receivables`),
      'GET /receivables/aging': () => fresh.fetch(`${API}/receivables/aging`),
      'POST /limit-requests': () => fresh.fetch(`${API}/limit-requests`, { method: 'POST', body: '{}' }),
      'GET /limit-requests': () => fresh.fetch(`${API}/limit-requests`),
      'GET /limit-requests/{id}': () => fresh.fetch(`${API}/limit-requests/LR000001`),
      'POST /credit-applications/{id}/decision': () => fresh.fetch(`${API}/credit-applications/A000001/decision`, { method: 'POST', body: '{}' }),
      'POST /limit-requests/{id}/decision': () => fresh.fetch(`${API}/limit-requests/LR000001/decision`, { method: 'POST', body: '{}' }),
      'GET /reviews/worklist': () => fresh.fetch(`${API}/reviews/worklist`),
      'GET /blacklist': () => fresh.fetch(`${API}/blacklist`),
      'POST /blacklist': () => fresh.fetch(`${API}/blacklist`, { method: 'POST', body: '{}' }),
      'GET /blacklist/{id}': () => fresh.fetch(`${API}/blacklist/BL-0001`),
      'POST /blacklist/{id}/decisions': () => fresh.fetch(`${API}/blacklist/BL-0001/decisions`, { method: 'POST', body: '{}' }),
      'POST /blacklist/{id}/removal-requests': () => fresh.fetch(`${API}/blacklist/BL-0001/removal-requests`, { method: 'POST', body: '{}' }),
    };
    expect(Object.keys(paths).sort()).to.deep.equal([...ROUTES].sort());
    for (const [route, call] of Object.entries(paths)) {
      await call();
      await call();
      expect(fresh.hits(route as (typeof ROUTES)[number]), route).to.equal(2);
    }
    await fresh.fetch(`${API}/nowhere`);
    expect(fresh.hits('unmatched')).to.equal(1);
    expect(fresh.state.requests).to.have.length(ROUTES.length * 2 + 1);
    expect(fresh.state.requests[0]).to.include({ route: 'GET /customers', method: 'GET' });
  });

  it('reset() clears the state and the created applications', async () => {
    const fresh = createMockBackend({ receivables: 10 });
    await json(await submit(fresh, applicationInput(fresh)), 201);
    expect(fresh.state.applications).to.have.length(1);
    fresh.reset();
    expect(fresh.state.applications).to.have.length(0);
    expect(fresh.state.hits).to.deep.equal({});
    const list = await json<{ items: unknown[] }>(await fresh.fetch(`${API}/credit-applications`));
    expect(list.items).to.have.length(fresh.dataset.applications.length);
  });

  it('refuses bad options, naming each', () => {
    let error: unknown;
    try {
      createMockBackend({ receivables: -1, asOf: '2026-02-30', failureRate: 2, routeStatus: { 'GET /nope': 500 } as never });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CreditKitValidationError);
    const paths = (error as CreditKitValidationError).issues.map((i) => i.path);
    expect(paths).to.include.members(['receivables', 'asOf', 'failureRate', 'routeStatus.GET /nope']);
    expect(() => createMockBackend({ receivables: 10 }).setKnobs({ latencyMs: [30, 10] })).to.throw(CreditKitValidationError, /latencyMs/);
  });
});
