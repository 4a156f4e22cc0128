import { expect } from '@open-wc/testing';
import { CONTRACT_LIMITS, CreditKitError, DEFAULT_CREDIT_POLICY, MAX_REPORTED_ISSUES } from '@credit-kit/core';
import { ApiError, RedirectRefusedError, ResponseValidationError, SubmissionInProgressError } from './errors.js';
import { applicationInput, customer, warning } from './test-support/fixtures.js';
import { json, problem, scripted } from './test-support/fake-fetch.js';
import { rejectionOf, setup } from './test-support/setup.js';

/** Issue 16: what a hostile backend must not get through the client. */
describe('client hardening (issue 16)', () => {
  describe('big or malicious payloads', () => {
    it('rejects a page of 50,000 invalid entries with a bounded ResponseValidationError naming the endpoint', async () => {
      const items = Array.from({ length: 50_000 }, () => ({ id: 7, code: null }));
      const { client } = setup(scripted(() => json({ items, page: 1, pageSize: 20, total: 50_000 })));
      const error = await rejectionOf(client.listCustomers());
      expect(error).to.be.instanceOf(ResponseValidationError).and.instanceOf(CreditKitError);
      const e = error as ResponseValidationError;
      expect(e.endpoint).to.equal('GET /customers');
      expect(e.issues).to.deep.equal([{ path: 'items', code: 'too_big', message: `must have at most ${CONTRACT_LIMITS.customerPageItems} entries` }]);
    });

    it('caps the issues of a body with thousands of bad entries within the limits', async () => {
      const signals = Array.from({ length: CONTRACT_LIMITS.warningSignals }, () => ({ code: '', severity: 'bad', raisedOn: 'never' }));
      const { client } = setup(scripted(() => json({ customerId: 'C001', signals })));
      const e = (await rejectionOf(client.getWarning('C001'))) as ResponseValidationError;
      expect(e).to.be.instanceOf(ResponseValidationError);
      expect(e.issues).to.have.length(MAX_REPORTED_ISSUES + 1);
      expect(e.issues.at(-1)!.code).to.equal('too_many_issues');
    });

    it('turns a body too deeply nested to validate into a ResponseValidationError, never a RangeError', async () => {
      // 200,000 levels: JSON.parse copes, the recursive validation would not.
      const deep = `${'{"note":'.repeat(200_000)}null${'}'.repeat(200_000)}`;
      const body = `{"customerId":"C001","signals":[{"code":"X","severity":"severe","raisedOn":"2026-01-01","note":${deep}}]}`;
      const { client } = setup(scripted(() => new Response(body, { headers: { 'Content-Type': 'application/json' } })));
      const e = (await rejectionOf(client.getWarning('C001'))) as ResponseValidationError;
      expect(e).to.be.instanceOf(ResponseValidationError);
      expect(e.endpoint).to.equal('GET /customers/{id}/warning');
    });

    it('refuses a body past maxResponseBytes before parsing it, by Content-Length', async () => {
      const { client } = setup(
        scripted(() => new Response('{}', { headers: { 'Content-Type': 'application/json', 'Content-Length': String(64 * 1024 * 1024) } })),
      );
      const e = (await rejectionOf(client.getCustomer('C001'))) as ResponseValidationError;
      expect(e).to.be.instanceOf(ResponseValidationError);
      expect(e.endpoint).to.equal('GET /customers/{id}');
      expect(e.issues[0]!.code).to.equal('too_large');
    });

    it('refuses a streamed body once it passes maxResponseBytes, without a Content-Length', async () => {
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024).fill(32));
        },
      });
      const { client } = setup(scripted(() => new Response(stream, { headers: { 'Content-Type': 'application/json' } })), { maxResponseBytes: 10_000 });
      const e = (await rejectionOf(client.getCustomer('C001'))) as ResponseValidationError;
      expect(e.issues[0]!.code).to.equal('too_large');
      // An endless body was cut off: a bounded number of chunks was read.
      expect(pulled).to.be.below(20);
    });

    it('rejects a 42-digit amount instead of rounding it', async () => {
      const { client } = setup(scripted(() => json({ ...customer(), paidInCapital: `${'1'.repeat(42)}.05` })));
      const e = (await rejectionOf(client.getCustomer('C001'))) as ResponseValidationError;
      expect(e.issues.map((i) => i.path)).to.deep.equal(['paidInCapital']);
      expect(e.issues[0]!.message).to.contain('at most 24 digits');
    });
  });

  describe('backends that misbehave', () => {
    it('refuses a redirected POST and never follows it (redirect: manual)', async () => {
      const { client, fake } = setup(scripted(() => Response.redirect('https://evil.example/steal', 307)));
      const error = await rejectionOf(client.submitApplication(applicationInput(), { idempotencyKey: 'draft-redirect' }));
      expect(error).to.be.instanceOf(RedirectRefusedError);
      expect((error as RedirectRefusedError).location).to.equal('https://evil.example/steal');
      expect(fake.requests).to.have.length(1);
    });

    it('passes redirect: manual to fetch on writes', async () => {
      const seen: (RequestRedirect | undefined)[] = [];
      const fetch = ((_url: string, init: RequestInit) => {
        seen.push(init.redirect);
        return Promise.resolve(json({ id: 'A1' }, { status: 500 }));
      }) as unknown as typeof globalThis.fetch;
      const { client } = setup(scripted(() => json({})), { fetch, retry: false });
      await rejectionOf(client.submitApplication(applicationInput(), { idempotencyKey: 'draft-manual' }));
      expect(seen).to.deep.equal(['manual']);
    });

    it('refuses a read that a redirect took to another origin', async () => {
      const { client } = setup(
        scripted(() => {
          const response = json(customer());
          Object.defineProperty(response, 'redirected', { value: true });
          Object.defineProperty(response, 'url', { value: 'https://evil.example/api/credit/v1/customers/C001' });
          return response;
        }),
      );
      const error = await rejectionOf(client.getCustomer('C001'));
      expect(error).to.be.instanceOf(RedirectRefusedError);
      expect((error as RedirectRefusedError).endpoint).to.equal('GET /customers/{id}');
    });

    it('still follows a read redirected within the same origin', async () => {
      const { client } = setup(
        scripted(() => {
          const response = json(customer());
          Object.defineProperty(response, 'redirected', { value: true });
          Object.defineProperty(response, 'url', { value: 'https://erp.example.com/api/credit/v2/customers/C001' });
          return response;
        }),
      );
      expect((await client.getCustomer('C001')).id).to.equal('C001');
    });

    it('rejects an answer about another customer than the one asked for', async () => {
      const cases: [string, (c: ReturnType<typeof setup>['client']) => Promise<unknown>, unknown][] = [
        ['GET /customers/{id}', (c) => c.getCustomer('C001'), customer('C999')],
        ['GET /customers/{id}/warning', (c) => c.getWarning('C001'), warning('C999')],
        ['GET /customers/{id}/credit-profile', (c) => c.getCreditProfile('C001'), {
          customerId: 'C999', grade: 'AA', ratedOn: '2026-01-01', currency: 'CNY', granted: '1', termDays: 30,
          components: { openReceivables: '0' }, overdueAmount: '0', oldestOverdueDays: 0, blacklisted: false,
        }],
      ];
      for (const [endpoint, call, body] of cases) {
        const { client } = setup(scripted(() => json(body)));
        const e = (await rejectionOf(call(client))) as ResponseValidationError;
        expect(e, endpoint).to.be.instanceOf(ResponseValidationError);
        expect(e.endpoint).to.equal(endpoint);
        expect(e.issues[0]!.code).to.equal('wrong_resource');
        expect(e.message).to.contain('"C999"').and.contain('"C001"');
      }
    });

    it('accepts a policy with an unknown grade key and still rejects a bad known one', async () => {
      const policy = { ...DEFAULT_CREDIT_POLICY, limit: { ...DEFAULT_CREDIT_POLICY.limit, gradeCoefficients: { AAA: '1', 'AAA++': '5' } } };
      const ok = setup(scripted(() => json(policy)));
      expect((await ok.client.getCreditPolicy()).limit.gradeCoefficients).to.deep.equal({ AAA: '1' });
      const bad = { ...policy, limit: { ...policy.limit, gradeCoefficients: { AAA: 'one' } } };
      const e = (await rejectionOf(setup(scripted(() => json(bad))).client.getCreditPolicy())) as ResponseValidationError;
      expect(e.issues.map((i) => i.path)).to.deep.equal(['limit.gradeCoefficients.AAA']);
    });

    it('rejects 50,000 policy aging buckets at the schema, blaming the backend response', async () => {
      const agingBuckets = Array.from({ length: 50_000 }, (_, i) => ({ minDays: i + 1, maxDays: i + 1 }));
      const { client } = setup(scripted(() => json({ ...DEFAULT_CREDIT_POLICY, agingBuckets })));
      const e = (await rejectionOf(client.getCreditPolicy())) as ResponseValidationError;
      expect(e).to.be.instanceOf(ResponseValidationError);
      expect(e.message).to.match(/^Response of GET \/credit-policy breaks the contract: agingBuckets must have at most 24 entries$/);
    });

    it('ends 409 "still processing" retries with a SubmissionInProgressError (code, attempts, Retry-After)', async () => {
      const { client, fake } = setup(scripted(() => problem(409, { title: 'Conflict' }, { 'Retry-After': '1' })));
      const error = await rejectionOf(client.submitApplication(applicationInput(), { idempotencyKey: 'draft-busy' }));
      expect(error).to.be.instanceOf(SubmissionInProgressError).and.instanceOf(ApiError);
      const e = error as SubmissionInProgressError;
      expect(e.code).to.equal('submission-in-progress');
      expect(e.status).to.equal(409);
      expect(e.attempts).to.equal(3);
      expect(e.retryAfterMs).to.equal(1000);
      expect(e.message).to.contain('still processing').and.contain('same key');
      expect(fake.requests).to.have.length(3);
    });

    it('exposes Retry-After on the error a badge gets, also when it ends the retries at once', async () => {
      const { client, fake } = setup(scripted(() => problem(503, {}, { 'Retry-After': '86400' })));
      const e = (await rejectionOf(client.getWarning('C001'))) as ApiError;
      expect(e.retryAfterMs).to.equal(86_400_000);
      expect(fake.requests).to.have.length(1);
    });
  });
});
