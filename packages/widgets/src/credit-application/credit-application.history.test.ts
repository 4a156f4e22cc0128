import { expect, waitUntil } from '@open-wc/testing';
import type { CkCreditApplication } from './credit-application.component.js';
import {
  BASE_URL,
  clearDrafts,
  control,
  fieldError,
  fill,
  goToSection,
  mockClient,
  mount,
  part,
  parts,
  sectionHeading,
  shadow,
  validApplication,
} from './test-support/mount.js';

/** 历史交易信息: the four figures of the trading history with us. */
const HISTORY = {
  sales: 'history.salesLast12Months',
  payments: 'history.paymentsLast12Months',
  overdueCount: 'history.overdueCountLast12Months',
  maxDaysOverdue: 'history.maxDaysOverdueLast12Months',
} as const;

const newDraftKey = () => `credit-kit:draft:v1:${location.origin}${BASE_URL}:new`;

/** A mock client that also keeps the JSON body of every POST /credit-applications it sends. */
function recordingClient() {
  const bodies: Record<string, unknown>[] = [];
  const setup = mockClient({}, (fetch) => (input, init) => {
    if (init?.method === 'POST' && String(input).endsWith('/credit-applications')) bodies.push(JSON.parse(String(init.body)));
    return fetch(input, init);
  });
  return { ...setup, bodies };
}

const labelOf = (el: CkCreditApplication, key: string) => shadow(el).querySelector(`label[for="${control(el, key)!.id}"]`)!.textContent!.trim();
const hintOf = (el: CkCreditApplication, key: string) => shadow(el).getElementById(`${control(el, key)!.id}-hint`)?.textContent?.trim();

async function submitFromReview(el: CkCreditApplication): Promise<void> {
  await goToSection(el, 'review');
  part<HTMLButtonElement>(el, 'submit-button')!.click();
  await waitUntil(() => part(el, 'confirmation'), 'confirmed', { timeout: 5000 });
}

describe('ck-credit-application: trading history with us (历史交易信息)', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('shows the four figures as a group of the financials section, saying what each is', async () => {
    const el = await mount();
    await goToSection(el, 'financials');
    const group = [...shadow(el).querySelectorAll('fieldset.group')].find((g) => g.querySelector(`[data-key="${HISTORY.sales}"]`))!;
    expect(group.querySelector('legend')!.textContent).to.equal('Trading history with us');
    expect(group.querySelectorAll('[data-key^="history."]')).to.have.length(4);
    expect(labelOf(el, HISTORY.sales)).to.equal('Sales to the customer, last 12 months');
    expect(labelOf(el, HISTORY.payments)).to.equal('Payments received, last 12 months');
    expect(labelOf(el, HISTORY.overdueCount)).to.equal('Overdue payments, last 12 months');
    expect(labelOf(el, HISTORY.maxDaysOverdue)).to.equal('Longest overdue, last 12 months (days)');
    expect(hintOf(el, HISTORY.sales)).to.equal('What we invoiced the customer, in the customer\'s currency, e.g. 1234.56.');
    // Optional, and typed like the other amounts and counts.
    for (const key of Object.values(HISTORY)) expect(control(el, key)!.getAttribute('aria-required'), key).to.equal('false');
    expect(control(el, HISTORY.sales)!.inputMode).to.equal('decimal');
    expect(control(el, HISTORY.overdueCount)!.inputMode).to.equal('numeric');

    el.lang = 'zh-CN';
    await waitUntil(() => group.querySelector('legend')!.textContent === '历史交易信息', 'legend in Chinese');
    expect(labelOf(el, HISTORY.sales)).to.equal('近12个月销售额');
    expect(labelOf(el, HISTORY.maxDaysOverdue)).to.equal('近12个月最长逾期天数');
    await expect(el).to.be.accessible();
  });

  it('submits the figures exactly as typed: amounts as the same decimal strings, counts as whole numbers', async () => {
    const { client, backend, bodies } = recordingClient();
    const el = await mount({ client, value: validApplication() });
    await goToSection(el, 'financials');
    await fill(el, HISTORY.sales, '12345678901234567.89');
    await fill(el, HISTORY.payments, '0.10');
    await fill(el, HISTORY.overdueCount, '3');
    await fill(el, HISTORY.maxDaysOverdue, '45');
    const expected = { salesLast12Months: '12345678901234567.89', paymentsLast12Months: '0.10', overdueCountLast12Months: 3, maxDaysOverdueLast12Months: 45 };
    expect(el.value.history).to.deep.equal(expected);

    await goToSection(el, 'review');
    const review = part(el, 'review')!.textContent!;
    expect(review).to.contain('Trading history with us');
    expect(review).to.contain('CN¥12,345,678,901,234,567.89');
    expect(review).to.contain('CN¥0.10');
    await submitFromReview(el);
    expect(bodies).to.have.length(1);
    expect(bodies[0]!.history).to.deep.equal(expected);
    expect(backend.state.applications).to.have.length(1);
  });

  it('sends exactly the figures given when only some are', async () => {
    const { client, bodies } = recordingClient();
    const el = await mount({ client, value: validApplication() });
    await goToSection(el, 'financials');
    await fill(el, HISTORY.overdueCount, '0');
    await fill(el, HISTORY.payments, '98000000.50');
    await submitFromReview(el);
    expect(bodies[0]!.history).to.deep.equal({ paymentsLast12Months: '98000000.50', overdueCountLast12Months: 0 });
  });

  it('sends no history when none is given, and shows it as not given in the review', async () => {
    const { client, bodies } = recordingClient();
    const el = await mount({ client, value: validApplication() });
    // Typed and cleared again: still nothing to send.
    await goToSection(el, 'financials');
    await fill(el, HISTORY.sales, '100');
    await fill(el, HISTORY.sales, '');
    expect('history' in el.value).to.equal(false);
    await goToSection(el, 'review');
    const group = shadow(el).querySelector('#ck-review-financials')!.closest('section')!;
    const items = [...group.querySelectorAll('.review-item')].filter((i) => i.querySelector('dt')!.textContent!.includes('last 12 months'));
    expect(items).to.have.length(4);
    for (const item of items) expect(item.querySelector('dd')!.textContent).to.contain('not given');
    await submitFromReview(el);
    expect(bodies).to.have.length(1);
    expect('history' in bodies[0]!).to.equal(false);
  });

  it('shows field-level messages for bad figures, in English and in Chinese, and will not submit them', async () => {
    const el = await mount({ value: validApplication() });
    await goToSection(el, 'financials');
    await fill(el, HISTORY.sales, '1,00'); // a broken digit group (a grouped "1,000" is an amount)
    expect(fieldError(el, HISTORY.sales)).to.equal('Enter an amount such as 1234.56.');
    await fill(el, HISTORY.payments, '-5');
    expect(fieldError(el, HISTORY.payments)).to.equal('Enter an amount of zero or more, such as 1234.56.');
    await fill(el, HISTORY.overdueCount, '2.5');
    expect(fieldError(el, HISTORY.overdueCount)).to.equal('Enter a whole number of zero or more, such as 3.');
    await fill(el, HISTORY.maxDaysOverdue, '-1');
    expect(fieldError(el, HISTORY.maxDaysOverdue)).to.equal('Enter a whole number of zero or more, such as 3.');
    expect(control(el, HISTORY.maxDaysOverdue)!.getAttribute('aria-invalid')).to.equal('true');

    el.lang = 'zh-CN';
    await waitUntil(() => fieldError(el, HISTORY.sales) === '请输入金额，例如 1234.56。', 'messages in Chinese');
    expect(fieldError(el, HISTORY.payments)).to.equal('请输入不小于零的金额，例如 1234.56。');
    expect(fieldError(el, HISTORY.overdueCount)).to.equal('请输入不小于零的整数，例如 3。');
    expect(fieldError(el, HISTORY.maxDaysOverdue)).to.equal('请输入不小于零的整数，例如 3。');

    // The section is marked, the summary names the fields, and nothing is sent.
    expect(await el.submit()).to.equal(undefined);
    await el.updateComplete;
    expect(parts(el, 'step-error').map((s) => s.dataset.step)).to.deep.equal(['financials']);
    expect(sectionHeading(el)).to.equal('2. 财务信息');
    expect(part(el, 'summary')!.textContent).to.contain('近12个月逾期次数：请输入不小于零的整数，例如 3。');
    await waitUntil(() => shadow(el).activeElement === control(el, HISTORY.sales), 'first bad figure focused');
  });

  it('words bad figures in Chinese for a zh-CN reader from the start', async () => {
    const el = await mount({ lang: 'zh-CN' });
    await goToSection(el, 'financials');
    await fill(el, HISTORY.sales, '三十万'); // "30万" is an amount (core's parseMoneyInput); words are not
    expect(fieldError(el, HISTORY.sales)).to.equal('请输入金额，例如 1234.56。');
    await fill(el, HISTORY.overdueCount, '三');
    expect(fieldError(el, HISTORY.overdueCount)).to.equal('请输入不小于零的整数，例如 3。');
    expect(hintOf(el, HISTORY.overdueCount)).to.equal('付款逾期的次数；没有逾期填 0。');
  });

  it('Next from the financials stops at a bad history figure', async () => {
    const el = await mount({ value: validApplication() });
    await goToSection(el, 'financials');
    await fill(el, HISTORY.maxDaysOverdue, 'long', { blur: false });
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await waitUntil(() => shadow(el).activeElement === control(el, HISTORY.maxDaysOverdue), 'stays on the bad figure');
    expect(sectionHeading(el)).to.equal('2. Financials');
    expect(fieldError(el, HISTORY.maxDaysOverdue)).to.equal('Enter a whole number of zero or more, such as 3.');
    await fill(el, HISTORY.maxDaysOverdue, '12');
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await waitUntil(() => sectionHeading(el) === '3. Guarantees and collateral', 'goes on');
    expect(parts(el, 'step-complete').map((s) => s.dataset.step)).to.include('financials');
  });

  it('saves the history in the draft and restores it in a new element', async () => {
    const { client, bodies } = recordingClient();
    const first = await mount({ client, value: validApplication() });
    await goToSection(first, 'financials');
    await fill(first, HISTORY.sales, '12345678901234567.89');
    await fill(first, HISTORY.maxDaysOverdue, '7');
    // The autosave is debounced: wait for the write that has the last figure, not for a fixed time.
    await waitUntil(() => localStorage.getItem(newDraftKey())?.includes('"maxDaysOverdueLast12Months":"7"'), 'the draft is autosaved');
    const stored = JSON.parse(localStorage.getItem(newDraftKey())!);
    expect(stored.form.history).to.deep.equal({ salesLast12Months: '12345678901234567.89', paymentsLast12Months: '', overdueCountLast12Months: '', maxDaysOverdueLast12Months: '7' });
    first.remove();

    const el = await mount({ client });
    expect(part(el, 'draft-note')!.textContent).to.contain('Draft restored');
    expect(sectionHeading(el)).to.equal('2. Financials');
    expect(control(el, HISTORY.sales)!.value).to.equal('12345678901234567.89');
    expect(control(el, HISTORY.maxDaysOverdue)!.value).to.equal('7');
    await submitFromReview(el);
    expect(bodies[0]!.history).to.deep.equal({ salesLast12Months: '12345678901234567.89', maxDaysOverdueLast12Months: 7 });
  });

  it('restores a draft saved before the form had the history', async () => {
    const { client, bodies } = recordingClient();
    // What the form stored until now: the same v1 key and envelope, a form with no `history` member.
    const { history: _, ...application } = validApplication() as ReturnType<typeof validApplication> & { history?: unknown };
    const oldForm = {
      ...application,
      request: { ...application.request, termDays: '90' },
      impression: { notes: 'Pays on time.', score: '82' },
      applicant: { ...application.applicant, id: '', salesperson: '', region: '', groupId: '', parentCompany: '' },
      financials: { ...application.financials, customerId: '' },
    };
    localStorage.setItem(newDraftKey(), JSON.stringify({ form: oldForm, idempotencyKey: 'old-draft-key-1', section: 'request', savedAt: '2026-11-25T03:08:00Z' }));

    const el = await mount({ client });
    expect(part(el, 'draft-note')!.textContent).to.contain('Draft restored');
    expect(sectionHeading(el)).to.equal('4. Request');
    expect(control(el, 'request.purpose')!.value).to.equal('Working capital for Q1 orders');
    await goToSection(el, 'financials');
    for (const key of Object.values(HISTORY)) expect(control(el, key)!.value, key).to.equal('');
    expect(fieldError(el, HISTORY.sales)).to.equal(null);
    await submitFromReview(el);
    expect('history' in bodies[0]!).to.equal(false);
    expect(bodies[0]!.request).to.deep.equal({ amount: '20000000.00', currency: 'CNY', termDays: 90, purpose: 'Working capital for Q1 orders', settlementMethod: 'bank_acceptance_bill' });
  });

  it('takes the history from the value property, and reset returns to it', async () => {
    const el = await mount({
      value: { ...validApplication(), history: { salesLast12Months: '260000000.00', overdueCountLast12Months: 1 } },
    });
    await goToSection(el, 'financials');
    expect(control(el, HISTORY.sales)!.value).to.equal('260000000.00');
    expect(control(el, HISTORY.overdueCount)!.value).to.equal('1');
    await fill(el, HISTORY.sales, '1.00');
    await fill(el, HISTORY.payments, '2.00');
    expect(el.value.history).to.deep.equal({ salesLast12Months: '1.00', paymentsLast12Months: '2.00', overdueCountLast12Months: 1 });
    el.reset();
    await el.updateComplete;
    expect(el.value.history).to.deep.equal({ salesLast12Months: '260000000.00', overdueCountLast12Months: 1 });
    await goToSection(el, 'financials');
    expect(control(el, HISTORY.payments)!.value).to.equal('');
  });
});
