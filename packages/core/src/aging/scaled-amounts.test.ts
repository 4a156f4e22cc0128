import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { ExactSum, formatScaled, placesOf, toScaled } from './scaled-amounts.js';

/** Independent reference: decimal.js without rounding. */
const D = DecimalJs.clone({ precision: 1e9 });
const fixed = (value: InstanceType<typeof D>, scale: number) => {
  const text = value.toFixed(scale);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
};

/** Plain decimal strings: up to 30 integer digits and 12 places, either sign. */
const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([negative, n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative ? `-${text}` : text;
  });

describe('scaled amounts (BigInt sums of decimal strings)', () => {
  it('read and write amounts exactly: -0 is 0, places are padded', () => {
    expect(toScaled('12.5', 2)).to.equal(1250n);
    expect(toScaled('-0.05', 3)).to.equal(-50n);
    expect(toScaled('.5', 1)).to.equal(5n);
    expect(formatScaled(1250n, 2)).to.equal('12.50');
    expect(formatScaled(-5n, 2)).to.equal('-0.05');
    expect(formatScaled(0n, 2, 4)).to.equal('0.0000');
    expect(formatScaled(-0n, 0)).to.equal('0');
    expect(formatScaled(12_500n, 3, 1)).to.equal('12.5');
    expect(() => formatScaled(12_501n, 3, 1)).to.throw(RangeError);
    expect(() => toScaled('1.234', 2)).to.throw(RangeError);
    expect(placesOf('-12.500')).to.equal(3);
  });

  it('sum exactly what decimal.js sums, at any size and scale (property)', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (amounts, extra) => {
        const scale = Math.max(0, ...amounts.map(placesOf)) + extra;
        const sum = new ExactSum();
        for (const a of amounts) sum.add(a);
        const reference = amounts.reduce((total, a) => total.plus(a), new D(0));
        expect(sum.format(scale)).to.equal(fixed(reference, scale));
        expect(formatScaled(amounts.reduce((total, a) => total + toScaled(a, scale), 0n), scale)).to.equal(fixed(reference, scale));
      }),
      { numRuns: 500 },
    );
  });
});
