import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { addDecimals, divideDecimals, multiplyDecimals, roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
import { toMoneyString } from './money.js';
import { contractDecimalString as decimal } from './test-support/decimal-strings.js';

/** Independent reference: decimal.js, exact for sums and products at this precision. */
const D = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
/** As core computes ratios: 40 significant digits, half-up. */
const D40 = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });

describe('decimal arithmetic without Decimal', () => {
  it('adds, subtracts and multiplies exactly, as decimal.js does (property)', () => {
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 8 }), decimal, decimal, (values, a, b) => {
        expect(new D(addDecimals(...values)).eq(values.reduce((s, v) => s.plus(v), new D(0)))).to.equal(true);
        expect(new D(subtractDecimals(a, b)).eq(new D(a).minus(b))).to.equal(true);
        expect(new D(multiplyDecimals(a, b)).eq(new D(a).times(b))).to.equal(true);
        expect(addDecimals(a)).to.equal(new D(a).toFixed()); // plain, no trailing zeros, no -0
      }),
      { numRuns: 400 },
    );
  });

  it('rounds half away from zero as toMoneyString writes a Decimal (property)', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 6 }), (value, places) => {
        expect(roundDecimal(value, places)).to.equal(toMoneyString(new D40(value), places));
      }),
      { numRuns: 400 },
    );
    expect(roundDecimal('2.345', 2)).to.equal('2.35');
    expect(roundDecimal('-2.345', 2)).to.equal('-2.35');
    expect(roundDecimal('-0.004', 2)).to.equal('0.00');
    expect(roundDecimal('7', 2)).to.equal('7.00');
  });

  it('divides and rounds once, half up, as decimal.js writes a.div(b).toFixed(n) (property)', () => {
    fc.assert(
      fc.property(decimal, decimal.filter((b) => !new D(b).isZero()), fc.integer({ min: 0, max: 6 }), (a, b, places) => {
        expect(divideDecimals(a, b, places)).to.equal(new D40(a).div(b).toFixed(places));
      }),
      { numRuns: 400 },
    );
    expect(divideDecimals('1', '3', 4)).to.equal('0.3333');
    expect(divideDecimals('2', '3', 4)).to.equal('0.6667');
    expect(divideDecimals('-0.00001', '1', 4)).to.equal('-0.0000');
    expect(() => divideDecimals('1', '0.00', 2)).to.throw(RangeError);
  });

  it('rounds down (towards zero) and up (away from zero) as decimal.js does (property)', () => {
    const modes = [
      ['down', DecimalJs.ROUND_DOWN],
      ['up', DecimalJs.ROUND_UP],
    ] as const;
    fc.assert(
      fc.property(decimal, decimal.filter((b) => !new D(b).isZero()), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...modes), (a, b, places, [mode, rounding]) => {
        expect(roundDecimal(a, places, mode)).to.equal(toMoneyString(new D(a), places, rounding));
        // Exact quotient, then one rounding: decimal.js at 200 digits is exact enough for these operands.
        expect(divideDecimals(a, b, places, mode)).to.equal(new D(a).div(b).toFixed(places, rounding));
      }),
      { numRuns: 400 },
    );
    expect(roundDecimal('2.349', 2, 'down')).to.equal('2.34');
    expect(roundDecimal('-2.349', 2, 'down')).to.equal('-2.34');
    expect(roundDecimal('-0.009', 2, 'down')).to.equal('0.00');
    expect(roundDecimal('2.341', 2, 'up')).to.equal('2.35');
    expect(roundDecimal('-2.341', 2, 'up')).to.equal('-2.35');
    expect(divideDecimals('10', '3', 2, 'down')).to.equal('3.33');
    expect(divideDecimals('10', '3', 2, 'up')).to.equal('3.34');
    expect(divideDecimals('-10', '3', 2, 'down')).to.equal('-3.33');
    expect(divideDecimals('1', '4', 1, 'down')).to.equal('0.2');
  });
});
