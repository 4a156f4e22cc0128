import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { decimalPlaces } from '../money.js';
import { ExactSum, formatMinorUnits, isNonZeroDecimal, isPositiveDecimal, signedMinorUnits, signedMinorUnitsBig } from './minor-units.js';
import { signedAmountString as signedAmount } from '../test-support/decimal-strings.js';

const D = DecimalJs.clone({ precision: 1e9 });

describe('signed minor units (sort keys and sums of signed amounts)', () => {
  it('converts signed decimal strings to minor units and back', () => {
    expect(signedMinorUnits('12.5', 2)).to.equal(1250);
    expect(signedMinorUnits('-0.05', 2)).to.equal(-5);
    expect(Object.is(signedMinorUnits('-0.00', 2), 0)).to.equal(true);
    expect(signedMinorUnits('7', 3)).to.equal(7000);
    expect(signedMinorUnits('1.234', 2)).to.be.NaN; // more places than the scale
    expect(signedMinorUnits('90071992547409.92', 2)).to.be.NaN; // 2^53 cents: not a safe integer
    expect(signedMinorUnits('1e5', 2)).to.be.NaN;
    expect(signedMinorUnitsBig('90071992547409.92', 2)).to.equal(9007199254740992n);
    expect(signedMinorUnitsBig('-1.5', 3)).to.equal(-1500n);
    expect(() => signedMinorUnitsBig('1.234', 2)).to.throw(RangeError);
    expect(formatMinorUnits(-5, 2)).to.equal('-0.05');
    expect(formatMinorUnits(0, 2)).to.equal('0.00');
    expect(formatMinorUnits(123456n, 3)).to.equal('123.456');
    expect(formatMinorUnits(-5n, 2)).to.equal('-0.05');
    expect(formatMinorUnits(-7, 0)).to.equal('-7');
  });

  it('agrees with decimal.js on every signed amount that fits (property)', () => {
    fc.assert(
      fc.property(signedAmount, fc.integer({ min: 3, max: 6 }), (text, scale) => {
        const exact = new D(text).times(new D(10).pow(scale));
        const units = signedMinorUnits(text, scale);
        if (exact.abs().lte(Number.MAX_SAFE_INTEGER)) expect(units).to.equal(exact.toNumber() || 0);
        else expect(units).to.be.NaN;
        expect(signedMinorUnitsBig(text, scale).toString()).to.equal(exact.toFixed(0));
      }),
      { numRuns: 400 },
    );
  });

  it('tells zero, positive and negative apart from the text', () => {
    expect(isNonZeroDecimal('0.00')).to.equal(false);
    expect(isNonZeroDecimal('-0.00')).to.equal(false);
    expect(isNonZeroDecimal('0.01')).to.equal(true);
    expect(isPositiveDecimal('-3.00')).to.equal(false);
    expect(isPositiveDecimal('0.00')).to.equal(false);
    expect(isPositiveDecimal('10')).to.equal(true);
  });

  it('sums exactly, across the safe-integer limit, like decimal.js (property)', () => {
    fc.assert(
      fc.property(fc.array(signedAmount, { maxLength: 30 }), (values) => {
        const scale = Math.max(2, ...values.map(decimalPlaces));
        const sum = new ExactSum(scale);
        for (const v of values) sum.add(v);
        const expected = values.reduce((acc, v) => acc.plus(v), new D(0)).toFixed(scale);
        expect(sum.toString()).to.equal(expected === `-${new D(0).toFixed(scale)}` ? new D(0).toFixed(scale) : expected);
      }),
      { numRuns: 400 },
    );
  });
});
