import { expect } from '@open-wc/testing';
import { ageReceivables, type ReceivableInput } from '@credit-kit/core';
import { AgingEngine } from './aging-engine.js';
import { startAgingExecutor } from '../aging-executor.js';
import { TimeSlicer } from '../view/time-slice.js';
import { makeReceivables } from '../test-support/receivables.js';

const asOf = '2024-06-30';

/** Core's customers per currency, with the currency added: what the engine's rows must equal. */
function coreRows(items: readonly ReceivableInput[], options: { asOf: string; buckets?: { minDays?: number; maxDays?: number }[] }) {
  const result = ageReceivables(items, { ...options, includeItems: false });
  return Object.fromEntries(Object.entries(result.currencies).map(([code, c]) => [code, c.customers.map((row) => ({ ...row, currency: code }))]));
}

function stripPeople(rows: ReadonlyMap<string, readonly object[]>) {
  return Object.fromEntries([...rows].map(([code, list]) => [code, list.map((r) => {
    const { salesperson: _s, region: _r, ...rest } = r as Record<string, unknown>;
    return rest;
  })]));
}

describe('aging engine', () => {
  it('gives rows per currency with the salesperson and region from the items, and the totals of core', async () => {
    const items = makeReceivables(600, 40);
    const engine = new AgingEngine();
    engine.append(items.slice(0, 250));
    engine.append(items.slice(250));
    const outcome = await engine.age({ asOf, buckets: [{ minDays: 1, maxDays: 30 }, { minDays: 31 }] });
    const core = ageReceivables(items, { asOf, buckets: [{ minDays: 1, maxDays: 30 }, { minDays: 31 }] });
    expect(stripPeople(outcome.rows)).to.deep.equal(coreRows(items, { asOf, buckets: [{ minDays: 1, maxDays: 30 }, { minDays: 31 }] }));
    expect(outcome.summary.totals).to.deep.equal(
      Object.values(core.currencies).map((c) => ({ currency: c.currency, total: c.total, overdue: c.overdue, buckets: c.buckets.map((b) => b.amount), itemCount: c.itemCount })),
    );
    expect(outcome.summary.buckets.map((b) => b.label)).to.deep.equal(['Not due', '1–30', 'Over 30']);
    // makeReceivables gives customer c the salesperson S(c mod 7 + 1) and region REGIONS[c mod 4].
    const c5 = outcome.rows.get('CNY')!.find((r) => r.customerId === 'C000005')!;
    expect([c5.salesperson, c5.region]).to.deep.equal(['S5', 'East']);
  });

  it("lists one customer's open items on demand, oldest due first, agreeing with core item by item", async () => {
    const items = makeReceivables(400, 20);
    const engine = new AgingEngine();
    engine.append(items);
    await engine.age({ asOf });
    const rows = engine.itemsOf('C000003', 'CNY');
    const mine = items.filter((i) => i.customerId === 'C000003' && i.currency === 'CNY');
    const core = ageReceivables(mine, { asOf }).items;
    expect(rows.length).to.equal(core.length);
    const byId = new Map(core.map((i) => [i.id, i]));
    for (const row of rows) {
      const aged = byId.get(row.id)!;
      expect([row.open, row.daysOverdue, row.bucket]).to.deep.equal([aged.open, aged.daysOverdue, aged.bucket]);
      expect(row.documentNumber).to.equal(mine.find((i) => i.id === row.id)!.documentNumber);
    }
    const dues = rows.map((r) => r.dueDate);
    expect(dues).to.deep.equal([...dues].sort());
  });

  for (const noWorker of [false, true]) {
    it(`${noWorker ? 'on the main thread' : 'in a Web Worker'}: ages like core and serves item rows`, async () => {
      const executor = await startAgingExecutor({ noWorker });
      try {
        expect(executor.kind).to.equal(noWorker ? 'main-thread' : 'worker');
        const items = makeReceivables(5_000, 300);
        await executor.append(items, new TimeSlicer());
        const outcome = await executor.age({ asOf });
        expect(stripPeople(outcome.rows)).to.deep.equal(coreRows(items, { asOf }));
        const rows = await executor.itemsOf('C000010', 'USD');
        expect(rows.length).to.equal(ageReceivables(items.filter((i) => i.customerId === 'C000010'), { asOf }).items.length);
      } finally {
        executor.dispose();
      }
    });
  }

  it('reports a validation error from the worker with its name and issues', async () => {
    const executor = await startAgingExecutor();
    try {
      await executor.append([{ ...makeReceivables(1, 1)[0]!, amount: 'lots' }], new TimeSlicer());
      let error: { name?: string; issues?: { path: string }[] } = {};
      try {
        await executor.age({ asOf });
      } catch (e) {
        error = e as typeof error;
      }
      expect(error.name).to.equal('CreditKitValidationError');
      expect(error.issues![0]!.path).to.equal('items[0].amount');
    } finally {
      executor.dispose();
    }
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const executor = await startAgingExecutor({ workerUrl: new URL('./no-such-worker.js', import.meta.url) });
    expect(executor.kind).to.equal('main-thread');
  });
});
