import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import type { Decision } from '@credit-kit/core';
import { defineCreditReview, type CkCreditReview } from './credit-review.js';
import { readDateField } from '../i18n/date-text.js';

defineCreditReview();

const AS_OF = '2026-11-25';
const ANALYST = '信用管理部 韩雪';
let backend: MockBackend;

before(() => {
  backend = createMockBackend({ seed: 1, receivables: 500 });
});
afterEach(() => backend.reset());

/** A client acting as `actor` with `roles`, the way a host configures its auth headers (the mock reads these two). */
function clientAs(actor: string, roles: string[]): CreditKitClient {
  return createClient({
    baseUrl: '/api/credit/v1',
    fetch: backend.fetch,
    retry: false,
    headers: { 'X-Credit-Kit-Actor': encodeURIComponent(actor), 'X-Credit-Kit-Roles': roles.join(',') },
  });
}

const $ = <T extends Element = HTMLElement>(el: CkCreditReview, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: CkCreditReview, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function desk(id: string, client: CreditKitClient, lang = 'en'): Promise<CkCreditReview> {
  const el = await fixture<CkCreditReview>(html`<ck-credit-review .client=${client} limit-request-id=${id} as-of=${AS_OF} lang=${lang}></ck-credit-review>`);
  await waitUntil(() => el.ready || el.error !== undefined, 'the desk loads', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

function set(el: CkCreditReview, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('<ck-credit-review>', () => {
  it('shows the request, the customer and the source of its grade, the limit and the warning side by side', async () => {
    const el = await desk('LR000001', clientAs('mgr-1', ['credit_manager']));
    expect(el.error).to.equal(undefined);
    expect(text(el, '#desk-title')).to.match(/^Limit request LR-\d{4}-\d{6} · Limit increase$/);
    expect(text(el, '[part~=subject]')).to.match(/Limit asked for/);
    expect(text(el, '[part~=customer]')).to.match(/Rating/);
    await waitUntil(() => $(el, '[part~=limit]')?.localName === 'ck-limit-calculator', 'the calculator is shown', { timeout: 10_000 });
    const calculator = $(el, '[part~=limit]') as HTMLElement & { ready?: boolean; readOnly?: boolean };
    await waitUntil(() => calculator.ready === true, 'the calculator loads', { timeout: 10_000 });
    expect(calculator.readOnly).to.equal(true);
    // The badge is loaded on first use, so it may arrive after the calculator.
    await waitUntil(() => $(el, '[part~=warning]')?.localName === 'ck-warning-badge', 'the badge is shown', { timeout: 10_000 });
    // The proposal: within the computed maximum, dates from the review policy.
    expect($<HTMLInputElement>(el, '#granted-limit')!.value).to.match(/^\d+(\.\d+)?$/);
    expect(readDateField($<HTMLInputElement>(el, '#next-review')!).iso <= readDateField($<HTMLInputElement>(el, '#valid-until')!).iso).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('an approver within their level approves with conditions; the receipt verifies and the profile carries the new dates', async () => {
    const client = clientAs('mgr-1', ['credit_manager']);
    const el = await desk('LR000001', client);
    // Below the amount asked: a credit manager may approve up to 5,000,000 (core's default approval policy).
    set(el, '#granted-limit', '5,000,000.00');
    set(el, '#valid-until', '2027-11-25');
    set(el, '#next-review', '2027-05-25');
    await el.updateComplete;
    const decided = oneEvent(el, 'ck-decision');
    $<HTMLButtonElement>(el, '[part~=decision-submit]')!.click();
    const event = await decided;
    expect(event.detail.decision.outcome).to.equal('approve');
    expect(event.detail.decision.conditions!.grantedLimit).to.equal('5000000.00');
    expect(event.detail.verification).to.deep.include({ verified: true });
    await waitUntil(() => $(el, '[part~=receipt-verified]') !== null, 'verified shown', { timeout: 10_000 });
    expect(text(el, '.digest code')).to.equal(event.detail.decision.receipt.digest.value);
    const profile = await client.getCreditProfile((await client.getLimitRequest('LR000001')).customerId);
    expect([profile.granted, profile.validUntil, profile.nextReviewOn]).to.deep.equal([event.detail.decision.conditions!.grantedLimit, '2027-11-25', '2027-05-25']);
    await waitUntil(() => text(el, '[part~=customer]').includes('Next review'), 'the desk shows the new dates', { timeout: 10_000 });
  });

  it('the backend refuses an approver who prepared the request (maker-checker), and the desk says why', async () => {
    const el = await desk('LR000002', clientAs(ANALYST, ['analyst', 'credit_manager']));
    $<HTMLButtonElement>(el, '[part~=decision-submit]')!.click();
    await waitUntil(() => $(el, '[part~=decision-error]') !== null, 'the refusal is shown', { timeout: 10_000 });
    expect(text(el, '[part~=decision-error]')).to.match(/^The backend refused the decision:/);
    expect(el.decision).to.equal(undefined);
  });

  it('a rejection needs a reason code; with one it is recorded', async () => {
    const el = await desk('LR000003', clientAs('mgr-2', ['credit_manager']));
    const reject = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=outcome]')].find((r) => r.value === 'reject')!;
    reject.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=decision-submit]')!.click();
    await el.updateComplete;
    expect($(el, 'fieldset.reason-codes')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.decision).to.equal(undefined);
    $<HTMLInputElement>(el, 'input[value=debt-ratio-too-high]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=decision-submit]')!.click();
    await waitUntil(() => el.decision !== undefined, 'recorded', { timeout: 10_000 });
    expect(el.decision!.reasonCodes).to.deep.equal(['debt-ratio-too-high']);
    await waitUntil(() => text(el, '.head .status') === 'Rejected', 'the status says rejected', { timeout: 10_000 });
  });

  it('a receipt that was tampered with on the way names the step that differs', async () => {
    const honest = clientAs('mgr-1', ['credit_manager']);
    // The real client, except that a decision's receipt comes back with its first step changed.
    const decideLimitRequest: CreditKitClient['decideLimitRequest'] = async (id, input) => {
      const decision: Decision = await honest.decideLimitRequest(id, input);
      const steps = decision.receipt.steps.map((s, i) => (i === 0 ? { ...s, value: `${s.value}1` } : s));
      return { ...decision, receipt: { ...decision.receipt, steps } };
    };
    const tampering = new Proxy(honest, {
      get: (target, key) => {
        if (key === 'decideLimitRequest') return decideLimitRequest;
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const el = await desk('LR000001', tampering);
    set(el, '#granted-limit', '1000000.00');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~=decision-submit]')!.click();
    await waitUntil(() => $(el, '[part~=receipt-failed]') !== null, 'the failure is shown', { timeout: 10_000 });
    expect(text(el, '[part~=receipt-failed]')).to.match(/^✗ Does not verify: Step \S+ differs/);
  });

  it('works through the review worklist, opening an entry\'s calculator, in Chinese', async () => {
    const el = await fixture<CkCreditReview>(html`<ck-credit-review .client=${clientAs('mgr-1', ['credit_manager'])} mode="worklist" as-of=${AS_OF} lang="zh-CN"></ck-credit-review>`);
    await waitUntil(() => el.ready, 'the worklist loads', { timeout: 10_000 });
    await el.updateComplete;
    const entries = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=worklist-entry]')];
    expect(entries.length).to.be.greaterThan(0);
    expect(text(el, '#worklist-heading')).to.match(/^截至 .* 待复审的额度$/);
    const opened = oneEvent(el, 'ck-review-open');
    entries[0]!.querySelector<HTMLButtonElement>('[part~=worklist-open]')!.click();
    expect((await opened).detail.entry.customerId).to.equal(entries[0]!.dataset.customer);
    await waitUntil(() => entries[0]!.querySelector('ck-limit-calculator') !== null, 'its calculator opens', { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });

  it('dates the worklist by the backend\'s data when no as-of is given, not by the browser\'s clock (issue 15)', async () => {
    const asked: string[] = [];
    const client = createClient({
      baseUrl: '/api/credit/v1',
      fetch: (input, init) => {
        const request = new Request(input, init);
        asked.push(new URL(request.url).search);
        return backend.fetch(request);
      },
      retry: false,
      headers: { 'X-Credit-Kit-Actor': 'mgr-1', 'X-Credit-Kit-Roles': 'credit_manager' },
    });
    const el = await fixture<CkCreditReview>(html`<ck-credit-review .client=${client} mode="worklist" lang="en"></ck-credit-review>`);
    await waitUntil(() => el.ready, 'the worklist loads', { timeout: 10_000 });
    await el.updateComplete;
    expect(asked[0], 'the worklist is asked for without a day').to.equal('');
    expect(backend.dataset.asOf).to.not.equal(new Date().toISOString().slice(0, 10));
    const heading = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${backend.dataset.asOf}T00:00:00Z`));
    expect(text(el, '#worklist-heading')).to.include(heading);
    const entry = el.shadowRoot!.querySelector<HTMLElement>('[part~=worklist-entry]')!;
    entry.querySelector<HTMLButtonElement>('[part~=worklist-open]')!.click();
    await waitUntil(() => entry.querySelector('ck-limit-calculator') !== null, 'its calculator opens', { timeout: 10_000 });
    expect(entry.querySelector('ck-limit-calculator')!.getAttribute('as-of'), 'the entry\'s calculator works on the same day').to.equal(backend.dataset.asOf);
  });
});
