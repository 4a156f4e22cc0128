import { expect } from '@open-wc/testing';
import {
  checkReceivableColumnsPage,
  RECEIVABLE_COLUMNS_MEDIA_TYPE,
  receivableColumnsPageSchema,
  receivablePageSchema,
  type Receivable,
  type ReceivableColumnsPage,
  type ReceivablePage,
} from '@credit-kit/core';
import { createMockBackend, type MockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const COLUMNS = { Accept: `${RECEIVABLE_COLUMNS_MEDIA_TYPE}, application/json;q=0.9` };

/** Every page of one query (as JSON, or decoded from the compact form), checked against its schema. */
async function walk(backend: MockBackend, query: string, headers: Record<string, string> = {}): Promise<{ items: Receivable[]; pages: ReceivablePage[] }> {
  const items: Receivable[] = [];
  const pages: ReceivablePage[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `${API}/receivables?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await backend.fetch(url, { headers });
    let page: ReceivablePage;
    if (headers.Accept) {
      expect(response.headers.get('Content-Type')).to.equal(RECEIVABLE_COLUMNS_MEDIA_TYPE);
      const body = await json<ReceivableColumnsPage>(response);
      expectValid(receivableColumnsPageSchema, body);
      const checked = checkReceivableColumnsPage(body);
      if (!checked.ok) expect.fail(JSON.stringify(checked.issues));
      page = checked.page;
    } else {
      page = await json<ReceivablePage>(response);
    }
    expectValid(receivablePageSchema, page);
    pages.push(page);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 10_000);
  return { items, pages };
}

describe('GET /receivables: partitions and the compact form', () => {
  const backend = createMockBackend({ customers: 60, receivables: 6_000 });
  const ids = (items: readonly Receivable[]) => items.map((i) => i.id);

  for (const parts of [1, 3, 8, 64]) {
    it(`splits the items into ${parts} disjoint parts by customer whose union is the unpartitioned walk`, async () => {
      const { items: all } = await walk(backend, 'limit=700&asOf=2026-09-30');
      expect(all.length).to.be.within(1_000, 5_999);
      const owner = new Map<string, number>();
      const union: Receivable[] = [];
      for (let k = 0; k < parts; k++) {
        const { items, pages } = await walk(backend, `limit=700&asOf=2026-09-30&partition=${k}/${parts}`);
        expect(pages.every((p) => p.partition === `${k}/${parts}`), 'every page echoes its part').to.equal(true);
        expect(pages.every((p) => p.total === items.length), 'total counts the part').to.equal(true);
        for (const item of items) {
          expect(owner.get(item.customerId) ?? k, `customer ${item.customerId} in one part`).to.equal(k);
          owner.set(item.customerId, k);
        }
        union.push(...items);
      }
      expect(new Set(ids(union)).size, 'disjoint').to.equal(union.length);
      expect([...ids(union)].sort()).to.deep.equal([...ids(all)].sort());
      // The same items, field for field, as the unpartitioned walk.
      const byId = new Map(all.map((i) => [i.id, i]));
      for (const item of union) expect(item).to.deep.equal(byId.get(item.id));
    });
  }

  it('keeps the parts the same from one walk to the next and balanced by item count', async () => {
    const first = await walk(backend, 'limit=10000&partition=2/5');
    const again = await walk(createMockBackend({ customers: 60, receivables: 6_000 }), 'limit=10000&partition=2/5');
    expect(ids(again.items)).to.deep.equal(ids(first.items));
    expect(first.items.length).to.be.within(600, 1_800);
  });

  it('narrows a customer filter to its part: the customer\'s own part has all its items, the others none', async () => {
    const id = backend.dataset.customers[7]!.customer.id;
    const { items: expected } = await walk(backend, `customerId=${id}&limit=50`);
    const counts = [];
    for (let k = 0; k < 4; k++) counts.push((await walk(backend, `customerId=${id}&limit=50&partition=${k}/4`)).items.length);
    expect(counts.filter((n) => n > 0)).to.deep.equal([expected.length]);
  });

  it('serves the compact columnar form to a client that asks for it: the same items as JSON, in fewer bytes', async () => {
    const plain = await walk(backend, 'limit=999&asOf=2026-10-31');
    const compact = await walk(backend, 'limit=999&asOf=2026-10-31', COLUMNS);
    expect(compact.items).to.deep.equal(plain.items);
    expect(compact.pages.map((p) => [p.nextCursor, p.total])).to.deep.equal(plain.pages.map((p) => [p.nextCursor, p.total]));
    const jsonBytes = (await (await backend.fetch(`${API}/receivables?limit=2000`)).text()).length;
    const columnBytes = (await (await backend.fetch(`${API}/receivables?limit=2000`, { headers: COLUMNS })).text()).length;
    expect(columnBytes * 2, `${columnBytes} vs ${jsonBytes} characters`).to.be.below(jsonBytes);
  });

  it('decodes the compact form of partitioned pages with payments and disputes to the JSON items', async () => {
    const plain = await walk(backend, 'limit=400&partition=1/3');
    const compact = await walk(backend, 'limit=400&partition=1/3', COLUMNS);
    expect(plain.items.some((i) => i.payments && i.disputed)).to.equal(true);
    expect(compact.items).to.deep.equal(plain.items);
  });

  it('answers JSON when the compact form is not asked for, or refused with q=0', async () => {
    for (const accept of ['application/json', `${RECEIVABLE_COLUMNS_MEDIA_TYPE};q=0, application/json`]) {
      const response = await backend.fetch(`${API}/receivables?limit=5`, { headers: { Accept: accept } });
      expect(response.headers.get('Content-Type')).to.equal('application/json');
      expect((await response.json()).items).to.have.length(5);
    }
  });

  it('refuses a malformed partition and a cursor of another part with 400 problems', async () => {
    for (const bad of ['3/3', '-1/3', '0/0', '1/65', 'a/b', '1', '01/3']) {
      await problem(await backend.fetch(`${API}/receivables?partition=${encodeURIComponent(bad)}`), 400);
    }
    const first = await json<ReceivablePage>(await backend.fetch(`${API}/receivables?limit=10&partition=0/2`));
    const other = await problem(await backend.fetch(`${API}/receivables?limit=10&partition=1/2&cursor=${first.nextCursor}`), 400);
    expect(other.type).to.equal('urn:credit-kit:problem:invalid-cursor');
  });
});
