import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { useMockBackend } from '../test-support/mock-client.js';
import { creditLimitInputOf, Decimal, pathToYes, todayIso, type CreditPolicy, type CreditProfile, type Customer, type Financials } from '@credit-kit/core';
import { formatMoney } from '../i18n/format.js';
import { defineCreditCheck, type CkCreditCheck } from './credit-check.js';

defineCreditCheck();

const mock = useMockBackend({ seed: 1, receivables: 500 });

/** Seed 1 of the mock: a CNY customer established long ago, rated A. */
const CUSTOMER_ID = 'C004';
function seeded() {
  const seed = mock.backend.dataset.customerById.get(CUSTOMER_ID)!;
  return {
    customer: seed.customer as Customer,
    financials: mock.backend.dataset.financials[seed.index] as Financials,
    profile: mock.backend.dataset.profiles[seed.index] as CreditProfile,
  };
}

const $ = <T extends Element = HTMLElement>(el: CkCreditCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const section = (el: CkCreditCheck) => $(el, '[part~=path-to-yes]');
const shownOptions = (el: CkCreditCheck) =>
  [...section(el)!.querySelectorAll<HTMLElement>('.path-option')].map((li) => ({ lever: li.dataset.lever, status: li.dataset.status, change: li.dataset.change, granted: li.dataset.granted }));

/** Core's answer for a limit of `requested`, from the seeded customer's own data (not the widget's). */
async function coreAnswer(requested: string) {
  const policy: CreditPolicy = await mock.client.getCreditPolicy();
  return pathToYes(creditLimitInputOf(seeded(), todayIso(), { requested }), policy.limit);
}
const expected = (path: Awaited<ReturnType<typeof coreAnswer>>) =>
  path.options.filter((o) => o.status !== 'not-applicable').map((o) => ({ lever: o.lever, status: o.status, change: o.change, granted: o.result?.granted }));

async function typeAmount(el: CkCreditCheck, value: string): Promise<void> {
  const amount = $<HTMLInputElement>(el, '#request-amount')!;
  amount.value = value;
  amount.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<ck-credit-check> the path to yes in the exception flow (issue 15 §4)', () => {
  it("shows, for the limit asked for, what would make it approvable under the limit rule — core's pathToYes — and follows the amount live", async () => {
    const { profile } = seeded();
    // An order well past what is available: blocked, with a shortfall.
    const order = new Decimal(profile.granted).plus('5000000').toFixed(2);
    const el = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${mock.client} customer-id=${CUSTOMER_ID} amount=${order} lang="en"></ck-credit-check>`);
    await waitUntil(() => el.ready, 'the check loads');
    await el.updateComplete;
    expect(section(el), 'nothing before the request is opened').to.equal(null);
    $(el, '[part~=request-button]')!.click();
    await waitUntil(() => section(el) !== null, 'the path to yes appears once the financials are in');

    // The limit asked for, prefilled: granted + shortfall.
    const asked = $<HTMLInputElement>(el, '#request-amount')!.value;
    let path = await coreAnswer(asked);
    expect(section(el)!.dataset.approvable).to.equal(String(path.approvable));
    expect(section(el)!.querySelector('.path-today data')!.getAttribute('value')).to.equal(path.approvableToday);

    // Above what the rule allows today: the ways to yes, each as core has them.
    const above = new Decimal(path.approvableToday).plus('3000000').toFixed(2);
    await typeAmount(el, above);
    path = await coreAnswer(above);
    expect(path.approvable).to.equal(false);
    expect(section(el)!.dataset.approvable).to.equal('false');
    expect(shownOptions(el)).to.deep.equal(expected(path));
    expect(section(el)!.textContent).to.contain(formatMoney(path.shortfall, 'CNY', 'en'));
    const achievable = path.options.filter((o) => o.status === 'achievable');
    expect(achievable.length, 'at least one way to yes').to.be.greaterThan(0);
    for (const o of achievable) {
      const line = section(el)!.querySelector<HTMLElement>(`[data-lever=${o.lever}]`)!.textContent!;
      expect(line).to.contain(formatMoney(o.result!.granted, 'CNY', 'en'));
    }

    // Within the rule: it says so, with no changes to make.
    await typeAmount(el, '1.00');
    expect(section(el)!.dataset.approvable).to.equal('true');
    expect(section(el)!.querySelectorAll('.path-option')).to.have.length(0);

    // In 万, as people type: the same answer as for the exact amount.
    const wan = new Decimal(above).div(10_000).toFixed();
    await typeAmount(el, `${wan}万`);
    expect(shownOptions(el)).to.deep.equal(expected(path));
    await expect(el).to.be.accessible();
  });

  it('speaks Chinese, and is accessible in the dark theme', async () => {
    const { profile } = seeded();
    const order = new Decimal(profile.granted).plus('90000000').toFixed(2);
    const el = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${mock.client} customer-id=${CUSTOMER_ID} amount=${order} lang="zh-CN" theme="dark"></ck-credit-check>`);
    await waitUntil(() => el.ready, 'the check loads');
    await el.updateComplete;
    $(el, '[part~=request-button]')!.click();
    await waitUntil(() => section(el) !== null, 'the path to yes appears');
    const asked = $<HTMLInputElement>(el, '#request-amount')!.value;
    const path = await coreAnswer(asked);
    expect(path.approvable).to.equal(false);
    expect(shownOptions(el)).to.deep.equal(expected(path));
    expect(section(el)!.textContent).to.contain('如何获批');
    expect(section(el)!.textContent).to.contain(formatMoney(path.approvableToday, 'CNY', 'zh-CN'));
    await expect(el).to.be.accessible();
  });
});
