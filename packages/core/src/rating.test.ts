import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { CreditKitRuleError, CreditKitValidationError } from './errors.js';
import { rateCustomer } from './rating.js';
import type { RatingPolicyInput } from './schemas/policy.js';
import { validationError, paths } from './test-support/expect-validation-error.js';



const EQUAL_WEIGHTS: RatingPolicyInput = {
  weights: { performanceCapacity: 1, creditPerformance: 1, impression: 1 },
  cutoffs: [
    { grade: 'AAA', minScore: 95 },
    { grade: 'AA', minScore: 80 },
    { grade: 'A', minScore: 60 },
    { grade: 'C', minScore: 0 },
  ],
};

describe('rateCustomer', () => {
  it('scores the exact weighted mean rounded once, half-up, as decimal.js computes it (property)', () => {
    const D = DecimalJs.clone({ precision: 200 });
    const decimalOf = (max: number, places: number) => fc.integer({ min: 0, max: max * 10 ** places }).map((n) => new D(n).div(10 ** places).toFixed());
    const score = decimalOf(100, 4);
    const weight = decimalOf(1000, 6);
    fc.assert(
      fc.property(score, score, score, weight, weight, weight, (a, b, c, wa, wb, wc) => {
        fc.pre(!new D(wa).plus(wb).plus(wc).isZero());
        const policy: RatingPolicyInput = { ...EQUAL_WEIGHTS, weights: { performanceCapacity: wa, creditPerformance: wb, impression: wc } };
        const r = rateCustomer({ performanceCapacity: a, creditPerformance: b, impression: c }, policy);
        const mean = new D(wa).times(a).plus(new D(wb).times(b)).plus(new D(wc).times(c)).div(new D(wa).plus(wb).plus(wc));
        expect(r.score).to.equal(mean.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP).toNumber());
      }),
      { numRuns: 300 },
    );
  });

  describe('score and grade with the default policy (weights 0.5 / 0.3 / 0.2)', () => {
    it('computes the weighted average and picks the grade', () => {
      // 0.5·90 + 0.3·80 + 0.2·70 = 45 + 24 + 14 = 83 → A+ (82 ≤ 83 < 85)
      const r = rateCustomer({ performanceCapacity: 90, creditPerformance: 80, impression: 70 });
      expect(r.score).to.equal(83);
      expect(r.grade).to.equal('A+');
      expect(r.capped).to.equal(false);
      expect(r.policy.stance).to.equal('conditional');
    });

    it('gives the grade at exactly its cut-off score', () => {
      expect(rateCustomer({ performanceCapacity: 95, creditPerformance: 95, impression: 95 }).grade).to.equal('AAA');
      expect(rateCustomer({ performanceCapacity: 92, creditPerformance: 92, impression: 92 }).grade).to.equal('AA+');
      expect(rateCustomer({ performanceCapacity: 0, creditPerformance: 0, impression: 0 }).grade).to.equal('C-');
      expect(rateCustomer({ performanceCapacity: 10, creditPerformance: 10, impression: 10 }).grade).to.equal('C');
    });

    it('gives the grade below just under a cut-off', () => {
      // 0.5·95 + 0.3·95 + 0.2·94.95 = 47.5 + 28.5 + 18.99 = 94.99 → AA+ (92 ≤ 94.99 < 95)
      const r = rateCustomer({ performanceCapacity: 95, creditPerformance: 95, impression: '94.95' });
      expect(r.score).to.equal(94.99);
      expect(r.grade).to.equal('AA+');
    });

    it('scores 100 for top marks', () => {
      expect(rateCustomer({ performanceCapacity: 100, creditPerformance: 100, impression: 100 }).score).to.equal(100);
    });
  });

  describe('weights', () => {
    it('normalises weights by their sum', () => {
      const scaled = { ...EQUAL_WEIGHTS, weights: { performanceCapacity: '5', creditPerformance: '3', impression: '2' } };
      // (5·90 + 3·80 + 2·70) / 10 = (450 + 240 + 140) / 10 = 83
      expect(rateCustomer({ performanceCapacity: 90, creditPerformance: 80, impression: 70 }, scaled).score).to.equal(83);
    });

    it('rounds the score half-up to 2 decimals', () => {
      // (0 + 0 + 1) / 3 = 0.3333… → 0.33; (0 + 0 + 2) / 3 = 0.6666… → 0.67
      expect(rateCustomer({ performanceCapacity: 0, creditPerformance: 0, impression: 1 }, EQUAL_WEIGHTS).score).to.equal(0.33);
      expect(rateCustomer({ performanceCapacity: 0, creditPerformance: 0, impression: 2 }, EQUAL_WEIGHTS).score).to.equal(0.67);
      // weights 1 / 1 / 0: (0 + 0.01) / 2 = 0.005 → half-up 0.01
      const halves = { ...EQUAL_WEIGHTS, weights: { performanceCapacity: 1, creditPerformance: 1, impression: 0 } };
      expect(rateCustomer({ performanceCapacity: 0, creditPerformance: '0.01', impression: 50 }, halves).score).to.equal(0.01);
    });

    it('grades the rounded score, so score and grade agree', () => {
      // (95 + 95 + 94.99) / 3 = 284.99 / 3 = 94.99666… → 95.00 → AAA (cut-off 95)
      const r = rateCustomer({ performanceCapacity: 95, creditPerformance: 95, impression: '94.99' }, EQUAL_WEIGHTS);
      expect(r.score).to.equal(95);
      expect(r.grade).to.equal('AAA');
    });
  });

  describe('in-house rating', () => {
    const top = { performanceCapacity: 100, creditPerformance: 100, impression: 100 };

    it('caps a grade better than AA at AA', () => {
      const r = rateCustomer(top, undefined, { internal: true, totalFinancing: '500000' });
      expect(r.grade).to.equal('AA');
      expect(r.capped).to.equal(true);
      expect(r.uncappedGrade).to.equal('AAA');
      expect(r.policy.stance).to.equal('support');
      // score 92 → AA+ → capped
      const plus = rateCustomer({ performanceCapacity: 92, creditPerformance: 92, impression: 92 }, undefined, { internal: true, totalFinancing: 0 });
      expect([plus.grade, plus.capped]).to.deep.equal(['AA', true]);
    });

    it('caps AAA- too', () => {
      const policy: RatingPolicyInput = { ...EQUAL_WEIGHTS, cutoffs: [{ grade: 'AAA-', minScore: 50 }, { grade: 'B', minScore: 0 }] };
      const r = rateCustomer({ performanceCapacity: 60, creditPerformance: 60, impression: 60 }, policy, { internal: true, totalFinancing: 1 });
      expect([r.grade, r.capped, r.uncappedGrade]).to.deep.equal(['AA', true, 'AAA-']);
    });

    it('leaves AA and worse alone', () => {
      // 88 → AA with the default cut-offs
      const r = rateCustomer({ performanceCapacity: 88, creditPerformance: 88, impression: 88 }, undefined, { internal: true, totalFinancing: 1000000 });
      expect([r.grade, r.capped]).to.deep.equal(['AA', false]);
      expect(r).not.to.have.property('uncappedGrade');
      const low = rateCustomer({ performanceCapacity: 50, creditPerformance: 50, impression: 50 }, undefined, { internal: true, totalFinancing: '10' });
      expect([low.grade, low.capped]).to.deep.equal(['B', false]);
    });

    it('allows exactly 1,000,000 of financing and refuses more', () => {
      expect(() => rateCustomer(top, undefined, { internal: true, totalFinancing: '1000000.00' })).not.to.throw();
      let error: unknown;
      try {
        rateCustomer(top, undefined, { internal: true, totalFinancing: '1000000.01' });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(CreditKitRuleError);
      expect((error as CreditKitRuleError).rule).to.equal('internal-rating-financing-limit');
      expect((error as Error).message).to.contain('1000000.01');
    });

    it('does not cap or limit an ordinary rating', () => {
      const r = rateCustomer(top, undefined, { totalFinancing: '99999999' });
      expect([r.grade, r.capped]).to.deep.equal(['AAA', false]);
    });

    it('requires totalFinancing for an in-house rating', () => {
      const error = validationError(() => rateCustomer(top, undefined, { internal: true }));
      expect(paths(error)).to.deep.equal(['options.totalFinancing']);
    });
  });

  describe('validation', () => {
    it('names each bad dimension', () => {
      const error = validationError(() =>
        rateCustomer({ performanceCapacity: 101, creditPerformance: -1, impression: 'high' as unknown as number }),
      );
      expect(paths(error)).to.have.members(['performanceCapacity', 'creditPerformance', 'impression']);
      expect(error.issues.find((i) => i.path === 'performanceCapacity')!.message).to.contain('0 to 100');
    });

    it('requires every dimension', () => {
      const error = validationError(() => rateCustomer({ performanceCapacity: 50, creditPerformance: 50 } as never));
      expect(paths(error)).to.deep.equal(['impression']);
      expect(error.issues[0]!.message).to.match(/required|must be/);
    });

    it('rejects weights that are all 0', () => {
      const policy = { ...EQUAL_WEIGHTS, weights: { performanceCapacity: 0, creditPerformance: '0', impression: '0.00' } };
      expect(paths(validationError(() => rateCustomer({ performanceCapacity: 1, creditPerformance: 1, impression: 1 }, policy)))).to.deep.equal([
        'policy.weights',
      ]);
    });

    it('rejects cut-offs that are not strictly descending, out of grade order, or not ending at 0', () => {
      const policy: RatingPolicyInput = {
        ...EQUAL_WEIGHTS,
        cutoffs: [
          { grade: 'AA', minScore: 80 },
          { grade: 'AAA', minScore: 80 },
          { grade: 'B', minScore: 10 },
        ],
      };
      const error = validationError(() => rateCustomer({ performanceCapacity: 1, creditPerformance: 1, impression: 1 }, policy));
      expect(paths(error)).to.have.members(['policy.cutoffs[1].minScore', 'policy.cutoffs[1].grade', 'policy.cutoffs[2].minScore']);
    });

    it('reports a malformed weight once, without tripping the sum check', () => {
      const policy = { ...EQUAL_WEIGHTS, weights: { performanceCapacity: 0, creditPerformance: 0, impression: 'x' } };
      expect(paths(validationError(() => rateCustomer({ performanceCapacity: 1, creditPerformance: 1, impression: 1 }, policy)))).to.deep.equal([
        'policy.weights.impression',
      ]);
    });

    it('rejects AAA+ in the cut-offs', () => {
      const policy = { ...EQUAL_WEIGHTS, cutoffs: [{ grade: 'AAA+', minScore: 0 }] } as unknown as RatingPolicyInput;
      expect(paths(validationError(() => rateCustomer({ performanceCapacity: 1, creditPerformance: 1, impression: 1 }, policy)))).to.deep.equal([
        'policy.cutoffs[0].grade',
      ]);
    });
  });
});
