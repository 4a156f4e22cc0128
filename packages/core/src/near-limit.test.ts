import { expect } from '@open-wc/testing';
import { creditCheck } from './credit-check.js';
import { creditExposure } from './exposure.js';

const policy = { countedComponents: ['openReceivables' as const], utilisationWarning: '0.8' };
const near = (granted: string, used: string, p: object = policy) => creditExposure({ granted, components: { openReceivables: used } }, p).nearLimit;
const checkWarns = (granted: string, used: string) =>
  creditCheck({ grade: 'AA', granted, components: { openReceivables: used } } as never, undefined, policy).reasons.some((r) => r.code === 'utilisation');

describe('near limit: creditExposure decides, exactly', () => {
  it('79,996.00 of 100,000.00 at a 0.8 warning is not near the limit, though the rounded utilisation reads 0.8000', () => {
    const e = creditExposure({ granted: '100000.00', components: { openReceivables: '79996.00' } }, policy);
    expect(e.utilisation).to.equal('0.8000');
    expect(e.nearLimit).to.equal(false);
  });

  it('at exactly warning × granted it is near; one cent below it is not', () => {
    expect(near('100000.00', '80000.00')).to.equal(true);
    expect(near('100000.00', '79999.99')).to.equal(false);
  });

  it('over the limit is over, not near', () => {
    expect(near('100000.00', '100000.01')).to.equal(false);
    expect(near('100000.00', '100000.00')).to.equal(true);
  });

  it('without a warning level, or with nothing granted, nothing is near', () => {
    expect(near('100000.00', '99999.00', { countedComponents: ['openReceivables'] })).to.equal(false);
    expect(near('0', '0')).to.equal(false);
  });

  it('the credit check warns exactly when the exposure is near the limit', () => {
    for (const [granted, used] of [
      ['100000.00', '79996.00'],
      ['100000.00', '80000.00'],
      ['100000.00', '79999.99'],
      ['100000.00', '100000.01'],
      ['3', '2.40'],
      ['3', '2.39'],
    ] as const) {
      expect(checkWarns(granted, used), `${used} of ${granted}`).to.equal(near(granted, used));
    }
    expect(checkWarns('100000.00', '79996.00')).to.equal(false);
  });
});
