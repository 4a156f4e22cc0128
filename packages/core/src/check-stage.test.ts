import { expect } from '@open-wc/testing';
import { creditCheckAtStage } from './check-stage.js';
import type { CreditProfileInput } from './credit-check.js';

/** An A customer with 100,000.00 granted and 70,000.00 used; nothing overdue. */
const profile: CreditProfileInput = { grade: 'A', granted: '100000.00', components: { openReceivables: '70000.00' }, overdueAmount: '0', oldestOverdueDays: 0 };

describe('creditCheckAtStage: the check where the deal is', () => {
  it('within the limit: proceed, with the credit still available before the deal', () => {
    const r = creditCheckAtStage(profile, { amount: '5000.00' }, 'order');
    expect([r.status, r.action, r.available, r.shortfall]).to.deep.equal(['ok', 'proceed', '30000.00', undefined]);
  });

  it('over the limit, by default: a quote warns, an order holds, a delivery and an invoice block; each says by how much', () => {
    const outcomes = (['quote', 'order', 'delivery', 'invoice'] as const).map((stage) => {
      const r = creditCheckAtStage(profile, { amount: '40000.00' }, stage);
      return [stage, r.status, r.action, r.shortfall, r.reasons[0]!.code];
    });
    expect(outcomes).to.deep.equal([
      ['quote', 'warning', 'proceed-with-warning', '10000.00', 'limit-exceeded'],
      ['order', 'blocked', 'hold', '10000.00', 'limit-exceeded'],
      ['delivery', 'blocked', 'block', '10000.00', 'limit-exceeded'],
      ['invoice', 'blocked', 'block', '10000.00', 'limit-exceeded'],
    ]);
  });

  it('the stages are host policy', () => {
    const r = creditCheckAtStage(profile, { amount: '40000.00' }, 'quote', { stageActions: { quote: 'block' } });
    expect([r.status, r.action]).to.deep.equal(['blocked', 'block']);
    const lenient = creditCheckAtStage(profile, { amount: '40000.00' }, 'invoice', { stageActions: { invoice: 'warn' } });
    expect([lenient.status, lenient.action]).to.deep.equal(['warning', 'proceed-with-warning']);
  });

  it('a past-due item stops an order at any amount (grace 0), with no shortfall to request', () => {
    const r = creditCheckAtStage({ ...profile, oldestOverdueDays: 1, overdueAmount: '10.00' }, { amount: '1.00' }, 'order');
    expect([r.status, r.action, r.shortfall, r.reasons.map((x) => x.code)]).to.deep.equal(['blocked', 'hold', undefined, ['overdue-days']]);
  });

  it('available never goes below zero when the customer is already over its limit', () => {
    const r = creditCheckAtStage({ ...profile, components: { openReceivables: '130000.00' } }, { amount: '1.00' }, 'order');
    expect([r.available, r.shortfall]).to.deep.equal(['0.00', '30001.00']);
  });
});
