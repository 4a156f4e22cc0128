import { expect } from '@open-wc/testing';
import { creditExposure } from './exposure.js';
import { validationError, paths } from './test-support/expect-validation-error.js';



const components = { openReceivables: '300', openOrders: '200', undelivered: '100', specialItems: '50' };

describe('creditExposure', () => {
  it('counts receivables and orders by default and shows the rest', () => {
    // default policy counts openReceivables + openOrders: 300 + 200 = 500; 1000 − 500 = 500; 500 / 1000 = 0.5
    const e = creditExposure({ granted: '1000', components });
    expect(e).to.deep.equal({
      granted: '1000.00',
      used: '500.00',
      available: '500.00',
      utilisation: '0.5000',
      noLimit: false,
      overLimit: false,
      overBy: '0.00',
      nearLimit: false,
      orderAmount: '0.00',
      counted: { openReceivables: '300.00', openOrders: '200.00' },
      shownOnly: { undelivered: '100.00', specialItems: '50.00' },
    });
  });

  it('counts only open receivables when the policy names no components', () => {
    const e = creditExposure({ granted: '1000', components }, {});
    expect([e.used, e.available]).to.deep.equal(['300.00', '700.00']);
    expect(Object.keys(e.shownOnly)).to.have.members(['openOrders', 'undelivered', 'specialItems']);
  });

  it('counts what the policy says', () => {
    // 300 + 200 + 100 + 50 = 650
    const all = creditExposure({ granted: '1000', components }, { countedComponents: ['openReceivables', 'openOrders', 'undelivered', 'specialItems'] });
    expect([all.used, all.shownOnly]).to.deep.equal(['650.00', {}]);
    const withoutOrders = creditExposure({ granted: '1000', components }, { countedComponents: ['openReceivables', 'specialItems'] });
    expect(withoutOrders.used).to.equal('350.00');
  });

  it('treats missing components as 0', () => {
    const e = creditExposure({ granted: 100, components: {} });
    expect([e.used, e.available, e.utilisation]).to.deep.equal(['0.00', '100.00', '0.0000']);
    expect(e.counted).to.deep.equal({ openReceivables: '0.00', openOrders: '0.00' });
  });

  it('never lets available go below 0, and reports how far over the limit', () => {
    // used 500 on 400 granted: available 0, over by 100, utilisation 500 / 400 = 1.25
    const e = creditExposure({ granted: '400', components });
    expect([e.available, e.overLimit, e.overBy, e.utilisation]).to.deep.equal(['0.00', true, '100.00', '1.2500']);
  });

  it('is not over the limit when used equals granted', () => {
    const e = creditExposure({ granted: '500', components });
    expect([e.available, e.overLimit, e.utilisation]).to.deep.equal(['0.00', false, '1.0000']);
  });

  it('adds an order amount to used', () => {
    // 500 + 123.45 = 623.45; 1000 − 623.45 = 376.55
    const e = creditExposure({ granted: '1000', components, orderAmount: '123.45' });
    expect([e.used, e.available, e.orderAmount]).to.deep.equal(['623.45', '376.55', '123.45']);
  });

  it('gives no utilisation when nothing is granted', () => {
    expect(creditExposure({ granted: '0', components: {} }).utilisation).to.equal(null);
    const over = creditExposure({ granted: '0', components: { openReceivables: '0.01' } });
    expect([over.utilisation, over.overLimit, over.overBy]).to.deep.equal([null, true, '0.01']);
  });

  it('says a zero limit is no limit, over by the whole exposure', () => {
    // granted 0, used 13,700,000.00 + 12.34 = 13,700,012.34: all of it is over the limit
    const e = creditExposure({ granted: '0', components: { openReceivables: '13700000', openOrders: '12.34' } });
    expect([e.noLimit, e.utilisation, e.overLimit, e.overBy, e.available]).to.deep.equal([true, null, true, '13700012.34', '0.00']);
    // nothing used on no limit: not over; a credit balance below 0 is not over either
    const idle = creditExposure({ granted: '0', components: {} });
    expect([idle.noLimit, idle.overLimit, idle.overBy]).to.deep.equal([true, false, '0.00']);
    const credit = creditExposure({ granted: '0', components: { openReceivables: '-5' } });
    expect([credit.noLimit, credit.overLimit, credit.overBy]).to.deep.equal([true, false, '0.00']);
    expect(creditExposure({ granted: '0.01', components: {} }).noLimit).to.equal(false);
  });

  it('rounds utilisation half-up to 4 decimals', () => {
    // 1 / 3 = 0.33333… → 0.3333; 2 / 3 = 0.66666… → 0.6667
    expect(creditExposure({ granted: 3, components: { openReceivables: 1 } }).utilisation).to.equal('0.3333');
    expect(creditExposure({ granted: 3, components: { openReceivables: 2 } }).utilisation).to.equal('0.6667');
  });

  it('lets a credit balance lower used', () => {
    // −100 + 200 = 100
    expect(creditExposure({ granted: '1000', components: { openReceivables: '-100', openOrders: '200' } }).used).to.equal('100.00');
  });

  it('sums exactly, never in floating point', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; 0.30 here.
    expect(creditExposure({ granted: '1', components: { openReceivables: 0.1, openOrders: 0.2 } }).used).to.equal('0.30');
  });

  it('names bad paths, unknown components included', () => {
    const error = validationError(() =>
      creditExposure({ granted: '-1', components: { openReceivables: 'lots', somethingElse: '1' } as never, orderAmount: '-5' }),
    );
    expect(paths(error)).to.have.members(['granted', 'components.openReceivables', 'components', 'orderAmount']);
    expect(error.message).to.contain('somethingElse');
  });

  it('names bad policy paths', () => {
    const error = validationError(() => creditExposure({ granted: '1', components: {} }, { countedComponents: ['openInvoices' as never] }));
    expect(paths(error)).to.deep.equal(['policy.countedComponents[0]']);
  });
});
