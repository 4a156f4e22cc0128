import { expect } from '@open-wc/testing';
import { SeededRandom, deriveSeed } from './random.js';

const draws = (random: SeededRandom, n: number) => Array.from({ length: n }, () => random.next());

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(new SeededRandom(42), 50)).to.deep.equal(draws(new SeededRandom(42), 50));
    expect(draws(new SeededRandom(42), 50)).not.to.deep.equal(draws(new SeededRandom(43), 50));
  });

  it('draws floats in [0, 1) spread over the whole interval', () => {
    const values = draws(new SeededRandom(7), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).to.equal(true);
    // Each tenth of the interval gets about a tenth of 10,000 draws.
    for (let k = 0; k < 10; k++) {
      const n = values.filter((v) => v >= k / 10 && v < (k + 1) / 10).length;
      expect(n).to.be.within(850, 1150);
    }
  });

  it('int(min, max) includes both ends and nothing outside', () => {
    const random = new SeededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(3, 7));
    expect([...seen].sort()).to.deep.equal([3, 4, 5, 6, 7]);
  });

  it('weightedIndex never picks a zero weight and follows the weights', () => {
    const random = new SeededRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 9_000; i++) counts[random.weightedIndex([1, 0, 2])]!++;
    expect(counts[1]).to.equal(0);
    expect(counts[2]! / counts[0]!).to.be.within(1.8, 2.2);
  });

  it('logUniform stays within its bounds', () => {
    const random = new SeededRandom(9);
    for (let i = 0; i < 1_000; i++) expect(random.logUniform(10, 1000)).to.be.within(10, 1000);
  });

  it('deriveSeed gives independent streams per salt, stable per seed', () => {
    expect(deriveSeed(1, 'customers')).to.equal(deriveSeed(1, 'customers'));
    expect(deriveSeed(1, 'customers')).not.to.equal(deriveSeed(1, 'receivables'));
    expect(deriveSeed(1, 'customers')).not.to.equal(deriveSeed(2, 'customers'));
  });
});
