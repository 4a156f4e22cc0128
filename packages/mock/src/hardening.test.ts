import { expect } from '@open-wc/testing';
import { creditApplicationListSchema, type CreditApplication } from '@credit-kit/core';
import { createMockBackend } from './backend.js';
import { jsonNestingDepth } from './http/json-body.js';
import { IdempotencyStore } from './idempotency.js';
import { applicationInput, submit } from './test-support/application-input.js';
import { expectValid, json } from './test-support/expect-schema.js';

const API = '/api/credit/v1';
const stored = { status: 201, body: '{}', headers: {} };

/** Issue 16 §4: what the mock bounds, so host teams copying it do not learn the opposite. */
describe('mock bounds (issue 16)', () => {
  describe('the idempotency store', () => {
    it('forgets the least recently used key past maxKeys', () => {
      const store = new IdempotencyStore({ maxKeys: 3 });
      for (const key of ['a', 'b', 'c']) {
        store.begin(key, 'f');
        store.complete(key, stored);
      }
      expect(store.lookup('a', 'f').kind).to.equal('replay'); // a is now the most recently used
      store.begin('d', 'f');
      expect(store.size).to.equal(3);
      expect(store.lookup('b', 'f').kind).to.equal('new');
      expect(store.lookup('a', 'f').kind).to.equal('replay');
    });

    it('forgets a key ttlMs after its last use', () => {
      let now = 1_000;
      const store = new IdempotencyStore({ ttlMs: 500, now: () => now });
      store.begin('k', 'f');
      store.complete('k', stored);
      now += 499;
      expect(store.lookup('k', 'f').kind).to.equal('replay');
      now += 499; // the lookup renewed it
      expect(store.lookup('k', 'f').kind).to.equal('replay');
      now += 500;
      expect(store.lookup('k', 'f').kind).to.equal('new');
      expect(store.size).to.equal(0);
    });

    it('is bounded inside the backend by maxIdempotencyKeys', async () => {
      const backend = createMockBackend({ receivables: 10, maxIdempotencyKeys: 2 });
      const body = applicationInput(backend);
      const first = await json<CreditApplication>(await submit(backend, body, 'k1'), 201);
      await submit(backend, applicationInput(backend, 1), 'k2');
      await submit(backend, applicationInput(backend, 2), 'k3');
      // k1 was forgotten: the same key and body create a new application instead of replaying.
      const again = await json<CreditApplication>(await submit(backend, body, 'k1'), 201);
      expect(again.id).not.to.equal(first.id);
    });
  });

  describe('the application list', () => {
    it('keeps only the newest maxApplications created applications, never reusing an id', async () => {
      const backend = createMockBackend({ receivables: 10, maxApplications: 2 });
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await json<CreditApplication>(await submit(backend, applicationInput(backend, i)), 201)).id);
      expect(new Set(ids).size).to.equal(4);
      expect(backend.state.applications.map((a) => a.id)).to.deep.equal(ids.slice(2));
      expect((await backend.fetch(`${API}/credit-applications/${ids[0]}`)).status).to.equal(404);
    });

    it('pages GET /credit-applications, newest first, with defaults that return everything small', async () => {
      const backend = createMockBackend({ receivables: 10 });
      for (let i = 0; i < 3; i++) await submit(backend, applicationInput(backend, 0));
      const customerId = backend.dataset.customers[0]!.customer.id;
      const all = await json<{ items: CreditApplication[]; total: number; page: number; pageSize: number }>(
        await backend.fetch(`${API}/credit-applications?customerId=${customerId}`),
      );
      expectValid(creditApplicationListSchema, all);
      expect(all.page).to.equal(1);
      expect(all.pageSize).to.equal(100);
      expect(all.items).to.have.length(all.total);
      const walked: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
        const one = await json<{ items: CreditApplication[] }>(await backend.fetch(`${API}/credit-applications?customerId=${customerId}&page=${page}&pageSize=2`));
        expect(one.items.length).to.be.at.most(2);
        walked.push(...one.items.map((a) => a.id));
      }
      expect(walked).to.deep.equal(all.items.map((a) => a.id));
      const capped = await json<{ pageSize: number }>(await backend.fetch(`${API}/credit-applications?pageSize=100000`));
      expect(capped.pageSize).to.equal(200);
      expect((await backend.fetch(`${API}/credit-applications?page=0`)).status).to.equal(400);
    });
  });

  describe('JSON nesting', () => {
    it('counts nesting without parsing, ignoring brackets in strings, and stops early', () => {
      expect(jsonNestingDepth('{"a":[1,{"b":"[[[["}]}')).to.equal(3);
      expect(jsonNestingDepth('"\\"[["')).to.equal(0);
      expect(jsonNestingDepth('['.repeat(1_000_000), 10)).to.equal(11);
    });
  });
});
