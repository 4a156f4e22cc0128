import { expect } from '@open-wc/testing';
import { evaluateWarning, warningListSchema, warningStatusSchema, type WarningList, type WarningStatus } from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const RANK = { none: 0, yellow: 1, orange: 2, red: 3 } as const;

describe('GET /customers/{id}/warning', () => {
  const backend = createMockBackend({ receivables: 100 });

  it('serves the signals with the level core evaluates from them on the as-of date', async () => {
    for (const seed of backend.dataset.customers) {
      const status = await json<WarningStatus>(await backend.fetch(`${API}/customers/${seed.customer.id}/warning`));
      expectValid(warningStatusSchema, status);
      expect(status.signals).to.deep.equal(backend.dataset.signals[seed.index]);
      const expected = evaluateWarning(
        status.signals.map(({ code, severity, raisedOn, releasedOn }) => ({ code, severity, raisedOn, ...(releasedOn ? { releasedOn } : {}) })),
        { asOf: '2026-11-25' },
      ).level;
      expect(status.level, seed.customer.id).to.equal(expected);
    }
  });

  it('sends an ETag and answers 304 without a body to a matching If-None-Match', async () => {
    const url = `${API}/customers/C003/warning`;
    const first = await backend.fetch(url);
    const etag = first.headers.get('ETag')!;
    expect(etag).to.match(/^"[0-9a-f]{16}"$/);
    expect(await backend.fetch(url).then((r) => r.headers.get('ETag'))).to.equal(etag);

    const notModified = await backend.fetch(url, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).to.equal(304);
    expect(notModified.headers.get('ETag')).to.equal(etag);
    expect(await notModified.text()).to.equal('');
    expect((await backend.fetch(url, { headers: { 'If-None-Match': `"old", W/${etag}` } })).status).to.equal(304);
    expect((await backend.fetch(url, { headers: { 'If-None-Match': '"0000000000000000"' } })).status).to.equal(200);
    // Another customer's status is another version.
    expect((await backend.fetch(`${API}/customers/C004/warning`, { headers: { 'If-None-Match': etag } })).status).to.equal(200);
  });
});

describe('GET /warnings', () => {
  const backend = createMockBackend({ receivables: 100 });
  const list = async (query: string) => {
    const body = await json<WarningList>(await backend.fetch(`${API}/warnings?${query}`));
    expectValid(warningListSchema, body);
    return body;
  };

  it('looks up a batch of customers by repeated or comma-separated customerId, leaving out unknown ids', async () => {
    const repeated = await list('customerId=C005&customerId=C002&customerId=C999&customerId=C005');
    expect(repeated.items.map((i) => i.customerId)).to.deep.equal(['C005', 'C002']);
    expect(repeated.items[0]!.customerName).to.equal(backend.dataset.customerById.get('C005')!.customer.name);
    const commas = await list('customerId=C005,C002');
    expect(commas).to.deep.equal(repeated);
    const single = await json<WarningStatus>(await backend.fetch(`${API}/customers/C002/warning`));
    expect(repeated.items[1]).to.deep.equal({ ...single, customerName: backend.dataset.customerById.get('C002')!.customer.name });
  });

  it('keeps customers at or above level, and everyone without a filter', async () => {
    const everyone = await list('');
    expect(everyone.items).to.have.length(40);
    for (const level of ['none', 'yellow', 'orange', 'red'] as const) {
      const filtered = await list(`level=${level}`);
      const expected = everyone.items.filter((i) => RANK[i.level!] >= RANK[level]).map((i) => i.customerId);
      expect(filtered.items.map((i) => i.customerId), level).to.deep.equal(expected);
    }
    expect((await list('level=red')).items.length).to.be.above(0);
    await problem(await backend.fetch(`${API}/warnings?level=purple`), 400);
  });

  it('counts every call, so a page of badges can be checked for batching', async () => {
    const fresh = createMockBackend({ receivables: 10 });
    const ids = fresh.dataset.customers.map((c) => c.customer.id);
    await Promise.all(ids.map((id) => fresh.fetch(`${API}/customers/${id}/warning`)));
    await fresh.fetch(`${API}/warnings?${ids.map((id) => `customerId=${id}`).join('&')}`);
    expect(fresh.hits('GET /customers/{id}/warning')).to.equal(40);
    expect(fresh.hits('GET /warnings')).to.equal(1);
  });
});
