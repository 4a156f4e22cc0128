import { expect } from '@open-wc/testing';
import { creditCheck } from '../credit-check.js';
import { limitRequestInputSchema } from '../schemas/limit-request.js';
import { limitRequestFromCheck } from './check-to-request.js';

describe('limitRequestFromCheck', () => {
  const profile = { grade: 'A', granted: '1000000.00', components: { openReceivables: '900000.00' } } as const;

  it('asks for the granted limit plus the shortfall the check found, with the order and reasons as origin', () => {
    // Used 900,000 + order 250,000 = 1,150,000: over the 1,000,000 limit by 150,000.
    const check = creditCheck(profile, { amount: '250000' });
    const draft = limitRequestFromCheck(check, { customerId: 'C001', currency: 'CNY', orderAmount: '250000', until: '2026-12-25', reason: 'Order SO-1' });
    expect(draft).to.deep.equal({
      customerId: 'C001', kind: 'temporary_exception', amount: '1150000.00', currency: 'CNY', reason: 'Order SO-1', until: '2026-12-25',
      origin: { kind: 'credit_check', orderAmount: '250000.00', shortfall: '150000.00', checkReasons: check.reasons.map((r) => r.code) },
    });
    expect(check.reasons.map((r) => r.code)).to.include('limit-exceeded');
    expect(limitRequestInputSchema.safeParse(draft).success).to.equal(true);
  });

  it('rounds the amount up to a step, and gives nothing when the order fits', () => {
    const check = creditCheck(profile, { amount: '100000.01' });
    expect(limitRequestFromCheck(check, { customerId: 'C001', currency: 'CNY', orderAmount: '100000.01', kind: 'increase', roundTo: '10000', reason: 'x' })!.amount).to.equal('1010000.00');
    expect(limitRequestFromCheck(creditCheck(profile, { amount: '100000' }), { customerId: 'C001', currency: 'CNY', orderAmount: '100000', reason: 'x' })).to.equal(null);
  });
});
