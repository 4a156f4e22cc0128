import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, setDefaultClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import {
  computeCreditLimit,
  creditCheck,
  Decimal,
  DEFAULT_CREDIT_POLICY,
  MAX_INTEGER_DIGITS,
  type CreditLimitInput,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type Financials,
} from '@credit-kit/core';
import { formatMoney } from '../i18n/format.js';
import { AS_OF } from '../test-support/dates.js';
import { API_BASE } from '../test-support/mock-client.js';
import { settled } from '../test-support/mount.js';
import { maybe, qa, text } from '../test-support/shadow.js';
import type { CkLimitChangeEvent } from './limit-calculator.events.js';
import { defineLimitCalculator, type CkLimitCalculator } from './limit-calculator.js';
import { formatDateText, readDateField } from '../i18n/date-text.js';

defineLimitCalculator();

/** A CNY customer established long ago, rated A with a score (seed 1 of the mock). */
const CUSTOMER_ID = 'C004';
const POLICY = DEFAULT_CREDIT_POLICY.limit;

let backend: MockBackend;
let client: CreditKitClient;

before(() => {
  backend = createMockBackend({ seed: 1 });
});

beforeEach(() => {
  // A fresh client per test: the client caches the policy, and each test counts its own requests.
  client = createClient({ baseUrl: API_BASE, fetch: backend.fetch, retry: { baseDelayMs: 1 } });
});

afterEach(() => {
  backend.reset();
  setDefaultClient(undefined);
  document.documentElement.lang = 'en';
});

function seedOf(id: string) {
  const seed = backend.dataset.customerById.get(id)!;
  return {
    customer: seed.customer as Customer,
    financials: backend.dataset.financials[seed.index] as Financials,
    profile: backend.dataset.profiles[seed.index] as CreditProfile,
  };
}

const $ = maybe;
const $$ = qa;
const field = (el: CkLimitCalculator, name: string) => $<HTMLInputElement>(el, `#field-${name}`)!;
const shownValue = (el: CkLimitCalculator, which: 'maximum' | 'granted') => $<HTMLDataElement>(el, `[part~=${which}] data`)!.value;
const shownText = (el: CkLimitCalculator, which: 'maximum' | 'granted') => text(el, `[part~=${which}] data`);


async function mount(id = CUSTOMER_ID, extra: { unit?: string; readonly?: boolean; lang?: string } = {}): Promise<CkLimitCalculator> {
  const el = await fixture<CkLimitCalculator>(
    html`<ck-limit-calculator .client=${client} customer-id=${id} as-of=${AS_OF} unit=${extra.unit ?? 'yuan'} ?readonly=${extra.readonly ?? false} lang=${extra.lang ?? 'en'}></ck-limit-calculator>`,
  );
  return settled(el);
}

/** Types a value the way a user's edit arrives: the input's value changes and `input` fires. */
async function edit(el: CkLimitCalculator, name: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `#field-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function events(el: CkLimitCalculator): CkLimitChangeEvent[] {
  const seen: CkLimitChangeEvent[] = [];
  el.addEventListener('ck-limit-change', (e) => seen.push(e));
  return seen;
}

/** Form text of one case (amounts in 元); empty = left empty. */
interface Case {
  name: string;
  grade: string;
  effectiveAssets: string;
  totalAssets: string;
  totalLiabilities: string;
  existingFinancing: string;
  establishedOn: string;
  paidInCapital: string;
  requested: string;
  collateralValue: string;
  /** Worked out by hand, where given. */
  hand?: { maximum: string; granted: string; caps: string[] };
}

const normal = {
  grade: 'A',
  effectiveAssets: '9000000',
  totalAssets: '10000000',
  totalLiabilities: '3000000',
  existingFinancing: '1000000',
  establishedOn: '2015-03-01',
  paidInCapital: '5000000',
  requested: '',
  collateralValue: '',
};

const CASES: Case[] = [
  {
    name: 'normal',
    ...normal,
    // 1,000,000 + 9,000,000 × 7/3 − 3,000,000 × 10/3 = 1,000,000 + 21,000,000 − 10,000,000 = 12,000,000;
    // debt ratio 3/10 = 0.3 ≤ 0.4 → 1; grade A → 0.8: 12,000,000 × 0.8 × 1 = 9,600,000.00.
    hand: { maximum: '9600000.00', granted: '9600000.00', caps: [] },
  },
  {
    name: 'negative formula',
    ...normal,
    effectiveAssets: '1000000',
    totalAssets: '2000000',
    totalLiabilities: '1500000',
    existingFinancing: '0',
    // 0 + 7,000,000/3 − 15,000,000/3 = −8,000,000/3 < 0 → no credit: 0.00.
    hand: { maximum: '0.00', granted: '0.00', caps: ['negative-formula'] },
  },
  {
    name: 'new company capped by paid-in capital and its granted limit by pledged collateral',
    ...normal,
    establishedOn: '2026-03-01',
    paidInCapital: '2000000',
    collateralValue: '3000000',
    // Formula as "normal" (9,600,000), but established 2026-03-01 < one year before 2026-11-25 → ≤ 2,000,000.00.
    // 002: "对新成立或投产不到一年的法人客户,最高授信额度原则上不超过实收资本总额,并重点考虑客户提供的足额有效担保价值来核定客户公开授信额度"
    // → granted ≤ 3,000,000 × 0.5 (the default pledge ratio) = 1,500,000.00.
    hand: { maximum: '2000000.00', granted: '1500000.00', caps: ['new-company-paid-in-capital', 'new-company-collateral'] },
  },
  {
    name: 'requested above maximum',
    ...normal,
    requested: '12000000',
    // Maximum 9,600,000.00 as "normal"; 12,000,000 requested > maximum → granted = maximum.
    hand: { maximum: '9600000.00', granted: '9600000.00', caps: ['requested-above-maximum'] },
  },
  {
    name: 'requested below maximum',
    ...normal,
    requested: '5000000.55',
  },
  {
    name: 'modified grade AA-',
    ...normal,
    grade: 'AA-',
    // AA- has no coefficient of its own → AA's 0.9: 12,000,000 × 0.9 = 10,800,000.00.
    hand: { maximum: '10800000.00', granted: '10800000.00', caps: [] },
  },
  {
    name: 'debt ratio above the last range',
    ...normal,
    effectiveAssets: '10000000',
    totalAssets: '10000000',
    totalLiabilities: '9000000',
    existingFinancing: '8000000',
    // Bracket = 8,000,000 + 70,000,000/3 − 90,000,000/3 = 4,000,000/3 > 0, but 0.9 > 0.85 (last range) → coefficient 0.
    hand: { maximum: '0.00', granted: '0.00', caps: ['debt-ratio-above-ranges'] },
  },
  {
    name: 'debt ratio on a range boundary, AAA',
    ...normal,
    grade: 'AAA',
    totalLiabilities: '5500000',
    existingFinancing: '0',
    // Ratio 0.55 exactly → second range (≤ 0.55) → 0.9; AAA → 1:
    // (7 × 9,000,000 − 10 × 5,500,000) ÷ 3 = 8,000,000 ÷ 3; × 0.9 = 7,200,000 ÷ 3 = 2,400,000.00.
    hand: { maximum: '2400000.00', granted: '2400000.00', caps: [] },
  },
  {
    name: 'a third of a cent rounds down',
    ...normal,
    effectiveAssets: '1000',
    totalAssets: '1000',
    totalLiabilities: '0',
    existingFinancing: '0',
    // 1,000 × 7/3 × 0.8 = 5,600/3 = 1,866.666… → rounded down to 1,866.66.
    hand: { maximum: '1866.66', granted: '1866.66', caps: [] },
  },
];

function coreInput(c: Case): CreditLimitInput {
  return {
    grade: c.grade,
    effectiveAssets: c.effectiveAssets,
    totalAssets: c.totalAssets,
    totalLiabilities: c.totalLiabilities,
    existingFinancing: c.existingFinancing,
    establishedOn: c.establishedOn,
    paidInCapital: c.paidInCapital,
    asOf: AS_OF,
    ...(c.requested ? { requested: c.requested } : {}),
    ...(c.collateralValue ? { collateralValue: c.collateralValue } : {}),
  };
}

describe('<ck-limit-calculator>', () => {
  it('loads the policy, customer, financials and profile in parallel and prefills the inputs from them', async () => {
    const { customer, financials, profile } = seedOf(CUSTOMER_ID);
    backend.setKnobs({ latencyMs: 30 });
    const el = document.createElement('ck-limit-calculator');
    const changes = events(el);
    let readyEvents = 0;
    el.addEventListener('ck-ready', () => readyEvents++);
    el.client = client;
    el.customerId = CUSTOMER_ID;
    el.asOf = AS_OF;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.loading).to.equal(true);
      expect($(el, '[part=skeleton]')).to.exist;
      await settled(el);
      expect(el.ready).to.equal(true);
      expect(field(el, 'grade').value).to.equal(profile.grade);
      expect(field(el, 'effectiveAssets').value).to.equal(financials.effectiveAssets);
      expect(field(el, 'totalAssets').value).to.equal(financials.totalAssets);
      expect(field(el, 'totalLiabilities').value).to.equal(financials.totalLiabilities);
      expect(field(el, 'existingFinancing').value).to.equal(financials.existingFinancing);
      expect(field(el, 'establishedOn').value).to.equal(formatDateText(customer.establishedOn!, 'en'));
      expect(readDateField(field(el, 'establishedOn')).iso).to.equal(customer.establishedOn);
      expect(field(el, 'paidInCapital').value).to.equal(customer.paidInCapital);
      expect(field(el, 'requested').value).to.equal('');
      expect(field(el, 'collateralValue').value).to.equal('');
      for (const route of ['GET /credit-policy', 'GET /customers/{id}', 'GET /customers/{id}/financials', 'GET /customers/{id}/credit-profile'] as const) {
        expect(backend.hits(route), route).to.equal(1);
      }
      // The first result is core's for the customer's own data; no ck-limit-change on load.
      const expected = computeCreditLimit(
        {
          grade: profile.grade,
          effectiveAssets: financials.effectiveAssets,
          totalAssets: financials.totalAssets,
          totalLiabilities: financials.totalLiabilities,
          existingFinancing: financials.existingFinancing,
          establishedOn: customer.establishedOn,
          paidInCapital: customer.paidInCapital!,
          asOf: AS_OF,
        },
        POLICY,
      );
      expect(shownValue(el, 'maximum')).to.equal(expected.maximum);
      expect(shownValue(el, 'granted')).to.equal(expected.granted);
      expect(el.result).to.deep.equal(expected);
      expect(changes).to.have.length(0);
      expect(readyEvents).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('shows the rating with its policy meaning and the profile score', async () => {
    const { profile } = seedOf(CUSTOMER_ID);
    expect(profile.grade, 'fixture: C004 is rated A').to.equal('A');
    const el = await mount();
    const rating = text(el, '[part=rating]');
    expect(rating).to.include('Grade: A');
    expect(rating).to.include('Support where willingness and capacity to repay are shown.');
    expect(rating).to.include(`Score: ${profile.score} / 100`);
    await edit(el, 'grade', 'BB+');
    expect(text(el, '[part=rating]')).to.include('Prepare an exit plan and exit.');
    expect(text(el, '[part=rating]')).to.include('What-if grade; the customer is rated A.');
  });

  describe('matches core\'s computeCreditLimit for a table of cases set through the inputs', () => {
    for (const c of CASES) {
      it(c.name, async () => {
        const el = await mount();
        const changes = events(el);
        for (const name of ['grade', 'totalAssets', 'effectiveAssets', 'totalLiabilities', 'existingFinancing', 'establishedOn', 'paidInCapital', 'requested', 'collateralValue'] as const) {
          await edit(el, name, c[name]);
        }
        const expected = computeCreditLimit(coreInput(c), POLICY);
        if (c.hand) {
          expect(expected.maximum, 'core agrees with the hand calculation').to.equal(c.hand.maximum);
          expect(expected.granted).to.equal(c.hand.granted);
          expect(expected.caps).to.deep.equal(c.hand.caps);
        }
        expect(shownValue(el, 'maximum')).to.equal(expected.maximum);
        expect(shownValue(el, 'granted')).to.equal(expected.granted);
        expect(shownText(el, 'maximum')).to.equal(formatMoney(expected.maximum, 'CNY', 'en'));
        expect(shownText(el, 'granted')).to.equal(formatMoney(expected.granted, 'CNY', 'en'));
        expect($$(el, '[part=caps] li').map((li) => li.dataset.cap)).to.deep.equal(expected.caps);
        expect($$(el, '[part=steps] tbody tr').map((tr) => tr.dataset.step)).to.deep.equal(expected.steps.map((s) => s.key));
        expect($(el, '[part=stale-note]')).to.equal(null);
        const last = changes[changes.length - 1]!;
        expect(last.detail.result).to.deep.equal(expected);
        expect(last.detail.input).to.deep.equal(coreInput(c));
      });
    }
  });

  it('explains the working step by step with the actual numbers, and every cap in words', async () => {
    const el = await mount();
    const c = CASES[0]!;
    for (const name of ['grade', 'totalAssets', 'effectiveAssets', 'totalLiabilities', 'existingFinancing', 'establishedOn', 'paidInCapital'] as const) {
      await edit(el, name, c[name]);
    }
    const row = (key: string) => text(el, `[part=steps] tr[data-step=${key}]`);
    // 9,000,000 × 7 ÷ 3 = 21,000,000; 3,000,000 × 10 ÷ 3 = 10,000,000.
    expect(row('effectiveAssetsTimes7Over3')).to.equal('Effective assets × 7/3 CN¥9,000,000.00 × 7 ÷ 3 CN¥21,000,000.00');
    expect(row('liabilitiesTimes10Over3')).to.equal('Total liabilities × 10/3 CN¥3,000,000.00 × 10 ÷ 3 CN¥10,000,000.00');
    expect(row('bracket')).to.include('CN¥12,000,000.00');
    expect(row('formulaResult')).to.include('CN¥12,000,000.00 × 0.8 × 1');
    expect(row('formulaResult')).to.include('CN¥9,600,000.00');
    expect(row('debtRatioCoefficient')).to.include('debt ratio up to 40%');
    expect(text(el, '[part=coefficients] [data-key=debtRatio]')).to.equal('30%');
    expect(text(el, '[part=coefficients] [data-key=gradeCoefficient]')).to.equal('0.8');
    expect(text(el, '[part=coefficients] [data-key=debtRatioCoefficient]')).to.equal('1');
    expect(text(el, '[part=caps]')).to.include('No cap applied');

    await edit(el, 'grade', 'AA-');
    expect(row('gradeCoefficient')).to.include('AA- uses the coefficient of AA');
    await edit(el, 'establishedOn', '2026-03-01');
    await edit(el, 'paidInCapital', '2000000');
    await edit(el, 'requested', '3000000');
    await edit(el, 'collateralValue', '1000');
    const caps = $$(el, '[part=caps] li').map((li) => li.textContent!.trim());
    expect(caps).to.deep.equal([
      'Founded or in production less than one year ago (Mar 1, 2026): the maximum may not exceed the paid-in capital, CN¥2,000,000.00.',
      'The requested amount, CN¥3,000,000.00, is above the maximum: at most the maximum, CN¥2,000,000.00, is granted.',
      // 1,000 × 0.5.
      'Founded or in production less than one year: the granted limit rests on sufficient collateral, at most its appraised value × pledge ratio, CN¥500.00.',
    ]);
    await edit(el, 'totalLiabilities', '9000000');
    await edit(el, 'existingFinancing', '8000000');
    await edit(el, 'effectiveAssets', '10000000');
    // 0.9 > 0.85: shown as 90% above the last range of 85%.
    expect(text(el, '[part=caps]')).to.include("The debt ratio, 90%, is above the policy's last range (up to 85%)");
    await edit(el, 'existingFinancing', '0');
    // (7 × 10,000,000 − 10 × 9,000,000) ÷ 3 = −20,000,000 ÷ 3 = −6,666,666.67 (shown rounded, so with ≈).
    expect(text(el, '[part=caps] li')).to.equal(
      'Existing financing + effective assets × 7/3 − total liabilities × 10/3 is negative (-CN¥6,666,666.67): a negative result means no credit, so the maximum is 0.',
    );
    expect(row('bracket')).to.include('≈ -CN¥6,666,666.67');
  });

  it('updates on each keystroke and fires ck-limit-change with the result; native input events bubble out', async () => {
    const el = await mount();
    const changes = events(el);
    let nativeInputs = 0;
    el.addEventListener('input', () => nativeInputs++);
    await edit(el, 'effectiveAssets', '');
    expect(changes).to.have.length(0);
    field(el, 'effectiveAssets').focus();
    await sendKeys({ type: '123' });
    await el.updateComplete;
    expect(changes.map((e) => e.detail.input.effectiveAssets)).to.deep.equal(['1', '12', '123']);
    const { financials, customer, profile } = seedOf(CUSTOMER_ID);
    const expected = computeCreditLimit(
      {
        grade: profile.grade,
        effectiveAssets: '123',
        totalAssets: financials.totalAssets,
        totalLiabilities: financials.totalLiabilities,
        existingFinancing: financials.existingFinancing,
        establishedOn: customer.establishedOn,
        paidInCapital: customer.paidInCapital!,
        asOf: AS_OF,
      },
      POLICY,
    );
    expect(changes[2]!.detail.result).to.deep.equal(expected);
    expect(shownValue(el, 'maximum')).to.equal(expected.maximum);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(Object.isFrozen(changes[0]!.detail)).to.equal(true);
    expect(nativeInputs).to.equal(4);
  });

  it('resets to the customer data (a user action: fires ck-limit-change)', async () => {
    const { financials } = seedOf(CUSTOMER_ID);
    const el = await mount();
    const initial = shownValue(el, 'maximum');
    await edit(el, 'effectiveAssets', '1');
    await edit(el, 'grade', 'C');
    expect(shownValue(el, 'maximum')).to.not.equal(initial);
    const changes = events(el);
    $<HTMLButtonElement>(el, '[part=reset-button]')!.click();
    await el.updateComplete;
    expect(field(el, 'effectiveAssets').value).to.equal(financials.effectiveAssets);
    expect(field(el, 'grade').value).to.equal('A');
    expect(shownValue(el, 'maximum')).to.equal(initial);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.result.maximum).to.equal(initial);
  });

  describe('invalid values', () => {
    const MESSAGES: Array<{ field: string; value: string; en: string; zh: string }> = [
      { field: 'totalLiabilities', value: 'abc', en: 'Enter an amount such as 1234.56.', zh: '请输入金额，例如 1234.56。' },
      { field: 'totalLiabilities', value: '', en: 'Required.', zh: '必填。' },
      { field: 'existingFinancing', value: '-1', en: 'Enter an amount of zero or more.', zh: '请输入大于或等于零的金额。' },
      { field: 'requested', value: '10.001', en: 'Use at most 2 decimal places.', zh: '最多保留 2 位小数。' },
      { field: 'collateralValue', value: `1${'0'.repeat(MAX_INTEGER_DIGITS)}`, en: 'Too large.', zh: '数值过大。' },
      { field: 'effectiveAssets', value: '99999999999', en: 'Effective assets cannot be more than total assets.', zh: '有效资产不能大于资产总额。' },
      { field: 'establishedOn', value: '', en: 'Required.', zh: '必填。' },
      { field: 'establishedOn', value: '2026-12-01', en: 'The date cannot be after the as-of date, Nov 25, 2026.', zh: '日期不能晚于测算基准日（2026年11月25日）。' },
    ];

    for (const m of MESSAGES) {
      it(`${m.field} = ${JSON.stringify(m.value)} shows a message in the reader's language, keeps the last result as stale, fires nothing`, async () => {
        const el = await mount();
        const before = shownValue(el, 'maximum');
        const changes = events(el);
        await edit(el, m.field, m.value);
        const input = field(el, m.field);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        const error = $(el, `#field-${m.field}-error`)!;
        expect(error.textContent).to.equal(m.en);
        expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
        expect(shownValue(el, 'maximum')).to.equal(before);
        expect(text(el, '[part=stale-note]')).to.equal('Out of date: correct the highlighted fields to update the result.');
        expect($(el, '[part=result]')!.classList.contains('stale')).to.equal(true);
        expect(changes).to.have.length(0);
        expect(el.shadowRoot!.textContent).to.not.include('NaN');
        el.lang = 'zh-CN';
        await waitUntil(() => $(el, `#field-${m.field}-error`)?.textContent === m.zh, `shows "${m.zh}"`);
      });
    }

    it('asks for paid-in capital only for a new company', async () => {
      const el = await mount();
      await edit(el, 'paidInCapital', '');
      expect($(el, '#field-paidInCapital-error')).to.equal(null);
      expect($(el, '[part=stale-note]')).to.equal(null);
      await edit(el, 'establishedOn', '2026-06-01');
      expect(text(el, '#field-paidInCapital-error')).to.equal('Required for a company established less than one year ago.');
    });

    it('recovers when the value is corrected, and then fires again', async () => {
      const el = await mount();
      const changes = events(el);
      await edit(el, 'totalLiabilities', '12x');
      await edit(el, 'totalLiabilities', '12');
      expect(field(el, 'totalLiabilities').hasAttribute('aria-invalid')).to.equal(false);
      expect($(el, '#field-totalLiabilities-error')).to.equal(null);
      expect($(el, '[part=stale-note]')).to.equal(null);
      expect(changes).to.have.length(1);
      expect(changes[0]!.detail.input.totalLiabilities).to.equal('12');
    });
  });

  it('read-only mode shows the result and its basis, with no inputs', async () => {
    const el = await mount(CUSTOMER_ID, { readonly: true });
    expect($$(el, 'input, select, textarea, button')).to.have.length(0);
    expect($(el, '[part=form]')).to.equal(null);
    expect(shownValue(el, 'maximum')).to.equal(el.result!.maximum);
    const { financials } = seedOf(CUSTOMER_ID);
    expect(text(el, '[part=summary]')).to.include(formatMoney(financials.effectiveAssets, 'CNY', 'en'));
    await expect(el).to.be.accessible();
  });

  describe('data by property', () => {
    function givenData(): { policy: CreditPolicy; customer: Customer; financials: Financials; profile: CreditProfile } {
      return { policy: DEFAULT_CREDIT_POLICY, ...seedOf(CUSTOMER_ID) };
    }

    it('makes no client call when policy, customer, financials and profile are given', async () => {
      const data = givenData();
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator .client=${client} as-of=${AS_OF} .policy=${data.policy} .customer=${data.customer} .financials=${data.financials} .profile=${data.profile}></ck-limit-calculator>`,
      );
      await settled(el);
      expect(el.ready).to.equal(true);
      expect(Object.values(backend.state.hits).reduce((a, b) => a + b, 0)).to.equal(0);
      expect(field(el, 'effectiveAssets').value).to.equal(data.financials.effectiveAssets);
    });

    it('needs no configured client at all', async () => {
      const data = givenData();
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator as-of=${AS_OF} .policy=${data.policy} .customer=${data.customer} .financials=${data.financials} .profile=${data.profile}></ck-limit-calculator>`,
      );
      await settled(el);
      expect(el.ready).to.equal(true);
    });

    it('loads only what is missing', async () => {
      const data = givenData();
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator .client=${client} as-of=${AS_OF} .policy=${data.policy} .customer=${data.customer}></ck-limit-calculator>`,
      );
      await settled(el);
      expect(el.ready).to.equal(true);
      expect(backend.hits('GET /credit-policy')).to.equal(0);
      expect(backend.hits('GET /customers/{id}')).to.equal(0);
      expect(backend.hits('GET /customers/{id}/financials')).to.equal(1);
      expect(backend.hits('GET /customers/{id}/credit-profile')).to.equal(1);
    });

    it('rejects invalid data given by property with the error panel', async () => {
      const data = givenData();
      const bad = { ...data.financials, totalAssets: '1.0e6' };
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator as-of=${AS_OF} .policy=${data.policy} .customer=${data.customer} .financials=${bad} .profile=${data.profile}></ck-limit-calculator>`,
      );
      await settled(el);
      expect(text(el, '[part=error-message]')).to.equal('Some of the data given to this widget is not valid.');
    });

    async function withPolicy(limit: CreditPolicy['limit']): Promise<CkLimitCalculator> {
      const data = givenData();
      const policy: CreditPolicy = { ...data.policy, limit };
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator as-of=${AS_OF} .policy=${policy} .customer=${data.customer} .financials=${data.financials} .profile=${data.profile}></ck-limit-calculator>`,
      );
      await settled(el);
      for (const name of ['grade', 'totalAssets', 'effectiveAssets', 'totalLiabilities', 'existingFinancing', 'establishedOn', 'paidInCapital'] as const) {
        await edit(el, name, CASES[0]![name]);
      }
      return el;
    }

    it('explains the grade-maximum and collateral caps of a host policy that has them', async () => {
      const limit = { ...POLICY, capGrantedByCollateral: true, gradeMaximums: { A: '5000000' } };
      const el = await withPolicy(limit);
      const changes = events(el);
      await edit(el, 'collateralValue', '1234567.89');
      // Formula 9,600,000.00 as "normal" → grade A's maximum 5,000,000.00; granted ≤ collateral 1,234,567.89 × 0.5
      // (the pledge ratio applies wherever collateral caps a limit) = 617,283.945, rounded down to 617,283.94.
      expect(shownValue(el, 'maximum')).to.equal('5000000.00');
      expect(shownValue(el, 'granted')).to.equal('617283.94');
      const expected = computeCreditLimit({ ...coreInput(CASES[0]!), collateralValue: '1234567.89' }, limit);
      expect(changes[0]!.detail.result).to.deep.equal(expected);
      expect($$(el, '[part=caps] li').map((li) => li.textContent!.trim())).to.deep.equal([
        'The maximum may not exceed the debt capacity of grade A, CN¥5,000,000.00.',
        'The granted limit may not exceed the pledged collateral (appraised value × pledge ratio), CN¥617,283.94.',
      ]);
    });

    it('says so when the host policy cannot compute a case, keeping the last result', async () => {
      const el = await withPolicy({ ...POLICY, gradeCoefficients: { A: '0.8' } });
      const changes = events(el);
      await edit(el, 'grade', 'BB');
      expect(text(el, '[part=calculation-error]')).to.equal("The host's credit policy cannot compute a limit for these values.");
      expect(shownValue(el, 'maximum')).to.equal('9600000.00');
      expect($(el, '[part=stale-note]')).to.exist;
      expect(changes).to.have.length(0);
      await edit(el, 'grade', 'A-');
      expect($(el, '[part=calculation-error]')).to.equal(null);
      expect(changes).to.have.length(1);
    });

    it('shows exposure with core\'s creditExposure, and marks an over-limit customer in words', async () => {
      const data = givenData();
      const profile: CreditProfile = { ...data.profile, granted: '100000.00', components: { openReceivables: '120000.00', openOrders: '30000.50' } };
      const el = await fixture<CkLimitCalculator>(
        html`<ck-limit-calculator as-of=${AS_OF} .policy=${data.policy} .customer=${data.customer} .financials=${data.financials} .profile=${profile}></ck-limit-calculator>`,
      );
      await settled(el);
      // The default policy counts open receivables and open orders: used = 120,000.00 + 30,000.50 = 150,000.50;
      // over the 100,000.00 limit by 50,000.50; nothing available.
      expect(text(el, '[part=exposure] [data-key=used]')).to.equal('CN¥150,000.50');
      expect(text(el, '[part=exposure] [data-key=available]')).to.equal('CN¥0.00');
      expect(text(el, '[part=over-limit]')).to.equal('⚠ Over the limit by CN¥50,000.50');
      const bar = $(el, '[part~=utilisation-bar]')!;
      expect(bar.getAttribute('role')).to.equal('meter');
      expect(bar.getAttribute('aria-valuenow')).to.equal('100.00');
      // 150,000.50 / 100,000 = 1.5000(5) → 150.0%.
      expect(bar.getAttribute('aria-valuetext')).to.equal('150% of the granted limit used; Over the limit by CN¥50,000.50');
      expect(bar.classList.contains('over')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says "near the limit" exactly when the credit check warns (79,996.00 of 100,000.00 at 0.8 is not; 80,000.00 is)', async () => {
      const data = givenData();
      const policy: CreditPolicy = { ...data.policy, creditCheck: { countedComponents: ['openReceivables'], utilisationWarning: '0.8' } };
      const shown = async (used: string) => {
        const profile: CreditProfile = { ...data.profile, granted: '100000.00', components: { openReceivables: used } };
        const el = await fixture<CkLimitCalculator>(
          html`<ck-limit-calculator as-of=${AS_OF} .policy=${policy} .customer=${data.customer} .financials=${data.financials} .profile=${profile}></ck-limit-calculator>`,
        );
        await settled(el);
        const warns = creditCheck({ grade: 'A', granted: '100000.00', components: { openReceivables: used } }, undefined, policy.creditCheck).reasons.some((r) => r.code === 'utilisation');
        return { near: $(el, '[part=near-limit]') !== null, barNear: $(el, '[part~=utilisation-bar]')!.classList.contains('near'), warns };
      };
      // 79,996 / 100,000 reads 80.0% rounded, but is below the 0.8 warning level.
      expect(await shown('79996.00')).to.deep.equal({ near: false, barNear: false, warns: false });
      expect(await shown('80000.00')).to.deep.equal({ near: true, barNear: true, warns: true });
    });
  });

  it('shows the current exposure of the mock customer', async () => {
    const { profile } = seedOf(CUSTOMER_ID);
    const el = await mount();
    // Independently: the default policy counts open receivables + open orders.
    const used = new Decimal(profile.components.openReceivables).plus(profile.components.openOrders ?? '0');
    const available = Decimal.max(new Decimal(profile.granted).minus(used), 0);
    expect(text(el, '[part=exposure] [data-key=granted]')).to.equal(formatMoney(profile.granted, 'CNY', 'en'));
    expect(text(el, '[part=exposure] [data-key=used]')).to.equal(formatMoney(used.toFixed(2), 'CNY', 'en'));
    expect(text(el, '[part=exposure] [data-key=available]')).to.equal(formatMoney(available.toFixed(2), 'CNY', 'en'));
    const percent = used.div(profile.granted).times(100);
    const bar = $(el, '[part~=utilisation-bar]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal(Decimal.min(percent, 100).toFixed(2, Decimal.ROUND_HALF_UP));
    expect($(el, '[part=over-limit]') === null).to.equal(used.lte(profile.granted));
  });

  it('shows the error panel when the backend fails, and Retry recovers', async () => {
    backend.setKnobs({ routeStatus: { 'GET /customers/{id}/financials': 500 } });
    const el = document.createElement('ck-limit-calculator');
    el.client = client;
    el.customerId = CUSTOMER_ID;
    el.asOf = AS_OF;
    const failed = oneEvent(el, 'ck-load-error');
    document.body.append(el);
    try {
      await failed;
      await el.updateComplete;
      expect(text(el, '[part=error-message]')).to.equal('The server had a problem answering.');
      expect($(el, '[part=error]')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      backend.setKnobs({ routeStatus: {} });
      const ready = oneEvent(el, 'ck-ready');
      $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
      await ready;
      expect(field(el, 'effectiveAssets').value).to.equal(seedOf(CUSTOMER_ID).financials.effectiveAssets);
    } finally {
      el.remove();
    }
  });

  it('switches between en and zh-CN at runtime, by the element and by <html>', async () => {
    const el = await fixture<CkLimitCalculator>(html`<ck-limit-calculator .client=${client} customer-id=${CUSTOMER_ID} as-of=${AS_OF}></ck-limit-calculator>`);
    await settled(el);
    const label = (name: string) => text(el, `label[for=field-${name}]`);
    expect(label('effectiveAssets')).to.equal('Effective assets (CNY)');
    expect(text(el, '[part=maximum] dt')).to.equal('Maximum comprehensive credit limit');
    el.lang = 'zh-CN';
    await waitUntil(() => text(el, '[part=maximum] dt') === '最高综合授信额度', 'element lang → Chinese');
    expect(text(el, '[part=granted] dt')).to.equal('公开授信额度');
    expect(label('effectiveAssets')).to.equal('有效资产 (元)');
    expect(text(el, '[part=reset-button]')).to.equal('恢复客户数据');
    // 002 篇二: "A级客户: 还款意愿强,还款能力有保障的,可以支持".
    expect(text(el, '[part=rating]')).to.include('还款意愿强，还款能力有保障的，可以支持。');
    expect(text(el, '[part=steps] tr[data-step=bracket] .step-label')).to.equal('现有融资余额 + 有效资产 × 7/3 − 负债总额 × 10/3');
    expect(text(el, '[part=exposure] h3')).to.equal('当前额度占用');
    el.removeAttribute('lang');
    await waitUntil(() => text(el, '[part=maximum] dt') === 'Maximum comprehensive credit limit', 'back to English');
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => text(el, '[part=maximum] dt') === '最高综合授信额度', '<html lang> → Chinese');
    document.documentElement.lang = 'en';
    await waitUntil(() => text(el, '[part=maximum] dt') === 'Maximum comprehensive credit limit', '<html lang> → English');
  });

  it('unit="wan" shows and takes amounts in 万元', async () => {
    const el = await mount(CUSTOMER_ID, { unit: 'wan', lang: 'zh-CN' });
    const changes = events(el);
    for (const name of ['grade', 'totalAssets', 'effectiveAssets', 'totalLiabilities', 'existingFinancing'] as const) {
      await edit(el, name, name === 'grade' ? 'A' : new Decimal(CASES[0]![name]).div(10_000).toFixed());
    }
    await edit(el, 'establishedOn', CASES[0]!.establishedOn);
    // As "normal": 9,600,000.00 元 = 960.00 万元; exact value shown beside it.
    expect(shownValue(el, 'maximum')).to.equal('9600000.00');
    expect(shownText(el, 'maximum')).to.equal('960.00 万元');
    expect(text(el, '[part=maximum] .exact')).to.equal('精确值 ¥9,600,000.00');
    expect(text(el, 'label[for=field-effectiveAssets]')).to.equal('有效资产 (万元)');
    expect(changes[changes.length - 1]!.detail.input.effectiveAssets).to.equal('9000000');
    // Switching units converts what is in the inputs exactly.
    el.unit = 'yuan';
    await el.updateComplete;
    expect(field(el, 'effectiveAssets').value).to.equal('9000000');
    expect(shownText(el, 'maximum')).to.equal('¥9,600,000.00');
  });

  it('takes a theme from --ck-* tokens on an ancestor and ::part() rules, without touching its shadow DOM', async () => {
    // Built by hand rather than with fixture(): a plain <div> fixture waits for an animation frame,
    // which a background tab may never get.
    const wrapper = document.createElement('div');
    const calculator = document.createElement('ck-limit-calculator');
    Object.assign(calculator, { client, customerId: CUSTOMER_ID, asOf: AS_OF });
    wrapper.append(calculator);
    document.body.append(wrapper);
    const sheet = document.createElement('style');
    try {
      const el = await settled(calculator);
      const granted = $(el, '[part~=granted]')!;
      const result = $(el, '[part=result]')!;
      // The defaults first (#1d5fd1 primary, #c9d1dc border), so the checks below can fail.
      // The primary marks the granted card's border (as text it may lack contrast on a partner's surface).
      expect(getComputedStyle(granted).borderTopColor).to.equal('rgb(29, 95, 209)');
      expect(getComputedStyle(result).borderTopColor).to.equal('rgb(201, 209, 220)');
      wrapper.style.setProperty('--ck-color-primary', 'rgb(1, 2, 3)');
      wrapper.style.setProperty('--ck-limit-calculator-columns', '1fr');
      sheet.textContent = 'ck-limit-calculator::part(result) { border-color: rgb(4, 5, 6); border-width: 3px; }';
      document.head.append(sheet);
      expect(getComputedStyle(granted).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(result).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(result).borderTopWidth).to.equal('3px');
      expect(getComputedStyle($(el, '.layout')!).gridTemplateColumns.split(' ')).to.have.length(1);
    } finally {
      sheet.remove();
      wrapper.remove();
    }
  });

  it('is accessible in the ready state, in en and zh-CN', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.lang = 'zh-CN';
    await waitUntil(() => text(el, '[part=maximum] dt') === '最高综合授信额度');
    await expect(el).to.be.accessible();
    await edit(el, 'totalLiabilities', 'x');
    await expect(el).to.be.accessible();
  });

  it('is fully reachable by keyboard: Tab goes through every input and the reset button', async () => {
    const el = await mount();
    const order = ['field-grade', 'field-effectiveAssets', 'field-totalAssets', 'field-totalLiabilities', 'field-existingFinancing', 'field-requested', 'field-establishedOn', 'field-paidInCapital', 'field-collateralValue'];
    field(el, 'grade').focus();
    const reached: string[] = [];
    const current = () => {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      return active?.id || active?.getAttribute('part') || '';
    };
    reached.push(current());
    // A date input has a tab stop per segment (month, day, year): keep pressing until focus moves on.
    for (let presses = 0; presses < 40 && !reached.includes('reset-button'); presses++) {
      await sendKeys({ press: 'Tab' });
      const now = current();
      if (now && now !== reached[reached.length - 1]) reached.push(now);
    }
    expect(reached).to.deep.equal([...order, 'reset-button']);
    // And Enter on the focused reset button works.
    await edit(el, 'effectiveAssets', '1');
    const changes = events(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(field(el, 'effectiveAssets').value).to.equal(seedOf(CUSTOMER_ID).financials.effectiveAssets);
  });
});
