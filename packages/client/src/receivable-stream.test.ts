import { expect } from '@open-wc/testing';
import {
  CreditKitValidationError,
  encodeReceivableColumns,
  RECEIVABLE_COLUMNS_MEDIA_TYPE,
  type Receivable,
} from '@credit-kit/core';
import { PaginationError, ResponseValidationError } from './errors.js';
import type { ReceivableBatch, ReceivableStreamOptions } from './receivable-stream.js';
import { json, type RecordedRequest } from './test-support/fake-fetch.js';
import { rejectionOf, setup } from './test-support/setup.js';

/** 10 customers of 1 to 10 items each: 55 items, ordered by customer then id. */
const ITEMS: Receivable[] = Array.from({ length: 10 }, (_, c) =>
  Array.from({ length: c + 1 }, (_, n): Receivable => ({
    id: `R${c}-${n}`,
    customerId: `C${String(c).padStart(3, '0')}`,
    customerName: `Customer ${c}`,
    documentDate: '2026-09-01',
    dueDate: '2026-10-01',
    amount: `${c * 100 + n}.25`,
    currency: 'CNY',
    ...(n % 3 === 0 ? { payments: [{ date: '2026-10-05', amount: '1.00' }] } : {}),
  })),
).flat();

interface FakeHostOptions {
  /** Honour `partition` (default true). */
  partitions?: boolean;
  /** Serve the compact form when asked (default true). */
  columns?: boolean;
  /** Requests from this index on never answer (they wait to be aborted). */
  hangFrom?: number;
}

/**
 * A host over `ITEMS`: parts by customer number modulo N, cursors as offsets, `total` per part.
 * Counts requests in flight, so the concurrency bound can be checked.
 */
function fakeHost(options: FakeHostOptions = {}) {
  const state = { inFlight: 0, maxInFlight: 0 };
  const handler = async (request: RecordedRequest, index = 0): Promise<Response> => {
    if (options.hangFrom !== undefined && index >= options.hangFrom) return new Promise<Response>(() => {});
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      // Let the other requests of the round start before this one answers.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      const params = new URL(request.url).searchParams;
      const partition = options.partitions === false ? null : params.get('partition');
      const [k, n] = partition ? partition.split('/').map(Number) as [number, number] : [0, 1];
      const matching = ITEMS.filter((item) => Number(item.customerId.slice(1)) % n === k);
      const offset = Number(params.get('cursor') ?? 0);
      const limit = Number(params.get('limit'));
      const items = matching.slice(offset, offset + limit);
      const nextCursor = offset + limit < matching.length ? String(offset + limit) : null;
      const page = { nextCursor, total: matching.length, ...(partition ? { partition } : {}) };
      const compact = options.columns !== false && (request.headers.get('Accept') ?? '').includes(RECEIVABLE_COLUMNS_MEDIA_TYPE);
      return compact
        ? json({ ...encodeReceivableColumns(items), ...page }, { headers: { 'Content-Type': RECEIVABLE_COLUMNS_MEDIA_TYPE } })
        : json({ items, ...page });
    } finally {
      state.inFlight--;
    }
  };
  return { state, handler };
}

async function collect(batches: AsyncIterable<ReceivableBatch>): Promise<ReceivableBatch[]> {
  const out: ReceivableBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

const ids = (items: readonly Receivable[]) => items.map((i) => i.id);
/** Items grouped by customer, in arrival order: what must match the host's order. */
function byCustomer(items: readonly Receivable[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) (out[item.customerId] ??= []).push(item.id);
  return out;
}

describe('streamReceivables', () => {
  it('walks every part with at most `concurrency` requests in flight, in the compact form: every item once', async () => {
    const host = fakeHost();
    const { client, fake } = setup(host.handler, { retry: false });
    const batches = await collect(client.streamReceivables({ asOf: '2026-11-25' }, { concurrency: 3, partitions: 5, pageSize: 4 }));
    const items = batches.flatMap((b) => b.items);
    expect([...ids(items)].sort()).to.deep.equal([...ids(ITEMS)].sort());
    expect(items.map((i) => ITEMS.find((x) => x.id === i.id))).to.deep.equal(items);
    expect(byCustomer(items)).to.deep.equal(byCustomer(ITEMS));
    expect(host.state.maxInFlight).to.equal(3);
    expect(batches.every((b) => b.format === 'columns')).to.equal(true);
    expect(new Set(batches.map((b) => b.partition))).to.deep.equal(new Set(['0/5', '1/5', '2/5', '3/5', '4/5']));
    expect(batches.at(-1)!.loaded).to.equal(55);
    expect(batches.at(-1)!.total).to.equal(55);
    // The first request goes alone (it tells whether the host splits), then parts in parallel.
    const first = new URL(fake.requests[0]!.url);
    expect(first.search).to.equal('?asOf=2026-11-25&partition=0%2F5&limit=4');
    expect(fake.requests[0]!.headers.get('Accept')).to.contain(RECEIVABLE_COLUMNS_MEDIA_TYPE);
    expect(fake.requests.every((r) => new URL(r.url).searchParams.get('asOf') === '2026-11-25')).to.equal(true);
  });

  it('asks for the contract\'s largest page and four parts per request in flight by default', async () => {
    const host = fakeHost();
    const { client, fake } = setup(host.handler, { retry: false });
    const items = (await collect(client.streamReceivables())).flatMap((b) => b.items);
    expect(items).to.have.length(55);
    const params = new URL(fake.requests[0]!.url).searchParams;
    expect([params.get('limit'), params.get('partition')]).to.deep.equal(['10000', '0/24']);
    expect(fake.requests).to.have.length(24);
  });

  it('walks once, unpartitioned, when the host ignores `partition` (no echo): never the same item twice', async () => {
    const host = fakeHost({ partitions: false });
    const { client, fake } = setup(host.handler, { retry: false });
    const batches = await collect(client.streamReceivables({}, { concurrency: 4, partitions: 8, pageSize: 10 }));
    expect(ids(batches.flatMap((b) => b.items))).to.deep.equal(ids(ITEMS));
    expect(host.state.maxInFlight).to.equal(1);
    expect(fake.requests.map((r) => new URL(r.url).searchParams.get('cursor'))).to.deep.equal([null, '10', '20', '30', '40', '50']);
    expect(batches.every((b) => b.partition === undefined && b.total === 55)).to.equal(true);
  });

  it('reads plain JSON pages when the host ignores the compact media type', async () => {
    const host = fakeHost({ columns: false });
    const { client } = setup(host.handler, { retry: false });
    const batches = await collect(client.streamReceivables({}, { partitions: 3, pageSize: 7 }));
    expect(batches.every((b) => b.format === 'json')).to.equal(true);
    expect([...ids(batches.flatMap((b) => b.items))].sort()).to.deep.equal([...ids(ITEMS)].sort());
  });

  it('does not ask for the compact form with compact: false', async () => {
    const { client, fake } = setup(fakeHost().handler, { retry: false });
    const batches = await collect(client.streamReceivables({}, { compact: false, partitions: 2 }));
    expect(batches.every((b) => b.format === 'json')).to.equal(true);
    expect(fake.requests[0]!.headers.get('Accept')).to.equal('application/json, application/problem+json');
  });

  it('stops with PaginationError after maxEmptyPages empty pages in a row that keep pointing on', async () => {
    let n = 0;
    const { client, fake } = setup(() => json({ items: [], nextCursor: `fresh-${n++}` }), { retry: false });
    const error = await rejectionOf(collect(client.streamReceivables({}, { partitions: 1, maxEmptyPages: 2 })));
    expect(error).to.be.instanceOf(PaginationError);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as PaginationError).reason).to.equal('empty_pages');
    expect((error as PaginationError).message).to.contain('3 empty pages in a row');
    expect(fake.requests).to.have.length(3);
  });

  it('stops with PaginationError after maxPages pages of a host whose cursors never end', async () => {
    let n = 0;
    const { client, fake } = setup(() => json({ items: [ITEMS[0]], nextCursor: `fresh-${n++}` }), { retry: false });
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const batch of client.streamReceivables({}, { partitions: 1, maxPages: 25 })) seen.push(...ids(batch.items));
      })(),
    );
    expect((error as PaginationError).reason).to.equal('max_pages');
    expect((error as PaginationError).limit).to.equal(25);
    expect(fake.requests).to.have.length(26);
    expect(seen).to.have.length(25);
  });

  it('stops on a repeated cursor, on more items than maxItems and on a page larger than asked', async () => {
    const loop = setup(() => json({ items: [ITEMS[0]], nextCursor: 'same' }), { retry: false });
    expect(((await rejectionOf(collect(loop.client.streamReceivables({}, { partitions: 1 })))) as PaginationError).reason).to.equal('cursor_loop');

    let n = 0;
    const many = setup(() => json({ items: ITEMS.slice(0, 10), nextCursor: `c${n++}` }), { retry: false });
    const tooMany = (await rejectionOf(collect(many.client.streamReceivables({}, { partitions: 1, maxItems: 35 })))) as PaginationError;
    expect([tooMany.reason, tooMany.limit]).to.deep.equal(['max_items', 35]);

    const big = setup(() => json({ items: ITEMS, nextCursor: null }), { retry: false });
    const tooBig = (await rejectionOf(collect(big.client.streamReceivables({}, { partitions: 1, pageSize: 50 })))) as PaginationError;
    expect([tooBig.reason, tooBig.limit]).to.deep.equal(['page_too_large', 50]);
  });

  it('refuses a page of another part, or one that stops echoing its part', async () => {
    const wrong = setup((request) => {
      const partition = new URL(request.url).searchParams.get('partition')!;
      return json({ items: [], nextCursor: null, partition: partition === '1/2' ? '0/2' : partition });
    }, { retry: false });
    const error = (await rejectionOf(collect(wrong.client.streamReceivables({}, { partitions: 2 })))) as ResponseValidationError;
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(error.issues[0]).to.deep.include({ path: 'partition', code: 'partition_mismatch' });

    const forgetful = setup((request) => {
      const partition = new URL(request.url).searchParams.get('partition')!;
      return json({ items: [], nextCursor: null, ...(partition === '0/2' ? { partition } : {}) });
    }, { retry: false });
    const forgot = (await rejectionOf(collect(forgetful.client.streamReceivables({}, { partitions: 2 })))) as ResponseValidationError;
    expect(forgot.issues[0]!.message).to.contain('only sometimes');
  });

  it('names the bad item and field of a compact page', async () => {
    const body = { ...encodeReceivableColumns(ITEMS.slice(0, 3)), nextCursor: null };
    (body.columns.amount as string[])[1] = '12,50';
    const { client } = setup(() => json(body, { headers: { 'Content-Type': `${RECEIVABLE_COLUMNS_MEDIA_TYPE}; charset=utf-8` } }), { retry: false });
    const error = (await rejectionOf(collect(client.streamReceivables({}, { partitions: 1 })))) as ResponseValidationError;
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(error.endpoint).to.equal('GET /receivables');
    expect(error.issues.map((i) => i.path)).to.deep.equal(['items[1].amount']);
  });

  it('retries a transient failure of one page and goes on', async () => {
    const host = fakeHost();
    let failed = false;
    const { client } = setup(async (request) => {
      if (!failed && new URL(request.url).searchParams.get('partition') === '2/3') {
        failed = true;
        return new Response('busy', { status: 503 });
      }
      return host.handler(request);
    });
    const items = (await collect(client.streamReceivables({}, { partitions: 3, pageSize: 5 }))).flatMap((b) => b.items);
    expect(failed).to.equal(true);
    expect([...ids(items)].sort()).to.deep.equal([...ids(ITEMS)].sort());
  });

  it('stops every request in flight when the caller aborts (a user\'s Cancel)', async () => {
    const controller = new AbortController();
    const { client, fake } = setup(fakeHost({ hangFrom: 4 }).handler, { retry: false });
    const seen: ReceivableBatch[] = [];
    const walk = (async () => {
      for await (const batch of client.streamReceivables({}, { signal: controller.signal, concurrency: 3, partitions: 10, pageSize: 1 })) seen.push(batch);
    })();
    // Request 0 (part 0, one item) and 1–3 answer; each of the three workers then hangs on one more.
    while (fake.requests.length < 7) await new Promise((resolve) => setTimeout(resolve));
    controller.abort();
    const error = await rejectionOf(walk);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(seen).to.have.length(4);
    const hanging = fake.requests.slice(4);
    expect(hanging).to.have.length(3);
    expect(hanging.every((r) => r.signal?.aborted)).to.equal(true);
    expect(fake.requests).to.have.length(7);
  });

  it('cancels the requests in flight when the loop is left early', async () => {
    const { client, fake } = setup(fakeHost({ hangFrom: 1 }).handler, { retry: false });
    for await (const batch of client.streamReceivables({}, { concurrency: 4, partitions: 8, pageSize: 1 })) {
      expect(batch.items).to.have.length(1);
      while (fake.requests.length < 4) await new Promise((resolve) => setTimeout(resolve));
      break;
    }
    const hanging = fake.requests.slice(1);
    expect(hanging.length).to.be.at.least(3);
    expect(hanging.every((r) => r.signal?.aborted)).to.equal(true);
  });

  it('checks its query and options when called, naming each bad one', () => {
    const { client } = setup(fakeHost().handler);
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as CreditKitValidationError;
      }
      throw new Error('expected a throw');
    };
    const bad = thrown(() => client.streamReceivables({}, { concurrency: 0, partitions: 65, pageSize: 10_001 } as ReceivableStreamOptions));
    expect(bad).to.be.instanceOf(CreditKitValidationError);
    expect(bad.issues.map((i) => i.path)).to.deep.equal(['concurrency', 'partitions', 'pageSize']);
    expect(thrown(() => client.streamReceivables({ asOf: '2026-02-30' })).issues[0]!.path).to.equal('asOf');
    expect(thrown(() => client.streamReceivables({ cursor: 'x' } as never)).issues[0]!.code).to.equal('unrecognized_keys');
  });
});
