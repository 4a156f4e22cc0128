import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DisplayList, type DisplayEntry } from './display-list.js';

/** The display rows written out one by one: an independent model. */
function expand(customers: number, expansions: Map<number, number>): DisplayEntry[] {
  const out: DisplayEntry[] = [];
  for (let p = 0; p < customers; p++) {
    out.push({ position: p, item: -1 });
    for (let i = 0; i < (expansions.get(p) ?? 0); i++) out.push({ position: p, item: i });
  }
  return out;
}

describe('DisplayList', () => {
  it('interleaves item rows after their customer', () => {
    const list = new DisplayList(5, [{ position: 3, rows: 1 }, { position: 1, rows: 2 }]);
    expect(list.length).to.equal(8);
    expect([...Array(8).keys()].map((i) => list.at(i))).to.deep.equal([
      { position: 0, item: -1 },
      { position: 1, item: -1 },
      { position: 1, item: 0 },
      { position: 1, item: 1 },
      { position: 2, item: -1 },
      { position: 3, item: -1 },
      { position: 3, item: 0 },
      { position: 4, item: -1 },
    ]);
    expect([0, 1, 2, 3, 4].map((p) => list.indexOf(p))).to.deep.equal([0, 1, 4, 5, 7]);
  });

  it('agrees with writing the rows out, for any expansions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.tuple(fc.nat(39), fc.integer({ min: 1, max: 4 })), { maxLength: 10 }), (customers, pairs) => {
        const map = new Map(pairs.filter(([p]) => p < customers));
        const list = new DisplayList(customers, [...map].map(([position, rows]) => ({ position, rows })));
        const model = expand(customers, map);
        expect(list.length).to.equal(model.length);
        model.forEach((entry, i) => expect(list.at(i)).to.deep.equal(entry));
        for (let p = 0; p < customers; p++) expect(model[list.indexOf(p)]).to.deep.equal({ position: p, item: -1 });
      }),
      { numRuns: 300 },
    );
  });
});
