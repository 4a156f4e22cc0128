import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareDecimalStrings, numberToPlainDecimal, shiftDecimalString } from './decimal-string.js';
import { Decimal, ROUND_DOWN, ROUND_HALF_UP } from './money.js';
import { contractDecimalString as decimalString } from './test-support/decimal-strings.js';

describe('decimal strings without Decimal', () => {
  it('compareDecimalStrings agrees with Decimal#cmp', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(compareDecimalStrings(a, b)).to.equal(new Decimal(a).cmp(new Decimal(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares equal values written differently as equal, and near neighbours apart', () => {
    expect(compareDecimalStrings('1.50', '1.5')).to.equal(0);
    expect(compareDecimalStrings('-0', '0.000')).to.equal(0);
    expect(compareDecimalStrings('007', '7')).to.equal(0);
    expect(compareDecimalStrings('0.1', '0.09')).to.equal(1);
    expect(compareDecimalStrings('-0.1', '-0.09')).to.equal(-1);
    expect(compareDecimalStrings('999999999999999999999999.9999999999', '1000000000000000000000000')).to.equal(-1);
  });

  it('compares a value with itself, and after a shift back and forth, as equal', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: -12, max: 12 }), (a, n) => {
        expect(compareDecimalStrings(a, a)).to.equal(0);
        expect(compareDecimalStrings(shiftDecimalString(shiftDecimalString(a, n), -n), a)).to.equal(0);
      }),
    );
  });

  it('shiftDecimalString agrees with Decimal times a power of ten, toFixed()', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: -8, max: 8 }), (a, n) => {
        expect(shiftDecimalString(a, n)).to.equal(new Decimal(a).times(new Decimal(10).pow(n)).toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('shifts yuan to 万 as the badge shows them', () => {
    expect(shiftDecimalString('12345.6', -4)).to.equal('1.23456');
    expect(shiftDecimalString('-50000', -4)).to.equal('-5');
    expect(shiftDecimalString('0.01', -4)).to.equal('0.000001');
    expect(shiftDecimalString('-0.00', -4)).to.equal('0');
    expect(shiftDecimalString('1.5', 3)).to.equal('1500');
  });

  it('numberToPlainDecimal agrees with new Decimal(number).toFixed()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(numberToPlainDecimal(n)).to.equal(new Decimal(n).toFixed());
      }),
      { numRuns: 2000 },
    );
    expect(numberToPlainDecimal(1e21)).to.equal('1000000000000000000000');
    expect(numberToPlainDecimal(1e-7)).to.equal('0.0000001');
    expect(numberToPlainDecimal(-0)).to.equal('0');
  });

  it('rejects what is not a decimal string', () => {
    expect(() => compareDecimalStrings('abc', '1')).to.throw(TypeError);
    expect(() => shiftDecimalString('', 1)).to.throw(TypeError);
    expect(() => shiftDecimalString('1', 0.5)).to.throw(RangeError);
    expect(() => numberToPlainDecimal(Number.NaN)).to.throw(RangeError);
  });
});

describe("money.ts's rounding constants", () => {
  it("are decimal.js's own modes, so a clone configured with them rounds as decimal.js would", () => {
    expect(ROUND_DOWN).to.equal(Decimal.ROUND_DOWN);
    expect(ROUND_HALF_UP).to.equal(Decimal.ROUND_HALF_UP);
    expect(new Decimal('2.345').toDecimalPlaces(2, ROUND_DOWN).toFixed()).to.equal('2.34');
    expect(new Decimal('2.345').toDecimalPlaces(2, ROUND_HALF_UP).toFixed()).to.equal('2.35');
  });
});
