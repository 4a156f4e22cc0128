import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_CREDIT_POLICY, ageReceivables, type CreditProfile, type Receivable, type ReceivableInput } from '@credit-kit/core';
import type { CkAgingTable } from './aging-table.component.js';
import type { CkAgingLoadedEvent, CkRowToggleEvent } from './aging-table.events.js';
import { recordWorkers } from '../test-support/workers.js';
import { THREE_BUCKETS, headers, mockClient, parseCsv, q, qa, reportRow, rowIds, rowTexts, settled, tableWith } from './test-support/table.js';
import { formatDateText, readDateField } from '../i18n/date-text.js';

const AS_OF = '2024-06-30';

/** Amounts as every widget shows them in English (issue 14 item 4): the locale's currency format, given the exact string. */
const inCurrency = (currency: string) => {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return (amount: string) => (format.format as unknown as (v: string) => string)(amount);
};
const money = inCurrency('CNY');
const usd = inCurrency('USD');

function item(id: string, customerId: string, dueDate: string, amount: string, extra: Partial<ReceivableInput> = {}): ReceivableInput {
  return { id, customerId, customerName: customerId === 'K1' ? 'Kappa' : `Name of ${customerId}`, documentDate: '2024-01-15', dueDate, amount, currency: 'CNY', ...extra };
}

/** Cells of the totals row. */
function totalsRow(el: CkAgingTable): string[] {
  return [...q(el, '[part=totals-row]').querySelectorAll('[part~=cell]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
}

/** Sorting and filtering data: four customers over three buckets, totals summed by hand. */
const FOUR = {
  asOf: AS_OF,
  buckets: THREE_BUCKETS,
  rows: [
    reportRow('K-001', 'Delta Trading', ['5.00', '30.00', '0.00'], { total: '35.00', overdue: '30.00', salesperson: '王芳', region: 'East' }),
    reportRow('K-002', 'alpha Works', ['0.00', '10.50', '2.00'], { total: '12.50', overdue: '12.50', salesperson: '李强', region: 'North' }),
    reportRow('K-003', 'Charlie Co', ['1.00', '-4.00', '0.00'], { total: '-3.00', overdue: '-4.00', salesperson: '王芳', region: 'North' }),
    reportRow('K-004', 'Bravo Ltd', ['0.00', '10.50', '100.00'], { total: '110.50', overdue: '110.50', salesperson: '李强', region: 'East' }),
  ],
};

describe('<ck-aging-table>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('shows the same totals as core ageReceivables for the mock backend\'s items (client mode, in a worker)', async () => {
    const { client, backend } = mockClient({ seed: 11, customers: 40, receivables: 3000, asOf: '2026-11-25' });
    const asOf = '2026-11-25';
    const el = document.createElement('ck-aging-table') as CkAgingTable;
    el.setAttribute('as-of', asOf);
    el.client = client;
    const loaded = oneEvent(el, 'ck-aging-loaded') as Promise<CkAgingLoadedEvent>;
    const workers = recordWorkers();
    document.body.append(el);
    try {
      const event = await loaded;
      await settled(el);
      expect(workers.aged, 'aged in a worker').to.equal(true);
      // Expected: the same items fetched independently and aged with core by the policy's buckets.
      const items: Receivable[] = [];
      for await (const page of client.iterateReceivables({ asOf })) items.push(...page.items);
      const core = ageReceivables(items, { asOf, buckets: DEFAULT_CREDIT_POLICY.agingBuckets, includeItems: false });
      const cny = core.currencies.CNY!;
      expect(el.currency).to.equal('CNY'); // the policy's currency
      expect(event.detail).to.deep.equal({ asOf, currency: 'CNY', customers: cny.customers.length, items: cny.itemCount, currencies: Object.keys(core.currencies) });
      expect(totalsRow(el).slice(1, 10)).to.deep.equal([...cny.buckets.map((b) => money(b.amount)), money(cny.total), money(cny.overdue)]);
      // Every customer row, exactly: the CSV carries the amounts as they are.
      const records = parseCsv((await el.toCsv()).slice(1));
      const byId = new Map(records.slice(1).map((r) => [r[0], r]));
      expect(byId.size).to.equal(cny.customers.length);
      for (const customer of cny.customers) {
        const record = byId.get(customer.customerId)!;
        expect(record.slice(5, 5 + 9), customer.customerId).to.deep.equal([...customer.buckets, customer.total, customer.overdue]);
        expect(record[14]).to.equal(customer.oldestDueDate);
        expect(record[15]).to.equal(String(customer.maxDaysOverdue));
      }
      expect(backend.hits('GET /credit-policy')).to.equal(1);
      // The summary's overdue ratio is overdue ÷ total, one decimal.
      const ratio = Number(cny.overdue) / Number(cny.total);
      expect(q(el, '[part=summary]').textContent).to.include(`${(Math.round(ratio * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`);
    } finally {
      workers.restore();
      el.remove();
    }
  });

  it('puts items due exactly 0, 1, 30 and 31 days before the as-of date in the right buckets', async () => {
    // As of 30 June 2024: due 30 Jun = 0 days (not due), 29 Jun = 1, 31 May = 30 (June has 30 days), 30 May = 31.
    const items = [
      item('I1', 'A', '2024-06-30', '10.00'),
      item('I2', 'B', '2024-06-29', '20.00'),
      item('I3', 'C', '2024-05-31', '30.00'),
      item('I4', 'D', '2024-05-30', '40.00'),
    ];
    const el = await tableWith({ items }, `as-of=${AS_OF}`);
    expect(headers(el).slice(0, 4)).to.deep.equal(['Customer', 'Not due', '1–30 days', '31–60 days']);
    const rows = rowTexts(el);
    expect(rows.map((r) => r.slice(1, 4))).to.deep.equal([
      [money('10.00'), money('0.00'), money('0.00')],
      [money('0.00'), money('20.00'), money('0.00')],
      [money('0.00'), money('30.00'), money('0.00')],
      [money('0.00'), money('0.00'), money('40.00')],
    ]);
    // Max days overdue column: 0, 1, 30, 31.
    expect(rows.map((r) => r[11])).to.deep.equal(['0', '1', '30', '31']);
    expect(totalsRow(el).slice(1, 4)).to.deep.equal([money('10.00'), money('50.00'), money('40.00')]);
  });

  it('never adds currencies: a tab per currency, each with its own rows and totals', async () => {
    const items = [
      item('I1', 'X', '2024-06-01', '100.00'),
      item('I2', 'X', '2024-06-01', '7.00', { currency: 'USD' }),
      item('I3', 'Y', '2024-06-01', '3.00', { currency: 'USD' }),
    ];
    const el = await tableWith({ items }, `as-of=${AS_OF}`);
    const tabs = qa(el, '[role=tab]');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).to.deep.equal([['CNY', 'true'], ['USD', 'false']]);
    expect(rowIds(el)).to.deep.equal(['X']);
    expect(totalsRow(el)[8]).to.equal(money('100.00')); // total column (after 7 buckets)
    tabs[1]!.click();
    await settled(el);
    expect(el.currency).to.equal('USD');
    expect(rowIds(el)).to.deep.equal(['X', 'Y']);
    expect(rowTexts(el).map((r) => r[8])).to.deep.equal([usd('7.00'), usd('3.00')]);
    expect(totalsRow(el)[8]).to.equal(usd('10.00')); // 7 + 3, never 107 or 110
    expect(q(el, '[part=summary]').textContent).to.include(usd('10.00'));
  });

  it('sorts by a bucket column and by name, both ways, with aria-sort (click and sortBy)', async () => {
    const el = await tableWith({ report: FOUR });
    const header = (label: string) => qa(el, '[part~=header-cell]').find((c) => c.textContent!.includes(label))!;
    expect(header('1–30').hasAttribute('aria-sort')).to.equal(false);
    // The first sort on an amount column puts the largest first (issue 14 item 14).
    header('1–30').click();
    await settled(el);
    // 1–30: A 30.00, B 10.50, D 10.50 (tie keeps row order), C −4.00.
    expect(rowIds(el)).to.deep.equal(['K-001', 'K-002', 'K-004', 'K-003']);
    expect(header('1–30').getAttribute('aria-sort')).to.equal('descending');
    header('1–30').click();
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['K-003', 'K-002', 'K-004', 'K-001']);
    expect(header('1–30').getAttribute('aria-sort')).to.equal('ascending');
    // Names start A to Z.
    header('Customer').click();
    await settled(el);
    expect(header('Customer').getAttribute('aria-sort')).to.equal('ascending');
    await el.sortBy('customer', 'ascending');
    // Names, case-insensitive: alpha Works, Bravo Ltd, Charlie Co, Delta Trading.
    expect(rowIds(el)).to.deep.equal(['K-002', 'K-004', 'K-003', 'K-001']);
    expect(header('Customer').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('1–30').hasAttribute('aria-sort')).to.equal(false);
    await el.sortBy('customer', 'descending');
    expect(rowIds(el)).to.deep.equal(['K-001', 'K-003', 'K-004', 'K-002']);
    await el.sortBy('total', 'descending');
    expect(rowIds(el)).to.deep.equal(['K-004', 'K-001', 'K-002', 'K-003']); // 110.50, 35.00, 12.50, −3.00
  });

  it('filters by search, only overdue, bucket, salesperson and region, with the totals of what is shown', async () => {
    const el = await tableWith({ report: FOUR });
    const search = q<HTMLInputElement>(el, '#search');
    search.value = 'bra';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowIds(el).length === 1, 'search applies');
    expect(rowIds(el)).to.deep.equal(['K-004']);
    search.value = 'k-003';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowIds(el)[0] === 'K-003', 'search by code');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowIds(el).length === 4, 'search cleared');

    const overdue = q<HTMLInputElement>(el, '#only-overdue');
    overdue.click();
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['K-001', 'K-002', 'K-004']); // C's overdue is −4.00
    // Totals of A + B + D: not due 5.00; 1–30 30 + 10.50 + 10.50 = 51.00; over 30 2 + 100 = 102.00; total 158.00; overdue 153.00.
    expect(totalsRow(el).slice(1, 6)).to.deep.equal([money('5.00'), money('51.00'), money('102.00'), money('158.00'), money('153.00')]);
    expect(q(el, '.filters + .notice').textContent).to.equal('3 of 4 customers shown');
    overdue.click();

    const bucket = q<HTMLSelectElement>(el, '#bucket');
    bucket.value = '2';
    bucket.dispatchEvent(new Event('change'));
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['K-002', 'K-004']); // non-zero "Over 30"
    bucket.value = '';
    bucket.dispatchEvent(new Event('change'));

    const salesperson = q<HTMLSelectElement>(el, '#salesperson');
    expect([...salesperson.options].map((o) => o.value)).to.have.members(['', '王芳', '李强']);
    salesperson.value = '王芳';
    salesperson.dispatchEvent(new Event('change'));
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['K-001', 'K-003']);
    const region = q<HTMLSelectElement>(el, '#region');
    region.value = 'North';
    region.dispatchEvent(new Event('change'));
    await settled(el);
    expect(rowIds(el)).to.deep.equal(['K-003']);
    q<HTMLButtonElement>(el, '.filters > button').click();
    await settled(el);
    expect(rowIds(el).length).to.equal(4);
    await el.setFilter({ region: 'North' });
    expect(rowIds(el)).to.deep.equal(['K-002', 'K-003']);
  });

  describe('expanded rows and the keyboard', () => {
    const collection = { reminderDaysBeforeDue: 7, letterAfterDays: 0, escalateAfterDays: 30, legalAfterDays: 90 };
    // As of 30 June 2024: I1 due in 10 days, I2 in 5, I3 today, I4 30 days ago (31 May), I5 and I6 90 days ago (1 April).
    const items = [
      item('I1', 'K1', '2024-07-10', '100.00'),
      item('I2', 'K1', '2024-07-05', '200.00'),
      item('I3', 'K1', '2024-06-30', '300.00'),
      item('I4', 'K1', '2024-05-31', '400.00', { documentNumber: 'INV-4' }),
      item('I5', 'K1', '2024-04-01', '500.00'),
      item('I6', 'K1', '2024-04-01', '600.00', { disputed: true }),
      item('I7', 'K2', '2024-06-20', '50.00'),
    ];

    it('expands and collapses a customer with Enter, shows each item\'s stage, and moves with the arrow keys', async () => {
      const el = await tableWith({ items, collection }, `as-of=${AS_OF}`);
      const grid = q(el, '[role=grid]');
      expect(grid.getAttribute('aria-rowcount')).to.equal('4'); // header, 2 customers, totals
      const first = q(el, '[data-row="2"][data-col="0"]');
      expect(first.getAttribute('tabindex')).to.equal('-1');
      expect(q(el, '[data-row="1"][data-col="0"]').getAttribute('tabindex')).to.equal('0'); // roving tab stop starts on the header
      first.focus();
      const toggled = oneEvent(el, 'ck-row-toggle') as Promise<CkRowToggleEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({ customerId: 'K1', currency: 'CNY', expanded: true });
      await waitUntil(() => qa(el, '[part~=item-row]').length === 6 && !q(el, '[part~=item-row]').textContent!.includes('Loading'), 'items load');
      expect(grid.getAttribute('aria-rowcount')).to.equal('10');
      expect(q(el, '[data-row="2"] .toggle').getAttribute('aria-expanded')).to.equal('true');
      const itemRows = qa(el, '[part~=item-row]').sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
      expect(itemRows.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['3', '4', '5', '6', '7', '8']);
      // Oldest due first; stage by the thresholds; the disputed item is on hold, not sued.
      const stages = itemRows.map((r) => r.querySelector('[data-col="12"]')!.textContent!.trim());
      expect(stages).to.deep.equal(['Legal action', 'On hold: disputed', 'Escalated', 'Collection letter', 'Reminder due', 'Not due']);
      expect(itemRows.map((r) => r.querySelector('[data-col="0"] .ident')!.textContent)).to.deep.equal(['I5', 'I6', 'INV-4', 'I3', 'I2', 'I1']);
      expect(itemRows[1]!.querySelector('.tag.disputed')!.textContent).to.equal('Disputed');
      expect(itemRows[2]!.querySelector('[data-col="11"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Days overdue: 30');
      // The 400.00 item (30 days) sits in 1–30, the 500.00 (90 days) in 61–90.
      expect(itemRows[2]!.querySelector('[data-col="2"]')!.textContent!.trim()).to.equal(money('400.00'));
      expect(itemRows[0]!.querySelector('[data-col="4"]')!.textContent!.trim()).to.equal(money('500.00'));

      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-row="3"][data-col="0"]'));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-row="3"][data-col="1"]'));
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement!.getAttribute('data-col')).to.equal('15');
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot!.activeElement!.getAttribute('data-col')).to.equal('0');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      expect(el.shadowRoot!.activeElement!.closest('[part~=totals-row]')).to.exist;
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      expect(el.shadowRoot!.activeElement!.getAttribute('role')).to.equal('columnheader');
      await sendKeys({ press: 'PageDown' });
      expect(Number(el.shadowRoot!.activeElement!.getAttribute('data-row'))).to.be.greaterThan(2);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(q(el, '[data-row="2"][data-col="0"]'));
      // Exactly one tab stop in the grid.
      expect(qa(el, '[role=grid] [tabindex="0"]').length).to.equal(1);

      const collapsed = oneEvent(el, 'ck-row-toggle') as Promise<CkRowToggleEvent>;
      await sendKeys({ press: 'Space' });
      expect((await collapsed).detail.expanded).to.equal(false);
      await el.updateComplete;
      expect(qa(el, '[part~=item-row]').length).to.equal(0);
      expect(grid.getAttribute('aria-rowcount')).to.equal('4');
    });

    it('is accessible loaded and expanded, in English and in Chinese', async () => {
      const el = await tableWith({ items: [...items, item('I8', 'K2', '2024-06-01', '5.00', { currency: 'USD' })], collection }, `as-of=${AS_OF}`);
      await expect(el).to.be.accessible();
      await el.setExpanded('K1', true);
      await waitUntil(() => qa(el, '[part~=item-row]').length === 6, 'expanded');
      await expect(el).to.be.accessible();
      document.documentElement.lang = 'zh-CN';
      await waitUntil(() => headers(el)[0] === '客户', 'Chinese');
      await expect(el).to.be.accessible();
    });
  });

  it('switches between English and Chinese at runtime', async () => {
    const el = await tableWith({ items: [item('I1', 'K1', '2024-06-01', '10.00')] }, `as-of=${AS_OF}`);
    expect(headers(el)).to.deep.equal([
      'Customer', 'Not due', '1–30 days', '31–60 days', '61–90 days', '91–180 days', '181–365 days', 'Over 365 days',
      'Total', 'Overdue', 'Oldest due date', 'Max days overdue', 'Collection stage', 'Granted limit', 'Utilisation', 'Warning',
    ]);
    el.lang = 'zh-CN';
    await waitUntil(() => headers(el)[0] === '客户', 'switches to Chinese');
    expect(headers(el)).to.deep.equal([
      '客户', '未到期', '1–30天', '31–60天', '61–90天', '91–180天', '181–365天', '365天以上',
      '合计', '逾期', '最早到期日', '最长逾期天数', '催收阶段', '公开授信额度', '额度使用率', '预警',
    ]);
    expect(q(el, '[part=summary]').textContent).to.include('逾期率');
    expect(rowTexts(el)[0]![12]).to.equal('催收函'); // 000: "系统会自动生成催收函". 29 days overdue: letter (letter from day 0, escalated from 30)
    expect(qa(el, '[part~=export-button]').map((b) => b.textContent)).to.deep.equal(['导出 CSV', '复制']);
    el.lang = 'en';
    await waitUntil(() => headers(el)[0] === 'Customer', 'back to English');
  });

  it('shows limit, utilisation, the blacklist flag and the warning badge from host-given data', async () => {
    const profile: CreditProfile = {
      customerId: 'K-001', grade: 'A', ratedOn: '2024-01-01', currency: 'CNY', granted: '100000.00', termDays: 60,
      components: { openReceivables: '25000.00' }, overdueAmount: '0.00', oldestOverdueDays: 0, blacklisted: true,
    };
    const el = await tableWith({
      report: FOUR,
      profiles: { 'K-001': profile },
      blacklist: ['K-002'],
      warnings: { 'K-001': { customerId: 'K-001', level: 'red', signals: [] } },
    });
    const rows = rowTexts(el);
    // Columns after 3 buckets: total 4, overdue 5, oldest 6, max days 7, stage 8, limit 9, utilisation 10, warning 11.
    expect(rows[0]![9]).to.equal(money('100000.00'));
    expect(rows[0]![10]).to.equal('25%'); // 25,000 used of 100,000 granted
    expect(q(el, '[data-row="2"] .tag.blacklisted').textContent).to.equal('Blacklisted'); // from the profile
    expect(q(el, '[data-row="3"] .tag.blacklisted').textContent).to.equal('Blacklisted'); // from the blacklist property
    expect(qa(el, '[data-row="4"] .tag.blacklisted').length).to.equal(0);
    // The badge module loads the first time a row has a warning to show.
    await waitUntil(() => el.shadowRoot!.querySelector('[data-row="2"] .badge'), 'badge drawn');
    const badge = q<HTMLElement & { level?: string }>(el, '[data-row="2"] .badge');
    expect(badge.localName).to.equal('ck-warning-badge');
    await waitUntil(() => badge.level === 'red', 'badge shows the level');
    expect(rows[1]![9]).to.equal('—'); // no profile: nothing is fetched without a client
  });

  it('fetches limits and warning badges only for the rows on screen, through the client', async () => {
    const { client, backend } = mockClient({ seed: 5, customers: 200, receivables: 2000, asOf: '2026-11-25' });
    const el = await tableWith({ client }, 'as-of=2026-11-25');
    await waitUntil(() => backend.hits('GET /customers/{id}/credit-profile') > 0 && !(el.shadowRoot!.querySelector('[data-row="2"][data-col="13"]')?.textContent ?? '…').includes('…'), 'profiles of visible rows load', { timeout: 10_000 });
    const drawn = qa(el, '[part~=row]').length;
    // Once every visible row has its badge, the fetches for the screen are done: count them then.
    await waitUntil(() => qa(el, '[part~=row] .badge').length === drawn, 'badges drawn', { timeout: 10_000 });
    expect(backend.hits('GET /customers/{id}/credit-profile')).to.equal(drawn); // not one per customer (200)
    expect(backend.hits('GET /customers/{id}/credit-profile')).to.be.below(200);
    // Warnings of the visible rows come in batches, not one request per badge.
    expect(backend.hits('GET /warnings') + backend.hits('GET /customers/{id}/warning')).to.be.below(5);
    const id = q(el, '[data-row="2"] .code').textContent!;
    const expected = backend.dataset.profiles.find((p) => p.customerId === id)!;
    expect(q(el, '[data-row="2"][data-col="13"]').textContent!.trim()).to.equal(inCurrency(expected.currency)(expected.granted));
  });

  it('shows the error panel when the backend fails, and Retry recovers', async () => {
    const { client, backend } = mockClient({ customers: 10, receivables: 100, routeStatus: { 'GET /receivables': 500 } });
    const el = await tableWith({ client }, 'as-of=2026-11-25');
    expect(el.error).to.exist;
    expect(q(el, '[part=error-message]').textContent).to.equal('The server had a problem answering.');
    await expect(el).to.be.accessible();
    backend.setKnobs({ routeStatus: {} });
    q<HTMLButtonElement>(el, '[part=retry-button]').click();
    await waitUntil(() => el.ready, 'recovers');
    await settled(el);
    expect(qa(el, '[part~=row]').length).to.be.greaterThan(0);
  });

  it('shows a progress bar with items loaded of the total while fetching', async () => {
    const { client } = mockClient({ customers: 20, receivables: 3000, latencyMs: 30 });
    const el = document.createElement('ck-aging-table') as CkAgingTable;
    el.setAttribute('as-of', '2026-11-25');
    el.setAttribute('page-size', '500');
    el.client = client;
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[role=progressbar][aria-valuenow]'), 'progress with counts', { timeout: 10_000 });
      const bar = q(el, '[part=progress]');
      expect(bar.getAttribute('aria-valuemax')).to.equal('3000');
      expect(Number(bar.getAttribute('aria-valuenow')) % 500).to.equal(0);
      expect(bar.getAttribute('aria-valuetext')).to.match(/^[\d,]+ of 3,000 items loaded$/);
      await settled(el);
    } finally {
      el.remove();
    }
  });

  it('re-ages when the as-of date changes in the date picker', async () => {
    // One item due 2024-06-20: as of 30 June it is 10 days overdue (1–30); as of 10 June, not due.
    const el = await tableWith({ items: [item('I1', 'K1', '2024-06-20', '10.00')] }, `as-of=${AS_OF}`);
    expect(rowTexts(el)[0]!.slice(1, 3)).to.deep.equal([money('0.00'), money('10.00')]);
    const picker = q<HTMLInputElement>(el, '#as-of');
    expect(picker.value, 'the date in the page\'s language').to.equal(formatDateText(AS_OF, 'en'));
    expect(readDateField(picker).iso).to.equal(AS_OF);
    picker.value = '06/10/2024';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => el.loading || rowTexts(el)[0]?.[1] === money('10.00'), 'reloads');
    await settled(el);
    expect(rowTexts(el)[0]!.slice(1, 3)).to.deep.equal([money('10.00'), money('0.00')]);
  });

  it('ages on the main thread with no-worker, with the same result', async () => {
    const items = [item('I1', 'A', '2024-06-30', '10.00'), item('I2', 'B', '2024-05-30', '40.00')];
    const workers = recordWorkers();
    const el = await tableWith({ items }, `as-of=${AS_OF}&no-worker=`).finally(() => workers.restore());
    expect(workers.started, 'no worker started').to.deep.equal([]);
    expect(totalsRow(el).slice(1, 4)).to.deep.equal([money('10.00'), money('0.00'), money('40.00')]);
  });
});
