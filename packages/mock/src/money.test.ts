import { expect } from '@open-wc/testing';
import { Decimal } from '@credit-kit/core';
import fc from 'fast-check';
import { centsToString, stringToCents } from './money.js';

describe('cents ↔ decimal strings', () => {
  it('formats cents with two decimals', () => {
    expect(centsToString(123456)).to.equal('1234.56');
    expect(centsToString(5)).to.equal('0.05');
    expect(centsToString(100)).to.equal('1.00');
    expect(centsToString(0)).to.equal('0.00');
    expect(centsToString(-5)).to.equal('-0.05');
    expect(centsToString(-123456)).to.equal('-1234.56');
  });

  it('refuses fractions of a cent and unsafe integers', () => {
    expect(() => centsToString(1.5)).to.throw(RangeError);
    expect(() => centsToString(2 ** 60)).to.throw(RangeError);
  });

  it('parses amounts with up to two decimals without floats', () => {
    expect(stringToCents('1234.56')).to.equal(123456);
    expect(stringToCents('12.3')).to.equal(1230);
    expect(stringToCents('7')).to.equal(700);
    expect(stringToCents('-0.05')).to.equal(-5);
    expect(() => stringToCents('1.234')).to.throw(RangeError);
    expect(() => stringToCents('1e3')).to.throw(RangeError);
  });

  it('agrees with decimal.js for any safe number of cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        const text = centsToString(cents);
        // Independent method: exact division by 100 in decimal.js.
        const expected = new Decimal(cents).div(100).toFixed(2);
        return text === (expected === '-0.00' ? '0.00' : expected) && stringToCents(text) === cents;
      }),
    );
  });
});
