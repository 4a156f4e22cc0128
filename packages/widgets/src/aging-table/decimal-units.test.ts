import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { ExactSum, fromMinorUnits, isNonZero, isPositive, minorUnits, minorUnitsBig, placesOf } from './decimal-units.js';

const D = DecimalJs.clone({ precision: 1e9 });

describe('decimal units', () => {
  it('converts decimal strings to minor units and back', () => {
    expect(minorUnits('12.5', 2)).to.equal(1250);
    expect(minorUnits('-0.05', 2)).to.equal(-5);
    expect(minorUnits('7', 3)).to.equal(7000);
    expect(minorUnits('1.234', 2)).to.be.NaN; // more places than the scale
    expect(minorUnits('90071992547409.92', 2)).to.be.NaN; // 2^53 cents: not a safe integer
    expect(minorUnitsBig('90071992547409.92', 2)).to.equal(9007199254740992n);
    expect(fromMinorUnits(-5, 2)).to.equal('-0.05');
    expect(fromMinorUnits(0, 2)).to.equal('0.00');
    expect(fromMinorUnits(123456n, 3)).to.equal('123.456');
    expect(fromMinorUnits(-7, 0)).to.equal('-7');
    expect(placesOf('1.230')).to.equal(3);
    expect(placesOf('5')).to.equal(0);
  });

  it('tells zero, positive and negative apart from the text', () => {
    expect(isNonZero('0.00')).to.equal(false);
    expect(isNonZero('-0.00')).to.equal(false);
    expect(isNonZero('0.01')).to.equal(true);
    expect(isPositive('-3.00')).to.equal(false);
    expect(isPositive('0.00')).to.equal(false);
    expect(isPositive('10')).to.equal(true);
  });

  it('sums exactly, across the safe-integer limit, like decimal.js (property)', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: 0, max: 3 }))
      .map(([negative, n, places]) => {
        const digits = n.toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        return negative ? `-${text}` : text;
      });
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        const scale = Math.max(2, ...values.map(placesOf));
        const sum = new ExactSum(scale);
        for (const v of values) sum.add(v);
        const expected = values.reduce((acc, v) => acc.plus(v), new D(0)).toFixed(scale);
        expect(sum.toString()).to.equal(expected === `-${new D(0).toFixed(scale)}` ? new D(0).toFixed(scale) : expected);
      }),
      { numRuns: 400 },
    );
  });
});
