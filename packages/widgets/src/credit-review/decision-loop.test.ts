import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import { Decimal } from '@credit-kit/core';
import { defineCreditCheck, type CkCreditCheck } from '../credit-check/credit-check.js';
import { defineCreditReview, type CkCreditReview } from './credit-review.js';
import { readDateField } from '../i18n/date-text.js';

defineCreditCheck();
defineCreditReview();

let backend: MockBackend;
before(() => {
  backend = createMockBackend({ seed: 1, receivables: 500 });
});
after(() => backend.reset());

function clientAs(actor: string, roles: string[]): CreditKitClient {
  return createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: false, headers: { 'X-Credit-Kit-Actor': actor, 'X-Credit-Kit-Roles': roles.join(',') } });
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('the decision loop, end to end on the mock backend', () => {
  it('a salesperson\'s order over the limit is held and becomes a limit request; an approver grants it; the profile shows the new limit and dates', async () => {
    // A customer with a limit, not blacklisted, nothing overdue: only the amount can stop the order.
    const seed = backend.dataset.customers.find((c) => {
      const p = backend.dataset.profiles[c.index]!;
      return !p.blacklisted && p.oldestOverdueDays === 0 && new Decimal(p.granted).gt(0) && new Decimal(p.granted).lt(3_000_000) && ['A', 'AA', 'AAA', 'A+', 'AA+', 'A-', 'AA-'].includes(p.grade);
    })!;
    expect(seed, 'a customer to sell to').to.exist;
    const profile = backend.dataset.profiles[seed.index]!;
    const order = new Decimal(profile.granted).plus(100_000).toFixed(2);
    const sales = clientAs('sales-1', ['sales']);

    const check = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${sales} customer-id=${seed.customer.id} amount=${order}></ck-credit-check>`);
    await waitUntil(() => check.ready, 'the check loads');
    await check.updateComplete;
    expect(check.result!.status).to.equal('blocked');
    expect(check.result!.reasons.map((r) => r.code)).to.include('limit-exceeded');
    $<HTMLButtonElement>(check, '[part~=request-button]')!.click();
    await check.updateComplete;
    const prefilled = $<HTMLInputElement>(check, '#request-amount')!.value;
    expect(prefilled).to.equal(new Decimal(profile.granted).plus(check.result!.shortfall!).toFixed(2));
    const sent = oneEvent(check, 'ck-limit-request-submitted');
    $<HTMLButtonElement>(check, '[part~=request-submit]')!.click();
    const request = (await sent).detail.request;
    expect(request).to.deep.include({ customerId: seed.customer.id, kind: 'increase', amount: prefilled, status: 'submitted', requestedBy: 'sales-1' });

    // The salesperson may not decide it: the backend refuses (maker-checker, and no approval role).
    const own = await fixture<CkCreditReview>(html`<ck-credit-review .client=${sales} limit-request-id=${request.id}></ck-credit-review>`);
    await waitUntil(() => own.ready, 'the desk loads');
    await own.updateComplete;
    $<HTMLButtonElement>(own, '[part~=decision-submit]')!.click();
    await waitUntil(() => $(own, '[part~=decision-error]') !== null, 'refused');

    const approver = clientAs('mgr-9', ['committee']);
    const review = await fixture<CkCreditReview>(html`<ck-credit-review .client=${approver} limit-request-id=${request.id}></ck-credit-review>`);
    await waitUntil(() => review.ready, 'the desk loads');
    await review.updateComplete;
    const granted = $<HTMLInputElement>(review, '#granted-limit')!.value;
    const validUntil = readDateField($<HTMLInputElement>(review, '#valid-until')!).iso;
    const nextReview = readDateField($<HTMLInputElement>(review, '#next-review')!).iso;
    const decided = oneEvent(review, 'ck-decision');
    $<HTMLButtonElement>(review, '[part~=decision-submit]')!.click();
    const { decision, verification } = (await decided).detail;
    expect(verification.verified).to.equal(true);
    expect(decision.decidedBy).to.equal('mgr-9');
    const after = await approver.getCreditProfile(seed.customer.id);
    expect([after.granted, after.validUntil, after.nextReviewOn]).to.deep.equal([granted, validUntil, nextReview]);
    // The check now lets the same order through.
    const again = await fixture<CkCreditCheck>(html`<ck-credit-check .client=${clientAs('sales-1', ['sales'])} customer-id=${seed.customer.id} amount=${order}></ck-credit-check>`);
    await waitUntil(() => again.ready, 'the check loads again');
    expect(again.result!.exposure.granted).to.equal(granted);
    const covered = new Decimal(granted).gte(prefilled);
    expect(again.result!.reasons.some((r) => r.code === 'limit-exceeded'), 'over the limit only if less was granted than asked').to.equal(!covered);
  });
});
