import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY } from '@credit-kit/core';
import { customer } from './test-support/fixtures.js';
import { deferred, json, problem, scripted } from './test-support/fake-fetch.js';
import { rejectionOf, setup, wait } from './test-support/setup.js';

describe('in-flight sharing', () => {
  it('makes one fetch for two concurrent identical GETs and gives both the result', async () => {
    const gate = deferred<void>();
    const { client, fake } = setup(async () => {
      await gate.promise;
      return json(customer());
    });
    const a = client.getCustomer('C001');
    const b = client.getCustomer('C001');
    await waitUntil(() => fake.requests.length === 1, 'request sent');
    gate.resolve();
    const [ra, rb] = await Promise.all([a, b]);
    expect(fake.requests).to.have.length(1);
    expect(ra).to.deep.equal(customer());
    expect(rb).to.equal(ra);
  });

  it('does not share different URLs or different headers', async () => {
    let n = 0;
    const { client, fake } = setup(
      (request) => json(customer(decodeURIComponent(request.url.split('/').pop()!))),
      { getHeaders: () => ({ Authorization: `Bearer ${++n}` }) },
    );
    await Promise.all([client.getCustomer('C001'), client.getCustomer('C001'), client.getCustomer('C002')]);
    expect(fake.requests).to.have.length(3);
  });

  it('starts afresh once the shared request has settled', async () => {
    const { client, fake } = setup(scripted(() => json(customer())));
    await client.getCustomer('C001');
    await client.getCustomer('C001');
    expect(fake.requests).to.have.length(2);
  });

  it('lets one sharer abort without aborting the other', async () => {
    const gate = deferred<void>();
    const { client, fake } = setup(async () => {
      await gate.promise;
      return json(customer());
    });
    const controller = new AbortController();
    const aborted = client.getCustomer('C001', { signal: controller.signal });
    const other = client.getCustomer('C001', { signal: new AbortController().signal });
    await waitUntil(() => fake.requests.length === 1, 'request sent');
    controller.abort();
    const e = (await rejectionOf(aborted)) as DOMException;
    expect(e.name).to.equal('AbortError');
    expect(fake.requests[0]!.signal!.aborted).to.equal(false);
    gate.resolve();
    expect(await other).to.deep.equal(customer());
    expect(fake.requests).to.have.length(1);
  });

  it('aborts the underlying fetch when every sharer has aborted, and a later caller starts anew', async () => {
    const gate = deferred<void>();
    const { client, fake } = setup(async () => {
      await gate.promise;
      return json(customer());
    });
    const first = new AbortController();
    const second = new AbortController();
    const a = client.getCustomer('C001', { signal: first.signal });
    const b = client.getCustomer('C001', { signal: second.signal });
    await waitUntil(() => fake.requests.length === 1, 'request sent');
    first.abort();
    expect(fake.requests[0]!.signal!.aborted).to.equal(false);
    second.abort();
    expect(fake.requests[0]!.signal!.aborted).to.equal(true);
    await rejectionOf(a);
    await rejectionOf(b);
    gate.resolve();
    expect(await client.getCustomer('C001')).to.deep.equal(customer());
    expect(fake.requests).to.have.length(2);
  });

  it('shares a failure too', async () => {
    const { client, fake } = setup(scripted(() => problem(404)));
    const results = await Promise.allSettled([client.getCustomer('C9'), client.getCustomer('C9')]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(fake.requests).to.have.length(1);
  });
});

describe('credit policy cache', () => {
  it('makes one call for many widgets, concurrent or not, within the TTL', async () => {
    const { client, fake } = setup(scripted(() => json(DEFAULT_CREDIT_POLICY)));
    const concurrent = await Promise.all([client.getCreditPolicy(), client.getCreditPolicy(), client.getCreditPolicy()]);
    const later = await client.getCreditPolicy();
    expect(fake.requests).to.have.length(1);
    expect(later).to.equal(concurrent[0]);
    expect(later).to.deep.equal(DEFAULT_CREDIT_POLICY);
  });

  it('calls again once the TTL has passed', async () => {
    const { client, fake } = setup(scripted(() => json(DEFAULT_CREDIT_POLICY)), { policyCacheMs: 30 });
    await client.getCreditPolicy();
    await client.getCreditPolicy();
    expect(fake.requests).to.have.length(1);
    await wait(60);
    await client.getCreditPolicy();
    expect(fake.requests).to.have.length(2);
  });

  it('can be disabled, and cleared', async () => {
    const off = setup(scripted(() => json(DEFAULT_CREDIT_POLICY)), { policyCacheMs: 0 });
    await off.client.getCreditPolicy();
    await off.client.getCreditPolicy();
    expect(off.fake.requests).to.have.length(2);

    const on = setup(scripted(() => json(DEFAULT_CREDIT_POLICY)));
    await on.client.getCreditPolicy();
    on.client.clearCache();
    await on.client.getCreditPolicy();
    expect(on.fake.requests).to.have.length(2);
  });

  it('does not cache failures', async () => {
    const { client, fake } = setup(scripted(() => problem(404), () => json(DEFAULT_CREDIT_POLICY)));
    await rejectionOf(client.getCreditPolicy());
    expect(await client.getCreditPolicy()).to.deep.equal(DEFAULT_CREDIT_POLICY);
    expect(fake.requests).to.have.length(2);
  });
});
