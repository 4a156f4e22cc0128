import { expect } from '@open-wc/testing';
import { RECEIVABLE_PAGE_MAX_LIMIT, receivablePageSchema, type Receivable, type ReceivablePage } from '@credit-kit/core';
import { createMockBackend, type MockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';

async function walk(backend: MockBackend, query: string): Promise<{ items: Receivable[]; pages: ReceivablePage[] }> {
  const items: Receivable[] = [];
  const pages: ReceivablePage[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `${API}/receivables?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: ReceivablePage = await json<ReceivablePage>(await backend.fetch(url));
    expectValid(receivablePageSchema, page);
    pages.push(page);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 10_000);
  return { items, pages };
}

describe('GET /receivables', () => {
  const backend = createMockBackend();
  const all = Array.from({ length: backend.dataset.receivables.count }, (_, i) => backend.dataset.receivables.toWire(i));

  it('walks every item exactly once by cursor, with the total on each page', async () => {
    const { items, pages } = await walk(backend, 'limit=137');
    expect(items.map((i) => i.id)).to.deep.equal(all.map((i) => i.id));
    expect(new Set(items.map((i) => i.id)).size).to.equal(3_000);
    // 3000 = 21 × 137 + 123: 22 pages, the last one short and without a next cursor.
    expect(pages).to.have.length(22);
    expect(pages.at(-1)!.items).to.have.length(123);
    expect(pages.every((p) => p.total === 3_000)).to.equal(true);
  });

  it('uses 500 items a page by default and at most the contract\'s largest limit, 10,000', async () => {
    expect(RECEIVABLE_PAGE_MAX_LIMIT).to.equal(10_000);
    expect((await json<ReceivablePage>(await backend.fetch(`${API}/receivables`))).items).to.have.length(500);
    const big = createMockBackend({ receivables: 12_000 });
    const page = await json<ReceivablePage>(await big.fetch(`${API}/receivables?limit=100000`));
    expect(page.items).to.have.length(RECEIVABLE_PAGE_MAX_LIMIT);
    expect(page.nextCursor).to.be.a('string');
  });

  it('filters by customer', async () => {
    const id = backend.dataset.customers[4]!.customer.id;
    const { items, pages } = await walk(backend, `customerId=${id}&limit=10`);
    const expected = all.filter((i) => i.customerId === id);
    expect(expected.length).to.be.above(10);
    expect(items).to.deep.equal(expected);
    expect(pages[0]!.total).to.equal(expected.length);
    const unknown = await json<ReceivablePage>(await backend.fetch(`${API}/receivables?customerId=C999`));
    expect(unknown).to.deep.equal({ items: [], nextCursor: null, total: 0 });
  });

  it('leaves out items dated after asOf, and the last page has no next cursor', async () => {
    const asOf = '2026-06-30';
    const expected = all.filter((i) => i.documentDate <= asOf);
    expect(expected.length).to.be.within(100, 2_900);
    const { items, pages } = await walk(backend, `asOf=${asOf}&limit=250`);
    expect(items.map((i) => i.id)).to.deep.equal(expected.map((i) => i.id));
    expect(pages[0]!.total).to.equal(expected.length);
    expect(pages.every((p) => p.items.length > 0)).to.equal(true);
  });

  it('refuses a made-up cursor, a cursor of another query and bad parameters with 400 problems', async () => {
    await problem(await backend.fetch(`${API}/receivables?cursor=not-a-cursor`), 400);
    await problem(await backend.fetch(`${API}/receivables?cursor=${btoa('{"o":-4,"f":"x"}')}`), 400);
    const first = await json<ReceivablePage>(await backend.fetch(`${API}/receivables?limit=10`));
    const other = await problem(await backend.fetch(`${API}/receivables?limit=10&customerId=C001&cursor=${first.nextCursor}`), 400);
    expect(other.type).to.equal('urn:credit-kit:problem:invalid-cursor');
    await problem(await backend.fetch(`${API}/receivables?limit=0`), 400);
    await problem(await backend.fetch(`${API}/receivables?limit=ten`), 400);
    await problem(await backend.fetch(`${API}/receivables?asOf=2026-02-30`), 400);
  });

  it('pages a million items', async () => {
    const big = createMockBackend({ receivables: 1_000_000 });
    const first = await json<ReceivablePage>(await big.fetch(`${API}/receivables?limit=5000&asOf=2026-06-30`));
    const next = await json<ReceivablePage>(await big.fetch(`${API}/receivables?limit=5000&asOf=2026-06-30&cursor=${first.nextCursor}`));
    expect(first.items).to.have.length(5_000);
    expect(next.items[0]!.id > first.items.at(-1)!.id).to.equal(true);
    expect(first.total).to.be.below(1_000_000);
  });
});
