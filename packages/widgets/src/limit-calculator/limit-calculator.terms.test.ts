import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY, type CreditPolicy, type CreditProfile, type Customer, type Financials } from '@credit-kit/core';
import { createMockBackend } from '@credit-kit/mock';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

const AS_OF = '2026-11-25';
const backend = createMockBackend({ seed: 1 });
const seed = backend.dataset.customerById.get('C004')!;
const customer = seed.customer as Customer;
const financials = backend.dataset.financials[seed.index] as Financials;
const base = backend.dataset.profiles[seed.index] as CreditProfile;
// An existing relationship in good order: a limit granted, nothing overdue.
const GOOD: CreditProfile = { ...base, granted: '1000000.00', overdueAmount: '0.00', oldestOverdueDays: 0, blacklisted: false };

async function calculator(profile: CreditProfile, lang = 'en', policy: CreditPolicy = DEFAULT_CREDIT_POLICY): Promise<CkLimitCalculator> {
  const el = await fixture<CkLimitCalculator>(
    html`<ck-limit-calculator lang=${lang} as-of=${AS_OF} .policy=${policy} .customer=${customer} .financials=${financials} .profile=${profile}></ck-limit-calculator>`,
  );
  await waitUntil(() => el.ready || el.error !== undefined, 'the calculator loads', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const text = (el: CkLimitCalculator, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const codes = (el: CkLimitCalculator) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=order-check] li')].map((li) => `${li.dataset.code}:${li.dataset.severity}`);

describe('<ck-limit-calculator> terms by the practice', () => {
  // 002 篇二: "BBB级客户:不能新建立信贷关系。以存量维护为主,伺机退出".
  it("lets an existing BBB customer's order through with the warning 'maintain, exit when possible'", async () => {
    const el = await calculator({ ...GOOD, grade: 'BBB-' });
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part=order-check]')!.dataset.status).to.equal('warning');
    expect(codes(el)).to.deep.equal(['grade-maintain:warning']);
    expect(text(el, '[part=order-check]')).to.equal('New orders: Allowed, with a warning: Maintain the existing relationship and exit when possible.');
    const zh = await calculator({ ...GOOD, grade: 'BBB' }, 'zh-CN');
    expect(text(zh, '[part=order-check]')).to.contain('以存量维护为主，伺机退出');
    expect(text(zh, '[part=rating]')).to.contain('不能新建立信贷关系。以存量维护为主，伺机退出。');
  });

  // 003 最长赊销期: "如到期未收回欠款,则立即停止供货,组织追款"; default grace 0 days.
  it('stops a customer with an item one day past due (grace 0), and offers it cash only', async () => {
    const el = await calculator({ ...GOOD, overdueAmount: '500.00', oldestOverdueDays: 1 });
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part=order-check]')!.dataset.status).to.equal('blocked');
    expect(codes(el)).to.deep.equal(['overdue-days:block']);
    expect(text(el, '[part=order-check] li')).to.equal('An item is 1 days past its due date (grace 0 days): stop supply and collect; clear the old balance before shipping new goods.');
    // 003: "对资信差的客户一律现款交易".
    expect(text(el, '[part=settlement] p')).to.equal('Settlement methods allowed: Cash');
    // On the due date itself the order goes through.
    const onTime = await calculator({ ...GOOD, overdueAmount: '0.00', oldestOverdueDays: 0 });
    expect(onTime.shadowRoot!.querySelector<HTMLElement>('[part=order-check]')!.dataset.status).to.equal('ok');
  });

  // 003: "(3)对资信好、实力强、有前景的客户可以采用分期付款和赊销的方式,但在付款期限和累计金额上应有明确规定,并应坚持清旧款、发新货的原则。
  // (4)…当其提前付款或现金交易时,可考虑给予信用优惠如现金折扣等".
  it('offers a good, strong customer installments and open credit with term and cap, and the cash discount of the policy', async () => {
    const policy: CreditPolicy = { ...DEFAULT_CREDIT_POLICY, settlement: { ...DEFAULT_CREDIT_POLICY.settlement, cashDiscount: { percent: '2', withinDays: 10, netDays: 30 } } };
    const el = await calculator({ ...GOOD, grade: 'A' }, 'en', policy);
    expect(text(el, '[part=settlement]')).to.equal(
      'Settlement methods allowed: Cash · Bank acceptance bill · Installments · Open credit sale ' +
        'Good, strong standing: installments and open credit too. ' +
        'Installments and open credit: a term of at most 180 days, the granted limit as the cumulative cap, and the old balance cleared before new goods ship. ' +
        'Cash discount for early payment: 2/10 net 30.',
    );
    const zh = await calculator({ ...GOOD, grade: 'A' }, 'zh-CN', policy);
    expect(text(zh, '[part=settlement]')).to.contain('分期付款').and.contain('坚持清旧款、发新货');
  });

  // 002 评级方法: "对能够出具他行省级分支机构、省联社认可的专业评级机构评级证书的,可直接认同" — source, issuer and date with the grade.
  it('shows where the grade comes from, with issuer and date', async () => {
    const el = await calculator({ ...GOOD, ratedOn: '2026-05-04', ratingSource: { kind: 'external', issuer: 'Bank X, Hubei provincial branch' } });
    expect(text(el, '[part=rating-source]')).to.equal('Rating source: Recognised external rating, accepted as is, issued by Bank X, Hubei provincial branch, May 4, 2026');
    const zh = await calculator({ ...GOOD, ratingSource: { kind: 'in-house' } }, 'zh-CN');
    expect(text(zh, '[part=rating-source]')).to.contain('客户经理内部评级').and.contain('最高不超过AA级');
    const none = await calculator(GOOD);
    expect(none.shadowRoot!.querySelector('[part=rating-source]')).to.equal(null);
  });

  it('is accessible with the terms shown', async () => {
    const el = await calculator({ ...GOOD, grade: 'BBB', ratingSource: { kind: 'commissioned', issuer: 'Agency Y' } });
    await expect(el).to.be.accessible();
  });
});
