import { expect } from '@open-wc/testing';
import { CreditKitValidationError, DEFAULT_CREDIT_POLICY } from '@credit-kit/core';
import { createClient } from './client.js';
import { applicationInput, application, customer } from './test-support/fixtures.js';
import { createFakeFetch, json, problem, scripted } from './test-support/fake-fetch.js';
import { BASE, rejectionOf, setup } from './test-support/setup.js';

const emptyReceivables = () => json({ items: [], nextCursor: null });

describe('client requests', () => {
  describe('URLs', () => {
    it('joins the base path and the URL-encoded path parameter', async () => {
      const { client, fake } = setup(scripted(() => json(customer())));
      // The answer is about C001, not "A/B C", so it is refused (identity check); the URL is what counts here.
      await client.getCustomer('A/B C').catch(() => {});
      expect(fake.requests[0]!.url).to.equal(`${BASE}/customers/A%2FB%20C`);
    });

    it('drops a trailing slash of the base URL and accepts a path-only base', async () => {
      for (const [baseUrl, expected] of [
        ['https://erp.example.com/api/credit/v1/', 'https://erp.example.com/api/credit/v1/customers/C001/warning'],
        ['/api/credit/v1', '/api/credit/v1/customers/C001/warning'],
      ] as const) {
        const fake = createFakeFetch(scripted(() => json({ customerId: 'C001', signals: [] })));
        const client = createClient({ baseUrl, fetch: fake.fetch, batchWindowMs: 0 });
        await client.getWarning('C001');
        expect(fake.requests[0]!.url).to.equal(expected);
      }
    });

    it('builds each endpoint’s path and query', async () => {
      const { client, fake } = setup((request) => {
        const path = request.url.slice(BASE.length).split('?')[0];
        if (path === '/customers') return json({ items: [], page: 2, pageSize: 20, total: 0 });
        if (path === '/credit-applications') return json({ items: [] });
        if (path === '/warnings') return json({ items: [] });
        if (path === '/receivables') return emptyReceivables();
        if (path === '/receivables/aging') return json({ asOf: '2026-11-25', buckets: [], totals: [], rows: [], nextCursor: null, totalRows: 0 });
        if (path === '/credit-policy') return json(DEFAULT_CREDIT_POLICY);
        if (path === '/customers/C%2301/financials') return problem(404);
        return problem(500);
      });
      await client.listCustomers({ query: '华 & co', page: 2 });
      await client.listApplications({ customerId: 'C001' });
      await client.listWarnings({ level: 'orange', customerId: ['A', 'B'] });
      await client.listReceivables({ customerId: 'C001', asOf: '2026-11-25', cursor: 'x+y/z', limit: 500 });
      await client.getAgingReport({ asOf: '2026-11-25', limit: 50 });
      await client.getCreditPolicy();
      await rejectionOf(client.getFinancials('C#01'));
      const urls = fake.requests.map((r) => r.url.slice(BASE.length));
      expect(urls).to.deep.equal([
        // 华 is U+534E: UTF-8 E5 8D 8E.
        '/customers?query=%E5%8D%8E%20%26%20co&page=2',
        '/credit-applications?customerId=C001',
        '/warnings?level=orange&customerId=A&customerId=B',
        '/receivables?customerId=C001&asOf=2026-11-25&cursor=x%2By%2Fz&limit=500',
        '/receivables/aging?asOf=2026-11-25&groupBy=customer&limit=50',
        '/credit-policy',
        '/customers/C%2301/financials',
      ]);
    });
  });

  describe('headers', () => {
    it('asks getHeaders on every request, including retries, and lets it override static headers', async () => {
      let calls = 0;
      const { client, fake } = setup(scripted(() => json(customer()), () => problem(503), () => json(customer('C002'))), {
        headers: { Authorization: 'Basic stale', 'X-Tenant': 't1' },
        getHeaders: async () => ({ Authorization: `Bearer token-${++calls}` }),
      });
      await client.getCustomer('C001');
      await client.getCustomer('C002');
      const auth = fake.requests.map((r) => r.headers.get('Authorization'));
      expect(auth).to.deep.equal(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
      expect(fake.requests.every((r) => r.headers.get('X-Tenant') === 't1')).to.equal(true);
      expect(fake.requests[0]!.headers.get('Accept')).to.equal('application/json, application/problem+json');
    });

    it('passes credentials to fetch only when configured', async () => {
      const withCookies = setup(scripted(() => json(customer())), { credentials: 'include' });
      await withCookies.client.getCustomer('C001');
      expect(withCookies.fake.requests[0]!.credentials).to.equal('include');
      const plain = setup(scripted(() => json(customer())));
      await plain.client.getCustomer('C001');
      expect(plain.fake.requests[0]!.credentials).to.equal(undefined);
    });

    it('sends the CSRF header, read per request, on POSTs but not on GETs', async () => {
      let token: string | null = 'csrf-1';
      const { client, fake } = setup(
        (request) => (request.method === 'POST' ? json(application('APP1', 'CA-1'), { status: 201 }) : json(customer())),
        { credentials: 'include', csrf: { headerName: 'X-CSRF-Token', getToken: () => token } },
      );
      await client.getCustomer('C001');
      await client.submitApplication(applicationInput(), { idempotencyKey: 'k-1' });
      token = 'csrf-2';
      await client.submitApplication(applicationInput(), { idempotencyKey: 'k-2' });
      token = null;
      await client.submitApplication(applicationInput(), { idempotencyKey: 'k-3' });
      expect(fake.requests.map((r) => r.headers.get('X-CSRF-Token'))).to.deep.equal([null, 'csrf-1', 'csrf-2', null]);
    });

    it('sends JSON with the Idempotency-Key on submit', async () => {
      const { client, fake } = setup(scripted(() => json(application('APP1', 'CA-1'), { status: 201 })));
      const result = await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-7' });
      expect(result.id).to.equal('APP1');
      const request = fake.requests[0]!;
      expect(request.method).to.equal('POST');
      expect(request.url).to.equal(`${BASE}/credit-applications`);
      expect(request.headers.get('Content-Type')).to.equal('application/json');
      expect(request.headers.get('Idempotency-Key')).to.equal('draft-7');
      expect(JSON.parse(String(request.body))).to.deep.equal(applicationInput());
    });

    it('rejects when getHeaders fails, without sending', async () => {
      const failure = new Error('token endpoint down');
      const { client, fake } = setup(scripted(() => json(customer())), { getHeaders: () => Promise.reject(failure) });
      expect(await rejectionOf(client.getCustomer('C001'))).to.equal(failure);
      expect(fake.requests).to.have.length(0);
    });
  });

  describe('request validation', () => {
    it('validates the application before sending: nothing is sent, not even a header lookup', async () => {
      let headerCalls = 0;
      const { client, fake } = setup(scripted(() => json(application('APP1', 'CA-1'), { status: 201 })), {
        getHeaders: () => {
          headerCalls += 1;
          return {};
        },
      });
      const input = applicationInput();
      const bad = { ...input, request: { ...input.request, amount: '-5', termDays: 0 } };
      const e = (await rejectionOf(client.submitApplication(bad, { idempotencyKey: 'k' }))) as CreditKitValidationError;
      expect(e).to.be.instanceOf(CreditKitValidationError);
      expect(e.issues.map((issue) => issue.path)).to.have.members(['request.amount', 'request.termDays']);
      expect(fake.requests).to.have.length(0);
      expect(headerCalls).to.equal(0);
    });

    it('requires a usable idempotency key', async () => {
      const { client, fake } = setup(scripted(() => json(application('APP1', 'CA-1'), { status: 201 })));
      for (const idempotencyKey of ['', 'has space', undefined as unknown as string]) {
        const e = (await rejectionOf(client.submitApplication(applicationInput(), { idempotencyKey }))) as CreditKitValidationError;
        expect(e, String(idempotencyKey)).to.be.instanceOf(CreditKitValidationError);
        expect(e.issues[0]!.path).to.equal('idempotencyKey');
      }
      expect(fake.requests).to.have.length(0);
    });
  });
});
