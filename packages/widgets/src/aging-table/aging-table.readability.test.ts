import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CreditProfile, ReceivableInput, WarningStatus } from '@credit-kit/core';
import type { CkAgingTable } from './aging-table.component.js';
import type { CkRowToggleEvent } from './aging-table.events.js';
import { THREE_BUCKETS, headers, q, qa, reportRow, tableWith } from './test-support/table.js';

/** Issue 14: what a new user could not read (items 1, 3, 4, 8, 9, 14). */

const AS_OF = '2024-06-30';

/** The locale's currency format, given the exact string: what every widget shows (issue 14 item 4). */
function inCurrency(lang: string, currency = 'CNY'): (amount: string) => string {
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency });
  return (amount) => (format.format as unknown as (v: string) => string)(amount);
}

/** Portfolio-sized totals: hundreds of billions, the size that was cut to `217,727,56…`. */
const BIG = {
  asOf: AS_OF,
  buckets: THREE_BUCKETS,
  rows: [
    reportRow('C-000000000001', '华东精密机械有限公司', ['117727561234.56', '50000000000.00', '49999999999.99'], { total: '217727561234.55', overdue: '99999999999.99' }),
    reportRow('C-000000000002', 'Bravo Ltd', ['0.00', '-12.34', '1.00'], { total: '-11.34', overdue: '-11.34' }),
  ],
  totals: [{ currency: 'CNY', total: '217727561223.21', overdue: '99999999988.65', buckets: ['117727561234.56', '49999999987.66', '50000000000.99'] }],
};

function cellsFit(cells: readonly HTMLElement[]): string[] {
  return cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => `${c.dataset.col}: "${c.textContent!.trim()}" ${c.scrollWidth} > ${c.clientWidth}`);
}

const totalsCells = (el: CkAgingTable) => qa(el, '[part=totals-row] [part~=cell]');
const bodyCells = (el: CkAgingTable) => qa(el, '[part~=row] [part~=cell]');

describe('<ck-aging-table> readability (issue 14)', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('never cuts money: at 400 px every Total-row and body cell shows its whole amount, in English and in Chinese', async () => {
    const el = await tableWith({ report: BIG }, 'style=inline-size: 400px');
    const money = inCurrency('en');
    expect(totalsCells(el).map((c) => c.textContent!.trim()).slice(1, 6)).to.deep.equal(
      [money('117727561234.56'), money('49999999987.66'), money('50000000000.99'), money('217727561223.21'), money('99999999988.65')],
    );
    await waitUntil(() => cellsFit([...totalsCells(el), ...bodyCells(el)]).length === 0, 'columns sized to their content');
    expect(cellsFit([...totalsCells(el), ...bodyCells(el)])).to.deep.equal([]);
    // The table scrolls sideways instead: it is wider than its 400 px.
    const scroller = q(el, '.scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);

    el.lang = 'zh-CN';
    await waitUntil(() => headers(el)[0] === '客户', 'Chinese');
    expect(totalsCells(el)[4]!.textContent!.trim()).to.equal(inCurrency('zh-CN')('217727561223.21'));
    await waitUntil(() => cellsFit([...totalsCells(el), ...bodyCells(el)]).length === 0, 'columns sized for Chinese');
    expect(cellsFit([...totalsCells(el), ...bodyCells(el)])).to.deep.equal([]);
  });

  it('keeps the first column in view when scrolled sideways, and gives a cut name its full text', async () => {
    const el = await tableWith({ report: BIG }, 'style=inline-size: 400px');
    const scroller = q(el, '.scroller');
    scroller.scrollLeft = 500;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(scroller.scrollLeft).to.be.greaterThan(0);
    const left = scroller.getBoundingClientRect().left;
    for (const part of ['[part~=row]', '[part=totals-row]']) {
      const first = q(el, `${part} [data-col="0"]`);
      expect(Math.abs(first.getBoundingClientRect().left - left), part).to.be.below(1.5);
    }
    expect(q(el, '[data-row="2"] .name').getAttribute('title')).to.equal('华东精密机械有限公司 (C-000000000001)');
    // The code is an identifier: never cut.
    const code = q(el, '[data-row="2"] .code');
    expect(code.scrollWidth).to.be.at.most(code.clientWidth);
    expect(code.textContent).to.equal('C-000000000001');
  });

  it('shows long document numbers of an expanded row whole', async () => {
    const items: ReceivableInput[] = [
      { id: 'R1', customerId: 'K1', customerName: 'Kappa', documentNumber: 'INV-2026-000000012345-A', documentDate: '2024-05-01', dueDate: '2024-06-01', amount: '10.00', currency: 'CNY' },
    ];
    const el = await tableWith({ items }, `as-of=${AS_OF}&style=inline-size: 400px`);
    await el.setExpanded('K1', true);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=item-row] .ident'), 'item drawn');
    const cell = q(el, '[part~=item-row] [data-col="0"]');
    await waitUntil(() => cell.scrollWidth <= cell.clientWidth, 'first column fits the document number');
    expect(q(el, '[part~=item-row] .ident').textContent).to.equal('INV-2026-000000012345-A');
  });

  it('shows days overdue never negative: items not yet due say when they fall due, their stage still counts the days', async () => {
    const collection = { reminderDaysBeforeDue: 7, letterAfterDays: 0, escalateAfterDays: 30, legalAfterDays: 90 };
    const item = (id: string, dueDate: string): ReceivableInput => ({ id, customerId: 'K1', customerName: 'Kappa', documentDate: '2024-01-15', dueDate, amount: '10.00', currency: 'CNY' });
    const el = await tableWith({ items: [item('I1', '2024-07-10'), item('I2', '2024-07-05'), item('I3', '2024-06-30'), item('I4', '2024-06-20')], collection }, `as-of=${AS_OF}`);
    await el.setExpanded('K1', true);
    await waitUntil(() => qa(el, '[part~=item-row] .ident').length === 4, 'items');
    const rows = qa(el, '[part~=item-row]').sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
    const cell = (r: HTMLElement, col: number) => r.querySelector(`[data-col="${col}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(rows.map((r) => cell(r, 11))).to.deep.equal(['Days overdue: 10', 'Due today', 'Due in 5 days', 'Due in 10 days']);
    expect(rows.map((r) => cell(r, 12))).to.deep.equal(['Collection letter', 'Collection letter', 'Reminder due', 'Not due']);
    el.lang = 'zh-CN';
    await waitUntil(() => headers(el)[0] === '客户', 'Chinese');
    expect(cell(rows[3]!, 11)).to.equal('10天后到期');
  });

  it('says what utilisation is with no limit granted: over the limit by the whole exposure (core\'s noLimit)', async () => {
    const profile = (customerId: string, granted: string, open: string): CreditProfile => ({
      customerId, grade: 'A', ratedOn: '2024-01-01', currency: 'CNY', granted, termDays: 60,
      components: { openReceivables: open }, overdueAmount: '0.00', oldestOverdueDays: 0, blacklisted: false,
    });
    const report = { asOf: AS_OF, buckets: THREE_BUCKETS, rows: [reportRow('Z2', 'Nothing used', ['0.00', '0.00', '0.00']), reportRow('Z1', 'Zero', ['0.00', '1.00', '0.00'], { total: '1.00', overdue: '1.00' })] };
    const el = await tableWith({ report, profiles: { Z1: profile('Z1', '0.00', '13700000.00'), Z2: profile('Z2', '0.00', '0.00') } });
    const utilisation = (row: number) => q(el, `[data-row="${row}"][data-col="10"]`);
    const over = 'over the limit by the whole exposure (' + inCurrency('en')('13700000.00') + ')';
    expect(utilisation(3).textContent!.replace(/\s+/g, ' ').trim()).to.equal(`No limit granted — ${over}`);
    expect(utilisation(3).querySelector('[title]')!.getAttribute('title')).to.equal(`No limit granted — ${over}`);
    expect(utilisation(2).textContent!.trim()).to.equal('No limit granted');
    // Over by everything used: past any utilisation, first when the largest come first.
    await el.sortBy('utilisation');
    expect(q(el, '[data-row="2"] .code').textContent).to.equal('Z1');
    el.lang = 'zh-CN';
    await waitUntil(() => headers(el)[0] === '客户', 'Chinese');
    expect(utilisation(2).textContent!).to.include('未核定授信额度');
  });

  it('expands a row when the customer name is clicked, as the chevron does', async () => {
    const items: ReceivableInput[] = [{ id: 'R1', customerId: 'K1', customerName: 'Kappa', documentDate: '2024-05-01', dueDate: '2024-06-01', amount: '10.00', currency: 'CNY' }];
    const el = await tableWith({ items }, `as-of=${AS_OF}`);
    const toggled = oneEvent(el, 'ck-row-toggle') as Promise<CkRowToggleEvent>;
    q(el, '[data-row="2"] .name').click();
    expect((await toggled).detail).to.deep.equal({ customerId: 'K1', currency: 'CNY', expanded: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=item-row] .ident'), 'items shown');
    expect(q(el, '[data-row="2"] .toggle').getAttribute('aria-expanded')).to.equal('true');
    q(el, '[data-row="2"] .name').click();
    await waitUntil(() => qa(el, '[part~=item-row]').length === 0, 'collapsed');
  });

  it('clears the "Copied N rows" notice at the next interaction', async () => {
    const el = await tableWith({ report: BIG });
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async () => undefined;
    try {
      const notice = q(el, '.toolbar + .notice');
      qa<HTMLButtonElement>(el, '[part~=export-button]')[1]!.click();
      await waitUntil(() => notice.textContent === 'Copied 2 rows to the clipboard.', 'copied');
      q(el, '[data-row="2"][data-col="1"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(notice.textContent).to.equal('');
    } finally {
      clipboard.writeText = original;
    }
  });
});

/** The partner themes as the demo defines them (demo/themes.css), and which table theme each runs with (demo/portal.ts). */
const THEMES = [
  { name: 'light', theme: 'light', brand: '' },
  { name: 'dark', theme: 'dark', brand: '' },
  { name: 'Acme', theme: 'light', brand: 'brand-acme' },
  { name: 'Jade', theme: 'dark', brand: 'brand-jade' },
] as const;

describe('<ck-aging-table> themes (issue 14 item 3)', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    style.textContent = await (await fetch('/demo/themes.css')).text();
    document.head.append(style);
  });
  after(() => style.remove());

  for (const { name, theme, brand } of THEMES) {
    it(`renders its badges in its own theme and is accessible in the ${name} theme`, async () => {
      const report = { asOf: AS_OF, buckets: THREE_BUCKETS, rows: [reportRow('K1', 'Kappa', ['1.00', '2.00', '3.00'], { total: '6.00', overdue: '5.00' }), reportRow('K2', 'Lambda', ['0.00', '0.00', '7.00'], { total: '7.00', overdue: '7.00' })] };
      const warnings: Record<string, WarningStatus> = {
        K1: { customerId: 'K1', level: 'yellow', signals: [] },
        K2: { customerId: 'K2', level: 'red', signals: [] },
      };
      if (brand) document.body.classList.add(brand);
      try {
        const el = await tableWith({ report, warnings }, `theme=${theme}`);
        await waitUntil(() => qa(el, '[part~=row] .badge').length === 2, 'badges drawn');
        expect(qa(el, '[part~=row] .badge').map((b) => b.getAttribute('theme'))).to.deep.equal([theme, theme]);
        await expect(el).to.be.accessible();
      } finally {
        if (brand) document.body.classList.remove(brand);
      }
    });
  }
});
