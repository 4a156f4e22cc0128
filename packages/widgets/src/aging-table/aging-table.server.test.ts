import { expect, waitUntil } from '@open-wc/testing';
import { ageReceivables, type Receivable } from '@credit-kit/core';
import { mockClient, q, qa, rowIds, settled, tableWith } from './test-support/table.js';

const AS_OF = '2026-11-25';
/** Amounts as every widget shows them in English: the locale's currency format, given the exact string. */
const en2 = new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' });
const money = (amount: string) => (en2.format as unknown as (v: string) => string)(amount);

describe('<ck-aging-table mode="server">', () => {
  it('pages through the host\'s aging report: first page, Load more, more on scroll; totals from the report', async () => {
    const options = { seed: 4, customers: 200, receivables: 3000 };
    const { client, backend } = mockClient(options);
    // Expected values come from a twin backend (same seed, same data), so the hit counts stay the table's.
    const twin = mockClient(options).client;
    const el = await tableWith({ client }, `mode=server&as-of=${AS_OF}&page-size=50`);
    expect(backend.hits('GET /receivables/aging')).to.equal(1);
    expect(backend.hits('GET /receivables')).to.equal(0); // no item is fetched to aggregate
    const first = await twin.getAgingReport({ asOf: AS_OF, limit: 50 });
    expect(rowIds(el).length).to.be.above(0);
    expect(q(el, '.more').textContent).to.include(`50 of ${first.totalRows} rows loaded`);

    // Totals are the whole report's — and they are core's aging of every item, worked out here.
    const items: Receivable[] = [];
    for await (const page of twin.iterateReceivables({ asOf: AS_OF })) items.push(...page.items);
    const core = ageReceivables(items, { asOf: AS_OF, includeItems: false }).currencies.CNY!;
    const totals = [...q(el, '[part=totals-row]').querySelectorAll('[part~=cell]')].map((c) => c.textContent!.trim());
    expect(totals.slice(1, 10)).to.deep.equal([...core.buckets.map((b) => money(b.amount)), money(core.total), money(core.overdue)]);
    // Not everything is loaded and the report has two currencies: the full row count is unknown.
    expect(q(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('-1');

    q<HTMLButtonElement>(el, '[part=load-more-button]').click();
    await waitUntil(() => backend.hits('GET /receivables/aging') === 2 && q(el, '.more').textContent!.includes('100 of'), 'second page');
    await settled(el);

    // Scrolling near the end loads the rest, page by page.
    const scroller = q(el, '.scroller');
    while (el.shadowRoot!.querySelector('[part=load-more-button]')) {
      const before = backend.hits('GET /receivables/aging');
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await waitUntil(() => backend.hits('GET /receivables/aging') > before || !el.shadowRoot!.querySelector('[part=load-more-button]'), 'loads on scroll');
      await settled(el);
    }
    expect(backend.hits('GET /receivables/aging')).to.equal(Math.ceil(first.totalRows / 50));
    expect(q(el, '.more').textContent).to.include(`${first.totalRows} of ${first.totalRows} rows loaded`);
    await el.updateComplete;
    expect(el.rowCount).to.equal(core.customers.length);
    expect(q(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(core.customers.length + 2));
    const csv = await el.toCsv();
    expect(csv.split('\r\n').filter(Boolean).length - 1).to.equal(core.customers.length);
  });

  it('expands a row by fetching that customer\'s items, and sorts the loaded rows', async () => {
    const { client, backend } = mockClient({ seed: 4, customers: 30, receivables: 1000 });
    const el = await tableWith({ client }, `mode=server&as-of=${AS_OF}&page-size=500`);
    const id = rowIds(el)[0]!;
    const before = el.rowCount;
    await el.setExpanded(id, true);
    await waitUntil(() => qa(el, '[part~=item-row]').length > 0 && !q(el, '[part~=item-row]').textContent!.includes('Loading'), 'items');
    expect(backend.state.requests.some((r) => r.route === 'GET /receivables' && new URL(r.url).searchParams.get('customerId') === id)).to.equal(true);
    const items: Receivable[] = [];
    for await (const page of client.iterateReceivables({ customerId: id, asOf: AS_OF })) items.push(...page.items.filter((i) => i.currency === 'CNY'));
    expect(el.rowCount - before).to.equal(ageReceivables(items, { asOf: AS_OF }).items.length);
    await el.setExpanded(id, false);
    await el.sortBy('total', 'descending');
    const shown = qa(el, '[part~=row] [data-col="8"]').map((c) => Number(c.textContent!.replace(/[^\d.-]/g, '')));
    expect(shown).to.deep.equal([...shown].sort((a, b) => b - a));
    await expect(el).to.be.accessible();
  });
});
