import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import {
  INVALID_AMOUNT,
  NEEDS_LARGER_SCALE,
  TOO_LARGE,
  amountDecimalPlaces,
  formatMinorUnits,
  minorUnitsFromAmount,
  minorUnitsFromDecimalText,
} from './minor-units.js';

describe('aging minor units', () => {
  it('parses decimal text into minor units at a scale', () => {
    expect(minorUnitsFromDecimalText('0', 2)).to.equal(0);
    expect(minorUnitsFromDecimalText('12', 2)).to.equal(1200);
    expect(minorUnitsFromDecimalText('12.3', 2)).to.equal(1230);
    expect(minorUnitsFromDecimalText('12.34', 2)).to.equal(1234);
    expect(minorUnitsFromDecimalText('007.50', 2)).to.equal(750);
    expect(minorUnitsFromDecimalText('12.345', 3)).to.equal(12345);
    expect(minorUnitsFromDecimalText('12.345', 6)).to.equal(12345000);
    expect(minorUnitsFromDecimalText('12', 0)).to.equal(12);
  });

  it('asks for a larger scale when the text has more places', () => {
    expect(minorUnitsFromDecimalText('12.345', 2)).to.equal(NEEDS_LARGER_SCALE);
    expect(minorUnitsFromDecimalText('0.100', 2)).to.equal(NEEDS_LARGER_SCALE);
  });

  it('rejects what ^\\d+(\\.\\d+)?$ rejects', () => {
    for (const bad of ['', '.5', '5.', '-1', '+1', '1e5', '1,000', ' 1', '1 ', '１２', '1.2.3', '0x10', 'NaN']) {
      expect(minorUnitsFromDecimalText(bad, 2), JSON.stringify(bad)).to.equal(INVALID_AMOUNT);
    }
  });

  it('reports amounts past Number.MAX_SAFE_INTEGER minor units as too large, and keeps the largest safe one', () => {
    // MAX_SAFE_INTEGER = 9007199254740991 → at scale 2 the largest amount is 90071992547409.91.
    expect(minorUnitsFromDecimalText('90071992547409.91', 2)).to.equal(9007199254740991);
    expect(minorUnitsFromDecimalText('90071992547409.92', 2)).to.equal(TOO_LARGE);
    expect(minorUnitsFromDecimalText('9007199254740991', 0)).to.equal(9007199254740991);
    expect(minorUnitsFromDecimalText('9007199254740992', 0)).to.equal(TOO_LARGE);
    expect(minorUnitsFromDecimalText('123456789012345678901234567890', 2)).to.equal(TOO_LARGE);
    // Validity wins over size: a huge text with a bad character is invalid.
    expect(minorUnitsFromDecimalText('123456789012345678901234567890x', 2)).to.equal(INVALID_AMOUNT);
  });

  it('accepts amounts as trimmed strings or finite non-negative numbers', () => {
    expect(minorUnitsFromAmount(' 12.5\n', 2)).to.equal(1250);
    expect(minorUnitsFromAmount('\u00a012', 2)).to.equal(1200);
    expect(minorUnitsFromAmount('1 2', 2)).to.equal(INVALID_AMOUNT);
    expect(minorUnitsFromAmount(12.5, 2)).to.equal(1250);
    expect(minorUnitsFromAmount(0.1, 2)).to.equal(10);
    expect(minorUnitsFromAmount(1234, 2)).to.equal(123400);
    expect(Object.is(minorUnitsFromAmount(-0, 2), 0)).to.equal(true);
    for (const bad of [-1, -0.01, NaN, Infinity, -Infinity, null, undefined, true, {}, ['1'], 10n]) {
      expect(minorUnitsFromAmount(bad, 2), String(bad)).to.equal(INVALID_AMOUNT);
    }
    // Exponent forms are huge or tiny: the decimal.js path takes them.
    expect(minorUnitsFromAmount(1e21, 2)).to.equal(TOO_LARGE);
    expect(minorUnitsFromAmount(5e-7, 2)).to.equal(TOO_LARGE);
    expect(minorUnitsFromAmount(0.125, 2)).to.equal(NEEDS_LARGER_SCALE);
  });

  it('counts the decimal places an amount needs', () => {
    expect(amountDecimalPlaces('12')).to.equal(0);
    expect(amountDecimalPlaces(' 12.500 ')).to.equal(3);
    expect(amountDecimalPlaces(0.125)).to.equal(3);
    expect(amountDecimalPlaces(5e-7)).to.equal(Infinity);
    expect(amountDecimalPlaces(null)).to.equal(0);
  });

  it('formats minor units with exactly `scale` places', () => {
    expect(formatMinorUnits(0, 2)).to.equal('0.00');
    expect(formatMinorUnits(5, 2)).to.equal('0.05');
    expect(formatMinorUnits(-5, 2)).to.equal('-0.05');
    expect(formatMinorUnits(123450, 2)).to.equal('1234.50');
    expect(formatMinorUnits(-123450, 2)).to.equal('-1234.50');
    expect(formatMinorUnits(7, 0)).to.equal('7');
    expect(formatMinorUnits(Number.MAX_SAFE_INTEGER, 2)).to.equal('90071992547409.91');
    expect(formatMinorUnits(-Number.MAX_SAFE_INTEGER, 6)).to.equal('-9007199254.740991');
    expect(formatMinorUnits(1, 6)).to.equal('0.000001');
  });

  it('formats every safe integer as decimal.js does (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        const expected = new DecimalJs(units).div(new DecimalJs(10).pow(scale)).toFixed(scale);
        expect(formatMinorUnits(units, scale)).to.equal(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses back what it formats (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        expect(minorUnitsFromDecimalText(formatMinorUnits(units, scale), scale)).to.equal(units);
      }),
      { numRuns: 2000 },
    );
  });
});
