import { expect } from '@open-wc/testing';
import { customerSchema } from '@credit-kit/core';
import { createMockBackend } from './backend.js';
import { createMockFetch } from './mock-fetch.js';
import { expectValid, json, problem } from './test-support/expect-schema.js';

describe('createMockFetch', () => {
  const fetch = createMockFetch({ receivables: 20 });

  it('answers relative URLs, absolute URLs on any origin, URL objects and Request objects', async () => {
    for (const input of [
      '/api/credit/v1/customers/C001',
      'https://erp.partner.example/api/credit/v1/customers/C001',
      new URL('http://localhost:9999/api/credit/v1/customers/C001'),
      new Request('https://portal.example.cn/api/credit/v1/customers/C001'),
    ]) {
      expectValid(customerSchema, await json(await fetch(input)), String(input));
    }
    expect(fetch.backend.hits('GET /customers/{id}')).to.equal(4);
  });

  it('answers 404 problems for unknown paths under the base path and 405 for a wrong method', async () => {
    const unknown = await problem(await fetch('/api/credit/v1/suppliers'), 404);
    expect(unknown.detail).to.contain('/suppliers');
    const wrongMethod = await fetch('/api/credit/v1/customers/C001', { method: 'DELETE' });
    await problem(wrongMethod.clone(), 405);
    expect(wrongMethod.headers.get('Allow')).to.equal('GET');
    expect(fetch.backend.hits('unmatched')).to.equal(2);
  });

  it('never goes to the network: anything outside the base path is a clear 404', async () => {
    // A real fetch of this reserved name would fail with a network error instead.
    const outside = await problem(await fetch('https://nowhere.invalid/other/path'), 404);
    expect(outside.type).to.equal('urn:credit-kit:problem:outside-mock');
    expect(outside.detail).to.contain('/api/credit/v1');
  });

  it('honours basePath, as a path or as a full URL for one origin', async () => {
    const custom = createMockFetch({ receivables: 10, basePath: '/erp/credit/' });
    await json(await custom('/erp/credit/credit-policy'));
    await problem(await custom('/api/credit/v1/credit-policy'), 404);
    const pinned = createMockFetch({ receivables: 10, basePath: 'https://erp.example.com/api/credit/v1' });
    await json(await pinned('https://erp.example.com/api/credit/v1/credit-policy'));
    expect((await problem(await pinned('https://other.example.com/api/credit/v1/credit-policy'), 404)).type).to.equal('urn:credit-kit:problem:outside-mock');
  });

  it('rejects with an AbortError when the signal is aborted, before or during the latency', async () => {
    // A latency longer than the test's own timeout: only an honoured abort lets the test end.
    const slow = createMockFetch({ receivables: 10, latencyMs: 600_000 });
    const before = new AbortController();
    before.abort();
    let error: unknown = await slow('/api/credit/v1/credit-policy', { signal: before.signal }).catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');

    const during = new AbortController();
    const pending = slow('/api/credit/v1/credit-policy', { signal: during.signal }).catch((e: unknown) => e);
    setTimeout(() => during.abort(), 20);
    error = await pending;
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('shares an existing backend when given one', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const shared = createMockFetch(backend);
    expect(shared.backend).to.equal(backend);
    await shared('/api/credit/v1/credit-policy');
    expect(backend.hits('GET /credit-policy')).to.equal(1);
  });
});
