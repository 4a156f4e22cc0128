import { expect, waitUntil } from '@open-wc/testing';
import { ageReceivables } from '@credit-kit/core';
import type { AgingReportInput, AgingRow } from './data/aging-model.js';
import type { CkAgingTable } from './aging-table.component.js';
import { recordWorkers } from '../test-support/workers.js';
import { makeReceivables } from './test-support/receivables.js';
import { THREE_BUCKETS, q, qa, settled, tableWith } from './test-support/table.js';

/** `n` customer rows; row i has i.00 not yet due (so sorting that bucket descending reverses them). */
function bigReport(n: number): AgingReportInput {
  const zero = '0.00';
  const rows: AgingRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const amount = `${i}.00`;
    rows[i] = {
      customerId: `C${String(i).padStart(7, '0')}`,
      customerName: `Customer ${i}`,
      currency: 'CNY',
      total: amount,
      overdue: zero,
      buckets: [amount, zero, zero],
      oldestDueDate: '2024-07-01',
      maxDaysOverdue: 0,
    };
  }
  return { asOf: '2024-06-30', buckets: THREE_BUCKETS, rows };
}

function renderedRows(el: CkAgingTable): HTMLElement[] {
  return qa(el, '.body [role=row]').sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

/** Whether a row is fully inside the visible body area (between the sticky header and totals rows). */
function fullyVisible(el: CkAgingTable, row: HTMLElement): boolean {
  const head = q(el, '.head').getBoundingClientRect();
  const foot = q(el, '.foot').getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.top >= head.bottom - 0.5 && box.bottom <= foot.top + 0.5;
}

describe('<ck-aging-table> at scale', () => {
  // One file for every heavy test, so they never run at the same time as each other. How long
  // the main thread's tasks take is measured by `npm run bench` (browser bench: long tasks), not here:
  // these tests check the behaviour that keeps the page responsive (work off the thread or sliced,
  // other page work getting turns) and that the result is core's.
  for (const noWorker of [false, true]) {
    it(`ages 200,000 items ${noWorker ? 'on the main thread in slices' : 'in a Web Worker'}, letting other page work run meanwhile`, async function () {
      this.timeout(120_000);
      const items = makeReceivables(200_000, 3_000);
      // A first small load warms up the page (templates, code), which is not what is measured.
      const workers = recordWorkers();
      const el = await tableWith({ items: makeReceivables(50, 10) }, `as-of=2024-06-30${noWorker ? '&no-worker=' : ''}`).finally(() => workers.restore());
      if (noWorker) expect(workers.started, 'no worker started').to.deep.equal([]);
      else expect(workers.aged, 'aged in a worker').to.equal(true);
      // Other page work keeps getting turns: a message ping-pong (timers are throttled in a background page).
      let ticks = 0;
      let pinging = true;
      const ping = new MessageChannel();
      ping.port1.onmessage = () => {
        ticks++;
        if (pinging) setTimeout(() => ping.port2.postMessage(null), 0);
      };
      ping.port2.postMessage(null);
      el.items = items;
      await waitUntil(() => el.loading, 'starts');
      await settled(el);
      pinging = false;
      // A table that ages in one task gives the ping-pong at most a turn or two.
      expect(ticks, 'other page work kept getting turns').to.be.greaterThan(2);
      // And the totals are core's.
      const core = ageReceivables(items, { asOf: '2024-06-30', includeItems: false }).currencies.CNY!;
      const csv = await el.toCsv();
      const lines = csv.split('\r\n').filter(Boolean);
      expect(lines.length - 1).to.equal(core.customers.length);
      const first = lines[1]!.split(',');
      expect(first.slice(5, 14)).to.deep.equal([...core.customers[0]!.buckets, core.customers[0]!.total, core.customers[0]!.overdue]);
    });
  }
  it('sorts and filters 100,000 rows', async () => {
    const el = await tableWith({ report: bigReport(100_000) });
    await el.sortBy('bucket-0', 'descending');
    expect(renderedRows(el)[0]!.querySelector('.name')!.textContent).to.equal('Customer 99999');
    await el.sortBy('customer', 'ascending');
    // Collated with numeric order: Customer 0, Customer 1, Customer 2, …
    expect(renderedRows(el).slice(0, 3).map((r) => r.querySelector('.name')!.textContent)).to.deep.equal(['Customer 0', 'Customer 1', 'Customer 2']);
    await el.setFilter({ search: '9999' });
    await settled(el);
    // Ids are C + 00 + i in 5 digits (names "Customer i"): "9999" is in x9999 (10 numbers) and 9999x
    // (10 numbers), 99999 being both: 19 rows.
    expect(q(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal(String(19 + 2));
  });

  it('draws only a few of 100,000 rows, with aria-rowcount for all and aria-rowindex on each, and scrolls to the last', async () => {
    const report = bigReport(100_000);
    const el = await tableWith({ report });
    const grid = q(el, '[role=grid]');
    expect(grid.getAttribute('aria-rowcount')).to.equal('100002'); // header + 100,000 + totals
    const rows = renderedRows(el);
    expect(rows.length).to.be.within(5, 40);
    expect(qa(el, '[role=row]').length).to.equal(rows.length + 2);
    expect(rows.map((r) => Number(r.getAttribute('aria-rowindex')))).to.deep.equal(rows.map((_, k) => k + 2));
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1500);

    await el.scrollToIndex(99_999);
    const last = renderedRows(el).find((r) => r.getAttribute('aria-rowindex') === '100001')!;
    expect(last, 'last row drawn').to.exist;
    expect(last.querySelector('.name')!.textContent).to.equal('Customer 99999');
    expect(fullyVisible(el, last), 'last row in view').to.equal(true);
    expect(renderedRows(el).length).to.be.below(40);

    await el.scrollToIndex(50_000, 'center');
    const middle = renderedRows(el).find((r) => r.getAttribute('aria-rowindex') === '50002')!;
    expect(middle.querySelector('.name')!.textContent).to.equal('Customer 50000');
    expect(fullyVisible(el, middle)).to.equal(true);
  });

  it('scrolls a million rows end to end in a capped, scaled scroll space', async () => {
    const el = await tableWith({ report: bigReport(1_000_000) });
    const scroller = q(el, '.scroller');
    expect(scroller.scrollHeight).to.be.below(8_100_000); // not 36,000,000 px
    expect(q(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('1000002');
    await el.scrollToIndex(999_999);
    const last = renderedRows(el).find((r) => r.getAttribute('aria-rowindex') === '1000001')!;
    expect(last.querySelector('.name')!.textContent).to.equal('Customer 999999');
    expect(fullyVisible(el, last)).to.equal(true);
    await el.scrollToIndex(654_321);
    const row = renderedRows(el).find((r) => r.getAttribute('aria-rowindex') === String(654_321 + 2))!;
    expect(row.querySelector('.name')!.textContent).to.equal('Customer 654321');
    expect(fullyVisible(el, row)).to.equal(true);
    // Dragging the scrollbar to the very end shows the last row; to the top, the first.
    // Scroll events come with rendering, which a background test page skips: dispatch them here.
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await waitUntil(() => renderedRows(el).some((r) => r.getAttribute('aria-rowindex') === '1000001'), 'bottom reached');
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    await waitUntil(() => renderedRows(el)[0]?.getAttribute('aria-rowindex') === '2', 'top reached');
  });

});
