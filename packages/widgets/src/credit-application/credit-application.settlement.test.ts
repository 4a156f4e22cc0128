import { expect, waitUntil } from '@open-wc/testing';
import { DEFAULT_SETTLEMENT_POLICY } from '@credit-kit/core';
import type { CkCreditApplication } from './credit-application.component.js';
import { control, goToSection, mount } from './test-support/mount.js';

const offered = (el: CkCreditApplication) =>
  [...control<HTMLSelectElement>(el, 'request.settlementMethod')!.options].filter((o) => o.value !== '').map((o) => [o.value, o.textContent!.trim()]);

// 003 应收账款事前管理 1.: "(1)对资信差的客户一律现款交易。(2)对资信一般或资信较好但尚未进一步证实的客户…可以采用承兑汇票结算方式。
// (3)对资信好、实力强、有前景的客户可以采用分期付款和赊销的方式".
describe('<ck-credit-application> settlement methods by standing', () => {
  it('offers every method without a standing, cash only to a poor standing, cash or bill to a fair one', async () => {
    const el = await mount({ client: null });
    await goToSection(el, 'request');
    expect(offered(el).map(([v]) => v)).to.deep.equal(['cash', 'bank_acceptance_bill', 'installments', 'open_credit']);
    el.settlementStanding = { grade: 'BB', paymentRecord: 'good' };
    await el.updateComplete;
    expect(offered(el)).to.deep.equal([['cash', 'Cash']]);
    el.settlementStanding = { grade: 'AA', paymentRecord: 'unverified' };
    await el.updateComplete;
    expect(offered(el).map(([v]) => v)).to.deep.equal(['cash', 'bank_acceptance_bill']);
  });

  it("offers the others with a warning when the policy says 'warn'", async () => {
    const el = await mount({ client: null, lang: 'zh-CN' });
    await goToSection(el, 'request');
    el.settlementStanding = { grade: 'BBB', paymentRecord: 'good', policy: { ...DEFAULT_SETTLEMENT_POLICY, outsideAllowed: 'warn' } };
    await el.updateComplete;
    await waitUntil(() => offered(el)[0]?.[1] === '现款', 'Chinese labels');
    expect(offered(el)).to.deep.equal([
      ['cash', '现款'],
      ['bank_acceptance_bill', '银行承兑汇票'],
      ['installments', '分期付款（超出客户资信允许的结算方式）'],
      ['open_credit', '赊销（超出客户资信允许的结算方式）'],
    ]);
  });
});
