import { expect } from '@open-wc/testing';
import type { Receivable, ReceivablePage } from '@credit-kit/core';
import { PaginationError, ResponseValidationError } from './errors.js';
import { json } from './test-support/fake-fetch.js';
import { rejectionOf, setup } from './test-support/setup.js';

function item(n: number): Receivable {
  return {
    id: `R${n}`,
    customerId: 'C001',
    documentDate: '2026-09-01',
    dueDate: '2026-10-01',
    amount: `${n}00.00`,
    currency: 'CNY',
  };
}

/** Three pages: cursors "p2" and "p3" lead on; the third ends with null. */
const PAGES: Record<string, ReceivablePage> = {
  '': { items: [item(1), item(2)], nextCursor: 'p2', total: 5 },
  p2: { items: [item(3), item(4)], nextCursor: 'p3', total: 5 },
  p3: { items: [item(5)], nextCursor: null, total: 5 },
};

describe('receivables', () => {
  it('iterates every page by cursor, keeping the other query parameters', async () => {
    const { client, fake } = setup((request) => json(PAGES[new URL(request.url).searchParams.get('cursor') ?? '']));
    const seen: string[] = [];
    for await (const page of client.iterateReceivables({ customerId: 'C001', asOf: '2026-11-25', limit: 2 })) {
      seen.push(...page.items.map((i) => i.id));
    }
    expect(seen).to.deep.equal(['R1', 'R2', 'R3', 'R4', 'R5']);
    const queries = fake.requests.map((r) => new URL(r.url).search);
    expect(queries).to.deep.equal([
      '?customerId=C001&asOf=2026-11-25&limit=2',
      '?customerId=C001&asOf=2026-11-25&cursor=p2&limit=2',
      '?customerId=C001&asOf=2026-11-25&cursor=p3&limit=2',
    ]);
  });

  it('stops with ResponseValidationError when the host repeats a cursor', async () => {
    const { client } = setup(() => json({ items: [item(1)], nextCursor: 'same' }));
    const pages: ReceivablePage[] = [];
    const e = await rejectionOf(
      (async () => {
        for await (const page of client.iterateReceivables()) pages.push(page);
      })(),
    );
    expect(e).to.be.instanceOf(ResponseValidationError);
    expect((e as ResponseValidationError).issues[0]!.path).to.equal('nextCursor');
    // Page 1 (no cursor) and page 2 (cursor "same") arrive; page 2 names "same" again.
    expect(pages).to.have.length(2);
  });

  it('stops with PaginationError on a host that keeps sending fresh cursors with empty pages', async () => {
    let n = 0;
    const { client, fake } = setup(() => json({ items: [], nextCursor: `fresh-${n++}` }));
    const e = await rejectionOf(
      (async () => {
        for await (const _page of client.iterateReceivables()) {
          // every page is empty
        }
      })(),
    );
    expect(e).to.be.instanceOf(PaginationError);
    expect((e as PaginationError).reason).to.equal('empty_pages');
    expect(fake.requests).to.have.length(4);
  });

  it('stops with PaginationError after 10,000 pages that still point on', async () => {
    let n = 0;
    const { client, fake } = setup(() => json({ items: [item(1)], nextCursor: `fresh-${n++}` }));
    const e = await rejectionOf(
      (async () => {
        for await (const _page of client.iterateReceivables()) {
          // pages never end
        }
      })(),
    );
    expect((e as PaginationError).reason).to.equal('max_pages');
    expect(fake.requests).to.have.length(10_000);
  });

  it('stops when the caller aborts between pages', async () => {
    const controller = new AbortController();
    const { client, fake } = setup((request) => json(PAGES[new URL(request.url).searchParams.get('cursor') ?? '']));
    const e = await rejectionOf(
      (async () => {
        for await (const _page of client.iterateReceivables({}, { signal: controller.signal })) controller.abort();
      })(),
    );
    expect((e as DOMException).name).to.equal('AbortError');
    expect(fake.requests).to.have.length(1);
  });
});
