import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { creditCheck } from './credit-check.js';
import { allowedSettlementMethods } from './settlement.js';
import { cashDiscount, formatCashDiscountTerms, paymentRecordFromOverdue } from './settlement-amounts.js';
import { validationError, paths } from './test-support/expect-validation-error.js';

// 003 应收账款事前管理 1.: "(1)对资信差的客户一律现款交易。(2)对资信一般或资信较好但尚未进一步证实的客户,
// 在现款交易不被接受的情况下可以采用承兑汇票结算方式。(3)对资信好、实力强、有前景的客户可以采用分期付款和赊销的方式,
// 但在付款期限和累计金额上应有明确规定,并应坚持清旧款、发新货的原则。"
describe('allowedSettlementMethods', () => {
  it('资信差 (a poor payment record, or a grade below BBB-): cash only', () => {
    expect(allowedSettlementMethods({ grade: 'AAA', paymentRecord: 'poor' })).to.deep.equal({ standing: 'poor', methods: ['cash'] });
    expect(allowedSettlementMethods({ grade: 'BB+', paymentRecord: 'good' }).methods).to.deep.equal(['cash']);
  });

  it('资信一般, or good but not yet verified: cash or bank acceptance bill', () => {
    for (const standing of [{ grade: 'BBB-', paymentRecord: 'good' }, { grade: 'AA', paymentRecord: 'fair' }, { grade: 'AA', paymentRecord: 'unverified' }] as const) {
      expect(allowedSettlementMethods(standing), JSON.stringify(standing)).to.deep.equal({ standing: 'fair', methods: ['cash', 'bank_acceptance_bill'] });
    }
  });

  it('资信好、实力强: installments and open credit too, with an explicit term, the limit as cumulative cap, and 清旧款、发新货', () => {
    expect(allowedSettlementMethods({ grade: 'A-', paymentRecord: 'good' })).to.deep.equal({
      standing: 'good',
      methods: ['cash', 'bank_acceptance_bill', 'installments', 'open_credit'],
      openCredit: { maxTermDays: 180, cumulativeCap: 'granted-limit', clearOldBeforeNew: true },
    });
    expect(allowedSettlementMethods({ grade: 'AA', paymentRecord: 'good' }, { maxTermDays: 60 }).openCredit!.maxTermDays).to.equal(60);
  });

  it('takes the grade cut-offs from the policy', () => {
    expect(allowedSettlementMethods({ grade: 'BBB', paymentRecord: 'good' }, { openCreditMinGrade: 'BBB' }).standing).to.equal('good');
    expect(allowedSettlementMethods({ grade: 'BBB', paymentRecord: 'good' }, { billMinGrade: 'A' }).standing).to.equal('poor');
  });

  it('names bad paths', () => {
    expect(paths(validationError(() => allowedSettlementMethods({ grade: 'X', paymentRecord: 'ok' } as never)))).to.have.members(['grade', 'paymentRecord']);
  });

  it('the credit check reports a request outside the allowed methods: a block, or a warning by policy', () => {
    const profile = { grade: 'BBB', granted: '1000', components: {}, paymentRecord: 'fair' } as const;
    const blocked = creditCheck(profile, { amount: '10', settlementMethod: 'open_credit' });
    expect(blocked.status).to.equal('blocked');
    expect(blocked.reasons.map((r) => [r.code, r.severity])).to.deep.equal([['settlement-method', 'block'], ['grade-maintain', 'warning']]);
    expect(blocked.reasons[0]!.message).to.contain('cash, bank_acceptance_bill');
    const warned = creditCheck(profile, { amount: '10', settlementMethod: 'open_credit' }, undefined, { outsideAllowed: 'warn' });
    expect(warned.status).to.equal('warning');
    expect(creditCheck(profile, { amount: '10', settlementMethod: 'bank_acceptance_bill' }).reasons.map((r) => r.code)).to.deep.equal(['grade-maintain']);
  });
});

// 003: "无论何种客户,当其提前付款或现金交易时,可考虑给予信用优惠如现金折扣等,以鼓励客户及时付款。"
describe('cashDiscount', () => {
  const terms = { percent: '2', withinDays: 10, netDays: 30 };

  it('2/10 net 30: 2 % off when paid within 10 days of the invoice, exactly', () => {
    expect(cashDiscount({ amount: '12345.67', invoiceDate: '2024-02-20' }, '2024-03-01', terms)).to.deep.equal({
      eligible: true, discountBy: '2024-03-01', dueDate: '2024-03-21', discount: '246.91', payable: '12098.76',
    });
  });

  it('no discount a day late', () => {
    expect(cashDiscount({ amount: '100', invoiceDate: '2024-02-20' }, '2024-03-02', terms)).to.include({ eligible: false, discount: '0.00', payable: '100.00' });
  });

  it('rounds half-up to the cent without float error', () => {
    // 0.25 × 2 % = 0.005 → 0.01; a float would give 0.004999….
    expect(cashDiscount({ amount: '0.25', invoiceDate: '2024-01-01' }, '2024-01-01', terms).discount).to.equal('0.01');
    expect(cashDiscount({ amount: '1.15', invoiceDate: '2024-01-01' }, '2024-01-01', { percent: '10', withinDays: 0, netDays: 0 }).payable).to.equal('1.03');
  });

  it('discounts amount × percent ÷ 100 rounded half-up to the cent, as decimal.js does (property)', () => {
    const D = DecimalJs.clone({ precision: 200 });
    const amount = fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => new D(n.toString()).div(10000).toFixed());
    const percent = fc.integer({ min: 0, max: 99_999 }).map((n) => new D(n).div(1000).toFixed());
    fc.assert(
      fc.property(amount, percent, (value, p) => {
        const r = cashDiscount({ amount: value, invoiceDate: '2024-01-01' }, '2024-01-01', { percent: p, withinDays: 10, netDays: 30 });
        const discount = new D(value).times(p).div(100).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
        expect(r.discount).to.equal(discount.toFixed(2));
        expect(r.payable).to.equal(new D(value).minus(discount).toFixed(2, DecimalJs.ROUND_HALF_UP));
      }),
      { numRuns: 300 },
    );
  });

  it('formats and validates the terms', () => {
    expect(formatCashDiscountTerms(terms)).to.equal('2/10 net 30');
    expect(paths(validationError(() => cashDiscount({ amount: '1', invoiceDate: '2024-01-01' }, '2024-01-01', { percent: '2', withinDays: 40, netDays: 30 })))).to.deep.equal(['terms.withinDays']);
    expect(paths(validationError(() => cashDiscount({ amount: '-1', invoiceDate: '2024-01-01' }, 'x', terms)))).to.have.members(['invoice.amount', 'paymentDate']);
  });
});

describe('paymentRecordFromOverdue', () => {
  it('poor past the grace, fair with an amount overdue within it, good with nothing overdue', () => {
    expect(paymentRecordFromOverdue({ overdueAmount: '10', oldestOverdueDays: 1 })).to.equal('poor');
    expect(paymentRecordFromOverdue({ overdueAmount: '10', oldestOverdueDays: 1 }, 5)).to.equal('fair');
    expect(paymentRecordFromOverdue({ overdueAmount: '0.00', oldestOverdueDays: 0 })).to.equal('good');
  });
});
