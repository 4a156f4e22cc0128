import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { computeCreditLimit, Decimal, DEFAULT_CREDIT_POLICY, pathToYes, type CreditLimitInput } from '@credit-kit/core';
import { formatMoney } from '../i18n/format.js';
import { AS_OF } from '../test-support/dates.js';
import { useMockBackend } from '../test-support/mock-client.js';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

/** Seed 1 of the mock: a CNY customer established long ago, rated A. */
const CUSTOMER_ID = 'C004';
const POLICY = DEFAULT_CREDIT_POLICY.limit;

const mock = useMockBackend({ seed: 1 });

async function mount(lang = 'en'): Promise<CkLimitCalculator> {
  const el = await fixture<CkLimitCalculator>(html`<ck-limit-calculator .client=${mock.client} customer-id=${CUSTOMER_ID} as-of=${AS_OF} lang=${lang}></ck-limit-calculator>`);
  await waitUntil(() => el.ready || el.error !== undefined, 'the calculator loads', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

async function edit(el: CkLimitCalculator, name: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#field-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const section = (el: CkLimitCalculator) => el.shadowRoot!.querySelector<HTMLElement>('[part~=path-to-yes]');
const shownOptions = (el: CkLimitCalculator) =>
  [...section(el)!.querySelectorAll<HTMLElement>('.path-option')].map((li) => ({
    lever: li.dataset.lever,
    status: li.dataset.status,
    change: li.dataset.change,
    granted: li.dataset.granted,
    text: li.textContent!.replace(/\s+/g, ' ').trim(),
  }));

/** Core's answer for the input the calculator computed with (its own `limitInput`). */
function coreAnswer(el: CkLimitCalculator) {
  return pathToYes(el.limitInput as CreditLimitInput, POLICY);
}

/** What the section must show: every option core finds that applies, with its change and recomputed granted limit. */
function expected(path: ReturnType<typeof pathToYes>) {
  return path.options
    .filter((o) => o.status !== 'not-applicable')
    .map((o) => ({ lever: o.lever, status: o.status, change: o.change, granted: o.result?.granted }));
}

describe('<ck-limit-calculator> the path to yes (issue 15 §4)', () => {
  it('shows nothing while no amount is requested or the amount is within the rule', async () => {
    const el = await mount();
    expect(section(el)).to.equal(null);
    await edit(el, 'requested', new Decimal(el.result!.maximum).div(2).toFixed(2));
    expect(section(el)).to.equal(null);
  });

  it("says what would make an amount above the rule approvable, exactly as core's pathToYes, and updates live", async () => {
    const el = await mount();
    const today = el.result!.granted;
    const requested = new Decimal(today).plus('2500000').toFixed(2);
    await edit(el, 'requested', requested);
    const path = coreAnswer(el);
    expect(path.approvable).to.equal(false);
    // Largest amount approvable today = the limit with no request, as computed by core.
    const { requested: _r, ...unasked } = el.limitInput as CreditLimitInput;
    expect(path.approvableToday).to.equal(computeCreditLimit(unasked, POLICY).granted);
    expect(section(el)!.querySelector('.path-today data')!.getAttribute('value')).to.equal(path.approvableToday);
    expect(section(el)!.querySelector('.path-intro')!.textContent).to.contain(formatMoney(path.shortfall, 'CNY', 'en'));

    const shown = shownOptions(el);
    expect(shown.map(({ text: _t, ...o }) => o)).to.deep.equal(expected(path));
    expect(shown.some((o) => o.status === 'achievable'), 'at least one way to yes').to.equal(true);
    for (const o of path.options.filter((x) => x.status === 'achievable')) {
      const line = shown.find((s) => s.lever === o.lever)!;
      // The change and its outcome, in the reader's money format.
      if (o.lever === 'grade') expect(line.text).to.contain(`A grade of ${o.change}`);
      else expect(line.text).to.contain(formatMoney(o.change!, 'CNY', 'en'));
      expect(line.text).to.contain(formatMoney(o.result!.granted, 'CNY', 'en'));
    }
    const liabilities = path.options.find((o) => o.lever === 'liabilities')!;
    if (liabilities.status === 'achievable') {
      const line = shown.find((s) => s.lever === 'liabilities')!.text;
      expect(line).to.contain(formatMoney(liabilities.to!, 'CNY', 'en'));
    }

    // Live: fewer liabilities change every figure; the section follows core again.
    const before = JSON.stringify(shown);
    const liabilitiesNow = new Decimal((el.limitInput as CreditLimitInput).totalLiabilities);
    await edit(el, 'totalLiabilities', liabilitiesNow.times('0.8').toFixed(2));
    const again = coreAnswer(el);
    if (again.approvable) expect(section(el)).to.equal(null);
    else {
      expect(shownOptions(el).map(({ text: _t, ...o }) => o)).to.deep.equal(expected(again));
      expect(JSON.stringify(shownOptions(el))).not.to.equal(before);
    }

    // Within the rule again: the section goes.
    await edit(el, 'requested', '1.00');
    expect(section(el)).to.equal(null);
  });

  it('works out the collateral a new company must pledge, and its paid-in capital, in Chinese', async () => {
    const el = await mount('zh-CN');
    // Founded this year: the granted limit rests on pledged collateral (none given: 0.00 approvable).
    await edit(el, 'establishedOn', '2026-06-01');
    await edit(el, 'paidInCapital', '100000000');
    await edit(el, 'requested', '500000');
    const path = coreAnswer(el);
    expect(path.approvableToday).to.equal('0.00');
    const collateral = path.options.find((o) => o.lever === 'collateral')!;
    expect(collateral.status).to.equal('achievable');
    const shown = shownOptions(el);
    expect(shown.map(({ text: _t, ...o }) => o)).to.deep.equal(expected(path));
    const line = shown.find((s) => s.lever === 'collateral')!.text;
    expect(line).to.contain('抵质押');
    expect(line).to.contain(formatMoney(collateral.change!, 'CNY', 'zh-CN'));
    expect(section(el)!.textContent).to.contain('如何获批');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the path shown, light and dark', async () => {
    const el = await mount();
    await edit(el, 'requested', new Decimal(el.result!.granted).plus('1000000').toFixed(2));
    expect(section(el)).not.to.equal(null);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
