import { expect } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY, Decimal, ageReceivables, agingReportSchema, type AgingReport, type Receivable, type ReceivablePage } from '@credit-kit/core';
import { createMockBackend, type MockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';

async function allReceivables(backend: MockBackend): Promise<Receivable[]> {
  const items: Receivable[] = [];
  let cursor: string | null = null;
  do {
    const page: ReceivablePage = await json<ReceivablePage>(await backend.fetch(`${API}/receivables?limit=1000${cursor ? `&cursor=${cursor}` : ''}`));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function wholeReport(backend: MockBackend, query: string): Promise<{ rows: AgingReport['rows']; pages: AgingReport[] }> {
  const pages: AgingReport[] = [];
  let cursor: string | null = null;
  do {
    const page: AgingReport = await json<AgingReport>(await backend.fetch(`${API}/receivables/aging?${query}${cursor ? `&cursor=${cursor}` : ''}`));
    expectValid(agingReportSchema, page);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return { rows: pages.flatMap((p) => p.rows), pages };
}

describe('GET /receivables/aging', () => {
  const backend = createMockBackend();

  for (const asOf of ['2026-11-25', '2026-03-31']) {
    it(`equals core's ageReceivables over the served receivables (as of ${asOf})`, async () => {
      const expected = ageReceivables(await allReceivables(backend), { asOf, buckets: DEFAULT_CREDIT_POLICY.agingBuckets });
      const { rows, pages } = await wholeReport(backend, `asOf=${asOf}&groupBy=customer&limit=7`);

      const currencies = Object.keys(expected.currencies).sort();
      expect(currencies).to.deep.equal(['CNY', 'USD']);
      for (const page of pages) {
        expect(page.asOf).to.equal(asOf);
        expect(page.totalRows).to.equal(rows.length);
        expect(page.buckets.map((b) => b.label)).to.deep.equal(DEFAULT_CREDIT_POLICY.agingBuckets.map((b) => b.label));
        expect(page.totals).to.deep.equal(
          currencies.map((currency) => {
            const c = expected.currencies[currency]!;
            return { currency, total: c.total, overdue: c.overdue, buckets: c.buckets.map((b) => b.amount) };
          }),
        );
      }
      const expectedRows = currencies.flatMap((currency) =>
        expected.currencies[currency]!.customers.map((c) => ({ customerId: c.customerId, currency, total: c.total, overdue: c.overdue, buckets: c.buckets, oldestDueDate: c.oldestDueDate, maxDaysOverdue: c.maxDaysOverdue })),
      );
      const key = (r: { customerId: string; currency: string }) => `${r.customerId} ${r.currency}`;
      const served = rows.map(({ customerId, currency, total, overdue, buckets, oldestDueDate, maxDaysOverdue }) => ({ customerId, currency, total, overdue, buckets, oldestDueDate, maxDaysOverdue }));
      expect(served.map(key)).to.deep.equal(served.map(key).sort());
      expect([...served].sort((a, b) => key(a).localeCompare(key(b)))).to.deep.equal([...expectedRows].sort((a, b) => key(a).localeCompare(key(b))));
    });
  }

  it('has bucket amounts summing exactly to each row\'s total, and rows carrying salesperson and region', async () => {
    const { rows } = await wholeReport(backend, 'limit=500');
    expect(rows.length).to.be.above(40);
    for (const row of rows) {
      expect(row.buckets.reduce((sum, b) => sum.plus(b), new Decimal(0)).toFixed(2)).to.equal(row.total);
      expect(row.salesperson).to.be.a('string');
      expect(row.region).to.be.a('string');
    }
  });

  it('refuses another grouping and a cursor of another as-of date', async () => {
    await problem(await backend.fetch(`${API}/receivables/aging?groupBy=region`), 400);
    const page = await json<AgingReport>(await backend.fetch(`${API}/receivables/aging?limit=5`));
    await problem(await backend.fetch(`${API}/receivables/aging?limit=5&asOf=2026-01-01&cursor=${page.nextCursor}`), 400);
  });

  it('reports an empty portfolio with no rows and no totals', async () => {
    const empty = createMockBackend({ receivables: 0 });
    const report = await json<AgingReport>(await empty.fetch(`${API}/receivables/aging`));
    expectValid(agingReportSchema, report);
    expect(report).to.include({ totalRows: 0, nextCursor: null });
    expect(report.rows).to.deep.equal([]);
    expect(report.totals).to.deep.equal([]);
    expect(report.buckets).to.have.length(7);
  });
});
