import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import { DEFAULT_CREDIT_POLICY, type CreditProfile, type LimitRequest, type LimitRequestInput } from '@credit-kit/core';
import { formatMoney } from '../i18n/format.js';
import type { CkCreditCheckChangeEvent } from './credit-check.events.js';
import { defineCreditCheck, type CkCreditCheck } from './credit-check.js';

defineCreditCheck();

let backend: MockBackend;
let client: CreditKitClient;

before(() => {
  backend = createMockBackend({ seed: 1, receivables: 500 });
});
beforeEach(() => {
  client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: { baseDelayMs: 1 } });
});
afterEach(() => backend.reset());

/** An A customer, 100,000.00 granted, 70,000.00 used, nothing overdue. */
function profile(change: Partial<CreditProfile> = {}): CreditProfile {
  return {
    customerId: 'C900',
    grade: 'A',
    ratedOn: '2026-06-30',
    currency: 'CNY',
    granted: '100000.00',
    termDays: 60,
    components: { openReceivables: '70000.00' },
    overdueAmount: '0.00',
    oldestOverdueDays: 0,
    blacklisted: false,
    ...change,
  };
}

const $ = <T extends Element = HTMLElement>(el: CkCreditCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: CkCreditCheck, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const reasons = (el: CkCreditCheck) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=reason]')].map((li) => [li.dataset.code, li.textContent!.trim()]);
const yuan = (amount: string) => formatMoney(amount, 'CNY', 'en');

async function mount(attrs: { amount?: string; stage?: string; variant?: string; lang?: string; theme?: string } = {}, given: Partial<CreditProfile> = {}, own?: CreditKitClient): Promise<CkCreditCheck> {
  const el = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${own ?? client} .profile=${profile(given)} .policy=${DEFAULT_CREDIT_POLICY}
    amount=${attrs.amount ?? ''} stage=${attrs.stage ?? 'order'} variant=${attrs.variant ?? 'full'} lang=${attrs.lang ?? 'en'} theme=${attrs.theme ?? 'light'}></ck-credit-check>`);
  await waitUntil(() => el.ready || el.error !== undefined, 'the check loads');
  await el.updateComplete;
  return el;
}

/** A client that records limit requests and answers as a backend would. */
function recordingClient(fail = 0): { client: CreditKitClient; sent: { input: LimitRequestInput; key: string }[] } {
  const sent: { input: LimitRequestInput; key: string }[] = [];
  const base = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch });
  const own = Object.create(base) as CreditKitClient;
  own.createLimitRequest = async (input, options) => {
    sent.push({ input, key: options.idempotencyKey });
    if (sent.length <= fail) throw new TypeError('Failed to fetch');
    const stored: LimitRequest = {
      ...input,
      id: 'LR7',
      number: 'LR-2026-000007',
      status: 'submitted',
      requestedBy: 'sales-1',
      submittedAt: '2026-11-25T08:00:00Z',
      history: [{ status: 'submitted', actor: 'sales-1', at: '2026-11-25T08:00:00Z' }],
    };
    return stored;
  };
  return { client: own, sent };
}

describe('<ck-credit-check>', () => {
  it('shows the credit available and goes ahead on a deal within it', async () => {
    const el = await mount({ amount: '5,000.00' });
    expect(text(el, '[part~=status]')).to.equal('OK');
    expect(text(el, '[part~=available] dd')).to.equal(yuan('30000.00'));
    expect(text(el, '[part~=action]')).to.equal('Go ahead.');
    expect(reasons(el)).to.deep.equal([]);
    expect($(el, '[part~=request-button]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an order over the limit is held with the shortfall in words; a quote only warns; an invoice is refused', async () => {
    const order = await mount({ amount: '40000.00', stage: 'order' });
    expect(text(order, '[part~=status]')).to.equal('Blocked');
    expect(text(order, '[part~=action]')).to.match(/On credit hold/);
    expect(reasons(order)).to.deep.equal([
      ['limit-exceeded', `Over the limit by ${yuan('10000.00')}: ${yuan('110000.00')} used with this deal of ${yuan('40000.00')}, against ${yuan('100000.00')} granted.`],
    ]);
    expect(text(order, '[part~=request-button]')).to.equal('Request a higher limit');

    const quote = await mount({ amount: '40000.00', stage: 'quote' });
    expect([text(quote, '[part~=status]'), text(quote, '[part~=action]')]).to.deep.equal(['Warning', 'Go ahead, with care.']);
    const invoice = await mount({ amount: '40000.00', stage: 'invoice' });
    expect(text(invoice, '[part~=action]')).to.match(/^Refused/);
  });

  it('an item one day past due stops an order whatever its amount (grace 0 days, 清旧款、发新货)', async () => {
    const el = await mount({ amount: '1.00' }, { oldestOverdueDays: 1, overdueAmount: '500.00' });
    expect(text(el, '[part~=status]')).to.equal('Blocked');
    expect(reasons(el).map(([code]) => code)).to.deep.equal(['overdue-days']);
    expect(reasons(el)[0]![1]).to.match(/1 days past its due date \(grace 0 days\)/);
    expect(text(el, '[part~=request-button]')).to.equal('Request an exception');
  });

  it('a BBB customer ordering within its limit keeps its relationship: a warning to maintain it, not a block', async () => {
    const el = await mount({ amount: '1000.00' }, { grade: 'BBB' });
    expect(text(el, '[part~=status]')).to.equal('Warning');
    expect(reasons(el)).to.deep.equal([['grade-maintain', 'Grade BBB: maintain the existing relationship, exit when possible.']]);
  });

  it('fires ck-credit-check-change with the action once loaded and again only when the outcome changes', async () => {
    const el = document.createElement('ck-credit-check');
    const seen: CkCreditCheckChangeEvent['detail'][] = [];
    el.addEventListener('ck-credit-check-change', (e) => seen.push(e.detail));
    Object.assign(el, { client, profile: profile(), policy: DEFAULT_CREDIT_POLICY, amount: '5000.00' });
    document.body.append(el);
    try {
      await waitUntil(() => seen.length === 1, 'first outcome');
      expect(seen[0]).to.include({ customerId: 'C900', stage: 'order', amount: '5000.00', status: 'ok', action: 'proceed', available: '30000.00' });
      el.amount = '5,000.00'; // the same deal, written otherwise
      await el.updateComplete;
      el.amount = '45000';
      await waitUntil(() => seen.length === 2, 'second outcome');
      expect(seen[1]).to.include({ status: 'blocked', action: 'hold', shortfall: '15000.00' });
      expect(seen[1]!.reasons).to.deep.equal(['limit-exceeded']);
      expect(seen).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('sends a limit request prefilled with the shortfall, once, and says which request it made', async () => {
    const { client: own, sent } = recordingClient(1);
    const el = await mount({ amount: '40000.00' }, {}, own);
    $(el, '[part~=request-button]')!.click();
    await el.updateComplete;
    const amount = $<HTMLInputElement>(el, '#request-amount')!;
    expect(amount.value).to.equal('110000.00');
    expect(el.shadowRoot!.activeElement).to.equal(amount);
    expect($<HTMLTextAreaElement>(el, '#request-reason')!.value).to.match(/^Credit check: Over the limit by/);

    // An empty reason is refused on its field, nothing sent.
    const reason = $<HTMLTextAreaElement>(el, '#request-reason')!;
    reason.value = '  ';
    reason.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=request-submit]')!.click();
    await el.updateComplete;
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#request-reason-error')).to.equal('Say why the limit is needed.');
    expect(sent).to.have.length(0);

    reason.value = 'Year-end stock for the Hangzhou project.';
    reason.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=request-submit]')!.click();
    await waitUntil(() => text(el, '[part~=request-error]') !== '', 'the network failure is shown');
    expect(text(el, '[part~=request-error]')).to.match(/^The request could not be sent\./);

    const submitted = oneEvent(el, 'ck-limit-request-submitted');
    $<HTMLButtonElement>(el, '[part~=request-submit]')!.click();
    const event = await submitted;
    expect(event.detail.request.number).to.equal('LR-2026-000007');
    await el.updateComplete;
    expect(text(el, '[part~=request-receipt]')).to.equal('Limit request LR-2026-000007 sent for approval.');
    expect(sent).to.have.length(2);
    expect(sent[1]!.key, 'the retry reuses the key').to.equal(sent[0]!.key);
    expect(sent[1]!.input).to.deep.include({ customerId: 'C900', kind: 'increase', amount: '110000.00', currency: 'CNY', reason: 'Year-end stock for the Hangzhou project.' });
    expect(sent[1]!.input.origin).to.deep.equal({ kind: 'credit_check', orderAmount: '40000.00', shortfall: '10000.00', checkReasons: ['limit-exceeded'] });
  });

  it('reads amounts as people type them, in 万 too, and a temporary exception needs its end date', async () => {
    const { client: own, sent } = recordingClient();
    const el = await mount({ amount: '4万' }, {}, own);
    expect(reasons(el).map(([code]) => code)).to.deep.equal(['limit-exceeded']);
    $(el, '[part~=request-button]')!.click();
    await el.updateComplete;
    const kind = $<HTMLSelectElement>(el, '#request-kind')!;
    kind.value = 'temporary_exception';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const amount = $<HTMLInputElement>(el, '#request-amount')!;
    amount.value = '11万';
    amount.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=request-submit]')!.click();
    await el.updateComplete;
    expect($(el, '#request-until')!.getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.have.length(0);
    const until = $<HTMLInputElement>(el, '#request-until')!;
    until.value = '2026-12-31';
    until.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=request-submit]')!.click();
    await waitUntil(() => sent.length === 1);
    expect(sent[0]!.input).to.deep.include({ kind: 'temporary_exception', amount: '110000', until: '2026-12-31' });
  });

  it('speaks Chinese, folds the reasons in the compact variant, and is accessible in the dark theme', async () => {
    const el = await mount({ amount: '40000.00', lang: 'zh-CN', variant: 'compact', theme: 'dark' });
    expect(text(el, '[part~=status]')).to.equal('拦截');
    expect(text(el, '[part~=action]')).to.match(/信用冻结/);
    const details = $<HTMLDetailsElement>(el, 'details.compact-reasons')!;
    expect(details.open).to.equal(false);
    expect(reasons(el)[0]![1]).to.match(/^超出额度/);
    await expect(el).to.be.accessible();
  });

  it('loads the profile and policy through the client, and shows an error with Retry when they fail', async () => {
    const id = backend.dataset.customers[0]!.customer.id;
    const seeded = backend.dataset.profiles[0]!;
    const el = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${client} customer-id=${id} amount="1.00"></ck-credit-check>`);
    await waitUntil(() => el.ready, 'loads from the mock');
    expect(el.result!.exposure.granted).to.equal(seeded.granted);

    backend.setKnobs({ routeStatus: { 'GET /customers/{id}/credit-profile': 500 } });
    client.clearCache();
    const failing = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: false })} customer-id=${id}></ck-credit-check>`);
    await waitUntil(() => failing.error !== undefined, 'fails');
    await failing.updateComplete;
    expect($(failing, '[part~=error]')).to.exist;
    backend.setKnobs({ routeStatus: {} });
    $<HTMLButtonElement>(failing, '[part~=retry-button]')!.click();
    await waitUntil(() => failing.ready, 'recovers on Retry');
  });
});
