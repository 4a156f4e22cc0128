import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ALL_GRADES, parseGrade, type Grade } from '../grades.js';
import { computeCreditLimit, type CreditLimitInput } from '../limit.js';
import { Decimal } from '../money.js';
import { DEFAULT_CREDIT_POLICY, type LimitPolicyInput } from '../schemas/policy.js';
import { paths, validationError } from '../test-support/expect-validation-error.js';
import { pathToYes, type PathOption, type PathToYesOptions } from './path-to-yes.js';

/** BASE: maximum 4,500,000.00 by the default policy (see limit.test.ts for the hand working). */
const BASE: CreditLimitInput = {
  existingFinancing: '1000000.00', effectiveAssets: '6000000.00', totalAssets: '10000000.00', totalLiabilities: '3000000.00',
  grade: 'AA', paidInCapital: '5000000.00', establishedOn: '2010-01-01', asOf: '2025-06-30',
};
const WITH_COLLATERAL: LimitPolicyInput = { ...DEFAULT_CREDIT_POLICY.limit, capGrantedByCollateral: true };
const option = (r: ReturnType<typeof pathToYes>, lever: PathOption['lever']) => r.options.find((o) => o.lever === lever)!;
const granted = (input: CreditLimitInput, policy?: LimitPolicyInput) => new Decimal(computeCreditLimit(input, policy).granted);
const cent = new Decimal('0.01');

/** Applies an option as its documentation says, independently of the implementation. */
function apply(input: CreditLimitInput, o: PathOption, change: Decimal | Grade, options: PathToYesOptions = {}): CreditLimitInput {
  const ratio = new Decimal(options.pledgeRatio ?? '1');
  switch (o.lever) {
    case 'collateral':
      return { ...input, collateralValue: new Decimal(input.collateralValue ?? '0').plus((change as Decimal).times(ratio)).toFixed() };
    case 'liabilities': {
      const x = change as Decimal;
      const changed = { ...input, totalLiabilities: new Decimal(input.totalLiabilities).minus(x).toFixed() };
      if (options.paydownFundedBy === 'cash') {
        changed.totalAssets = new Decimal(input.totalAssets).minus(x).toFixed();
        changed.effectiveAssets = new Decimal(input.effectiveAssets).minus(x).toFixed();
      }
      return changed;
    }
    case 'grade':
      return { ...input, grade: change as Grade };
    case 'paidInCapital':
      return { ...input, paidInCapital: new Decimal(input.paidInCapital).plus(change as Decimal).toFixed() };
  }
}

/** The property: the change reaches the amount and a smaller change (one cent less, one grade worse) does not. */
function expectLeastChange(input: CreditLimitInput, o: PathOption, requested: Decimal, policy?: LimitPolicyInput, options?: PathToYesOptions) {
  expect(o.status, o.message).to.equal('achievable');
  const { requested: _r, ...base } = input;
  if (o.lever === 'grade') {
    expect(granted(apply(base, o, o.change as Grade, options), policy).gte(requested), o.message).to.equal(true);
    const worse = ALL_GRADES[ALL_GRADES.indexOf(o.change as Grade) + 1]!;
    if (parseGrade(worse).rank < parseGrade(input.grade).rank) {
      expect(granted(apply(base, o, worse, options), policy).lt(requested), `${worse} should not reach`).to.equal(true);
    }
    return;
  }
  const change = new Decimal(o.change!);
  expect(granted(apply(base, o, change, options), policy).gte(requested), o.message).to.equal(true);
  expect(granted(apply(base, o, change.minus(cent), options), policy).lt(requested), `${o.lever}: one cent less should not reach`).to.equal(true);
  expect(o.result!.granted).to.equal(granted(apply(base, o, change, options), policy).toFixed(2));
}

describe('pathToYes', () => {
  it('says how much is approvable today and that nothing is needed when it already is', () => {
    const r = pathToYes({ ...BASE, requested: '4000000' });
    expect(r).to.include({ requested: '4000000.00', approvableToday: '4500000.00', shortfall: '0.00', approvable: true });
    expect(r.options).to.deep.equal([]);
  });

  it('works out the liabilities to pay down and the next debt-ratio band, with the working', () => {
    // L = 4,500,000: bracket 1,000,000 + 14,000,000 − 15,000,000 = 0 → maximum 0; debt ratio 0.45 → coefficient 0.9.
    const input = { ...BASE, totalLiabilities: '4500000', requested: '900000' };
    const r = pathToYes(input);
    expect(r).to.include({ approvableToday: '0.00', shortfall: '900000.00', approvable: false });
    const paydown = option(r, 'liabilities');
    // Paying down x raises the bracket by 10x/3. Within the 0.9 band: 0.9 (grade) × 0.9 × 10x/3 = 2.7x ≥ 900,000
    // → x = 333,333.34 (ratio 0.4167, still 0.9). The next band (ratio ≤ 0.4) needs x = 500,000: coefficient 1,
    // bracket 1,666,666.67 → 0.9 × 1,666,666.66… = 1,500,000.00.
    expect(paydown.change).to.equal('333333.34');
    expect(paydown.result!.debtRatioCoefficient).to.equal('0.9');
    expect(paydown.nextBand).to.deep.equal({ paydown: '500000.00', debtRatio: '0.4000', coefficient: '1', granted: '1500000.00' });
    expect(paydown.result!.steps.find((s) => s.key === 'granted')!.value).to.equal(paydown.result!.granted);
    expectLeastChange(input, paydown, new Decimal('900000'));
  });

  it('works out the grade needed and what it allows', () => {
    const input = { ...BASE, requested: '4800000' };
    const r = pathToYes(input);
    const grade = option(r, 'grade');
    // AA 0.9 → 4,500,000; AAA- falls back to AAA's 1 → 5,000,000.
    expect(grade).to.include({ status: 'achievable', change: 'AAA-', from: 'AA', to: 'AAA-' });
    expect(grade.result!.granted).to.equal('5000000.00');
    expect(grade.message).to.contain('unsecured credit allowed');
    expect(option(pathToYes({ ...input, requested: '5000000.01' }), 'grade').status).to.equal('not-achievable');
  });

  it('works out the collateral to pledge at the pledge ratio when collateral caps the limit', () => {
    const input = { ...BASE, collateralValue: '1000000', requested: '2000000' };
    const r = pathToYes(input, WITH_COLLATERAL, { pledgeRatio: '0.6' });
    expect(r.approvableToday).to.equal('1000000.00');
    const c = option(r, 'collateral');
    // 1,000,000 more counted at 0.6 → appraised 1,666,666.67 (counts 1,000,000.002).
    expect(c).to.include({ status: 'achievable', change: '1666666.67', field: 'collateralValue', from: '1000000' });
    expect(c.result!.granted).to.equal('2000000.00');
    expectLeastChange(input, c, new Decimal('2000000'), WITH_COLLATERAL, { pledgeRatio: '0.6' });
    expect(option(pathToYes({ ...BASE, requested: '5000000' }), 'collateral').status).to.equal('not-applicable');
  });

  it('works out the paid-in capital of a company established less than a year', () => {
    const input = { ...BASE, establishedOn: '2025-01-01', paidInCapital: '1000000', requested: '3000000' };
    const r = pathToYes(input);
    expect(r.approvableToday).to.equal('1000000.00');
    const capital = option(r, 'paidInCapital');
    expect(capital).to.include({ status: 'achievable', change: '2000000.00', to: '3000000' });
    expectLeastChange(input, capital, new Decimal('3000000'));
    expect(option(pathToYes({ ...BASE, requested: '5000000' }), 'paidInCapital').status).to.equal('not-applicable');
  });

  it('needs the requested amount and valid options', () => {
    expect(paths(validationError(() => pathToYes(BASE)))).to.deep.equal(['requested']);
    expect(paths(validationError(() => pathToYes({ ...BASE, requested: '1' }, undefined, { pledgeRatio: '1.5' })))).to.deep.equal(['options.pledgeRatio']);
  });

  describe('property: applying the suggested change gives at least the amount, and a smaller change does not', () => {
    const cents = (max: bigint) => fc.bigInt({ min: 0n, max }).map((c) => new Decimal(c.toString()).div(100).toFixed(2));
    const inputs = fc
      .record({
        existingFinancing: cents(5_000_000_000n),
        totalAssets: cents(50_000_000_000n),
        effectiveShare: fc.integer({ min: 0, max: 100 }),
        liabilityShare: fc.integer({ min: 0, max: 120 }),
        grade: fc.constantFrom(...ALL_GRADES),
        paidInCapital: cents(5_000_000_000n),
        collateralValue: cents(5_000_000_000n),
        young: fc.boolean(),
        extra: fc.bigInt({ min: 1n, max: 5_000_000_000n }),
      })
      .map((g) => {
        const total = new Decimal(g.totalAssets);
        const input: CreditLimitInput = {
          existingFinancing: g.existingFinancing,
          totalAssets: g.totalAssets,
          effectiveAssets: total.times(g.effectiveShare).div(100).toFixed(2, Decimal.ROUND_DOWN),
          totalLiabilities: total.times(g.liabilityShare).div(100).toFixed(2, Decimal.ROUND_DOWN),
          grade: g.grade,
          paidInCapital: g.paidInCapital,
          collateralValue: g.collateralValue,
          establishedOn: g.young ? '2025-03-01' : '2015-03-01',
          asOf: '2025-06-30',
        };
        return { input, extra: new Decimal(g.extra.toString()).div(100) };
      });
    const settings = fc.record({ pledgeRatio: fc.constantFrom('1', '0.6', '0.35', '0.7'), paydownFundedBy: fc.constantFrom('equity' as const, 'cash' as const) });

    for (const policy of [DEFAULT_CREDIT_POLICY.limit, WITH_COLLATERAL]) {
      it(`holds for every lever (capGrantedByCollateral ${policy.capGrantedByCollateral})`, () => {
        const exercised = new Set<string>();
        fc.assert(
          fc.property(inputs, settings, ({ input, extra }, options) => {
            const today = granted(input, policy);
            const requested = today.plus(extra).toDecimalPlaces(2);
            const asked = { ...input, requested: requested.toFixed(2) };
            const r = pathToYes(asked, policy, options);
            expect(r.approvable).to.equal(false);
            expect(r.approvableToday).to.equal(today.toFixed(2));
            expect(r.shortfall).to.equal(requested.minus(today).toFixed(2));
            for (const o of r.options) {
              if (o.status !== 'achievable') continue;
              expectLeastChange(asked, o, requested, policy, options);
              exercised.add(o.lever);
            }
          }),
          { numRuns: 200 },
        );
        const levers = ['liabilities', 'grade', 'paidInCapital', ...(policy.capGrantedByCollateral ? ['collateral'] : [])];
        expect([...exercised].sort(), 'every lever was exercised').to.deep.equal(levers.sort());
      });
    }
  });
});
