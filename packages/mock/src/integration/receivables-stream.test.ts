// End to end: the client's bulk walk on the real mock backend (dev-only: the mock never imports the client).
import { expect } from '@open-wc/testing';
import { createClient, PaginationError, ResponseValidationError, type ReceivableBatch } from '@credit-kit/client';
import { ageReceivables, type Receivable } from '@credit-kit/core';
import { createMockBackend } from '../index.js';

const API = '/api/credit/v1';

async function collect(batches: AsyncIterable<ReceivableBatch>): Promise<ReceivableBatch[]> {
  const out: ReceivableBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

describe('streamReceivables on the mock backend', () => {
  const backend = createMockBackend({ customers: 50, receivables: 20_000 });
  const client = createClient({ baseUrl: API, fetch: backend.fetch, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const asOf = '2026-10-31';
  let unpartitioned: Receivable[];

  before(async () => {
    unpartitioned = [];
    for await (const page of client.iterateReceivables({ asOf, limit: 5_000 })) unpartitioned.push(...page.items);
  });

  it('delivers exactly the items of the plain cursor walk, each customer\'s in order, in the compact form', async () => {
    const batches = await collect(client.streamReceivables({ asOf }, { concurrency: 4, partitions: 9, pageSize: 1_500 }));
    const items = batches.flatMap((b) => b.items);
    expect(items.length).to.equal(unpartitioned.length);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.size).to.equal(items.length);
    for (const item of unpartitioned) expect(byId.get(item.id)).to.deep.equal(item);
    const order = (list: readonly Receivable[]) => list.map((i) => `${i.customerId} ${i.id}`);
    expect(order([...items].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0)))).to.deep.equal(order(unpartitioned));
    expect(batches.every((b) => b.format === 'columns' && b.partition !== undefined)).to.equal(true);
    expect(batches.at(-1)!.total).to.equal(unpartitioned.length);
  });

  it('ages the batches with core exactly as the plain walk\'s items', async () => {
    const items = (await collect(client.streamReceivables({ asOf }))).flatMap((b) => b.items);
    expect(ageReceivables(items, { asOf })).to.deep.equal(ageReceivables(unpartitioned, { asOf }));
  });

  it('gives the same items over plain JSON and unpartitioned', async () => {
    const json = (await collect(client.streamReceivables({ asOf }, { compact: false, partitions: 1, pageSize: 3_000 }))).flatMap((b) => b.items);
    expect(json).to.deep.equal(unpartitioned);
  });

  it('keeps a customer filter', async () => {
    const id = backend.dataset.customers[3]!.customer.id;
    const items = (await collect(client.streamReceivables({ customerId: id, asOf }))).flatMap((b) => b.items);
    expect(items).to.deep.equal(unpartitioned.filter((i) => i.customerId === id));
  });

  it('retries the mock\'s injected 503s and still delivers every item once', async () => {
    const flaky = createMockBackend({ customers: 50, receivables: 20_000, failureRate: 0.3, seed: 1 });
    const retrying = createClient({ baseUrl: API, fetch: flaky.fetch, retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 2 } });
    const items = (await collect(retrying.streamReceivables({ asOf }, { pageSize: 2_000 }))).flatMap((b) => b.items);
    expect(items.length).to.equal(unpartitioned.length);
    expect(new Set(items.map((i) => i.id)).size).to.equal(unpartitioned.length);
    expect(flaky.state.requests.length).to.be.greaterThan(items.length / 2_000);
  });

  it('fails with ResponseValidationError on malformed compact pages', async () => {
    const broken = createMockBackend({ customers: 50, receivables: 2_000, malformedRate: 1, malformedKind: 'wrong-shape' });
    const strict = createClient({ baseUrl: API, fetch: broken.fetch, retry: false });
    const error = await collect(strict.streamReceivables()).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(error).not.to.be.instanceOf(PaginationError);
  });
});
