import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';
import { fuzzyEvaluate, type FuzzyFactor } from './fuzzy.js';

function closeTo(actual: readonly number[], expected: readonly number[]) {
  expect(actual).to.have.length(expected.length);
  actual.forEach((v, i) => expect(v, `[${i}]`).to.be.closeTo(expected[i]!, 1e-12));
}

describe('fuzzyEvaluate', () => {
  it('composes a flat set of factors by weighted average (weights normalised)', () => {
    // Weights 5, 3, 2 → 0.5, 0.3, 0.2.
    // high   = 0.5·0.1 + 0.3·0.5 + 0.2·0.0 = 0.05 + 0.15 + 0    = 0.20
    // medium = 0.5·0.2 + 0.3·0.3 + 0.2·0.1 = 0.10 + 0.09 + 0.02 = 0.21
    // low    = 0.5·0.3 + 0.3·0.2 + 0.2·0.4 = 0.15 + 0.06 + 0.08 = 0.29
    // lower  = 0.5·0.4 + 0.3·0.0 + 0.2·0.5 = 0.20 + 0    + 0.10 = 0.30
    // score  = 0.2·0.7 + 0.21·0.5 + 0.29·0.3 + 0.3·0.1 = 0.14 + 0.105 + 0.087 + 0.03 = 0.362
    // max membership: lower (0.30) → none.
    const r = fuzzyEvaluate([
      { weight: 5, memberships: [0.1, 0.2, 0.3, 0.4] },
      { weight: 3, memberships: [0.5, 0.3, 0.2, 0] },
      { weight: 2, memberships: [0, 0.1, 0.4, 0.5] },
    ]);
    closeTo(r.memberships, [0.2, 0.21, 0.29, 0.3]);
    expect(r.score).to.be.closeTo(0.362, 1e-12);
    expect(r).to.include({ grade: 'lower', level: 'none' });
  });

  it('composes two levels: sub-factors first, then the groups', () => {
    // Financial (0.6): liquidity w1 [0.6, 0.2, 0.1, 0.1], leverage w3 [0.2, 0.4, 0.2, 0.2] → weights 0.25, 0.75
    //   high   = 0.15 + 0.15  = 0.3;   medium = 0.05 + 0.3 = 0.35
    //   low    = 0.025 + 0.15 = 0.175; lower  = 0.025 + 0.15 = 0.175
    // Management (0.4): [0.1, 0.2, 0.3, 0.4]
    // Top: high   = 0.6·0.3   + 0.4·0.1 = 0.18  + 0.04 = 0.22
    //      medium = 0.6·0.35  + 0.4·0.2 = 0.21  + 0.08 = 0.29
    //      low    = 0.6·0.175 + 0.4·0.3 = 0.105 + 0.12 = 0.225
    //      lower  = 0.6·0.175 + 0.4·0.4 = 0.105 + 0.16 = 0.265
    // score = 0.22·0.7 + 0.29·0.5 + 0.225·0.3 + 0.265·0.1 = 0.154 + 0.145 + 0.0675 + 0.0265 = 0.393
    // max membership: medium (0.29) → orange.
    const r = fuzzyEvaluate([
      {
        name: 'financial',
        weight: 0.6,
        factors: [
          { name: 'liquidity', weight: 1, memberships: [0.6, 0.2, 0.1, 0.1] },
          { name: 'leverage', weight: 3, memberships: [0.2, 0.4, 0.2, 0.2] },
        ],
      },
      { name: 'management', weight: 0.4, memberships: [0.1, 0.2, 0.3, 0.4] },
    ]);
    closeTo(r.memberships, [0.22, 0.29, 0.225, 0.265]);
    expect(r.score).to.be.closeTo(0.393, 1e-12);
    expect(r).to.include({ grade: 'medium', level: 'orange' });
  });

  it('maps each grade of maximum membership to its level', () => {
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.6, 0.2, 0.1, 0.1] }]).level).to.equal('red');
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.1, 0.6, 0.2, 0.1] }]).level).to.equal('orange');
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.1, 0.2, 0.6, 0.1] }]).level).to.equal('yellow');
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.1, 0.1, 0.2, 0.6] }]).level).to.equal('none');
  });

  it('gives a tie to the more severe grade', () => {
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.4, 0.4, 0.1, 0.1] }])).to.include({ grade: 'high', level: 'red' });
    expect(fuzzyEvaluate([{ weight: 1, memberships: [0.1, 0.2, 0.35, 0.35] }])).to.include({ grade: 'low', level: 'yellow' });
  });

  it('treats a tie blurred by float noise as a tie', () => {
    // Weights 0.1, 0.1 → ½, ½. high = (0 + 0.6) / 2 = 0.3; medium = (0.2 + 0.4) / 2 = 0.3: a tie → high.
    // Unrounded floats give medium 0.30000000000000004 > high 0.3.
    const r = fuzzyEvaluate([
      { weight: 0.1, memberships: [0, 0.2, 0.4, 0.4] },
      { weight: 0.1, memberships: [0.6, 0.4, 0, 0] },
    ]);
    expect(r.memberships).to.deep.equal([0.3, 0.3, 0.2, 0.2]);
    expect(r).to.include({ grade: 'high', level: 'red' });
  });

  it('ignores a zero-weight factor', () => {
    const r = fuzzyEvaluate([
      { weight: 0, memberships: [1, 0, 0, 0] },
      { weight: 2, memberships: [0, 0, 0.3, 0.7] },
    ]);
    expect(r.memberships).to.deep.equal([0, 0, 0.3, 0.7]);
    expect(r.level).to.equal('none');
  });

  it('rejects invalid weights, memberships and shapes, naming the path', () => {
    const bad: [unknown, string][] = [
      [[], 'at least one factor'],
      [[{ weight: -1, memberships: [1, 0, 0, 0] }], '[0].weight'],
      [[{ weight: Number.NaN, memberships: [1, 0, 0, 0] }], '[0].weight'],
      [[{ weight: 0, memberships: [1, 0, 0, 0] }, { weight: 0, memberships: [0, 1, 0, 0] }], 'weights adding up'],
      [[{ weight: 1, memberships: [1.2, 0, 0, 0] }], '[0].memberships[0] must be a number from 0 to 1'],
      [[{ weight: 1, memberships: [0.5, -0.1, 0, 0] }], '[0].memberships[1]'],
      [[{ weight: 1, memberships: [0.5, 0.5, 0] }], '[0].memberships'],
      [[{ weight: 1, memberships: [0, 0, 0, 0] }], 'at least one membership above 0'],
      [[{ weight: 1 }], 'either memberships or factors'],
      [[{ weight: 1, memberships: [1, 0, 0, 0], factors: [{ weight: 1, memberships: [1, 0, 0, 0] }] }], 'either memberships or factors'],
      [[{ weight: 1, factors: [] }], '[0].factors must have at least one factor'],
      [[{ weight: 1, factors: [{ weight: 1, memberships: [2, 0, 0, 0] }] }], '[0].factors[0].memberships[0]'],
    ];
    for (const [input, message] of bad) {
      expect(() => fuzzyEvaluate(input as FuzzyFactor[]), JSON.stringify(input)).to.throw(CreditKitValidationError, message);
    }
  });

  // 003 3.2/3.6: "A1(高度警报),A2(中度警报),A3(低度警报),A4(较低警报)… 根据最大隶属度原则确定风险等级" — the grade is the
  // practice's; which warning colour a grade means, and ties, are our documented options.
  it('maps 较低警报 (lower) to none by default and to another level when the host chooses', () => {
    const lower = [{ weight: 1, memberships: [0.1, 0.1, 0.2, 0.6] as const }];
    expect([fuzzyEvaluate(lower).grade, fuzzyEvaluate(lower).level]).to.deep.equal(['lower', 'none']);
    expect(fuzzyEvaluate(lower, { levels: { lower: 'yellow' } }).level).to.equal('yellow');
  });

  it('sends a tie to the more severe grade by default, to the less severe one by option', () => {
    const tie = [{ weight: 1, memberships: [0.4, 0.4, 0.1, 0.1] as const }];
    expect(fuzzyEvaluate(tie).grade).to.equal('high');
    expect(fuzzyEvaluate(tie, { tie: 'less-severe' }).grade).to.equal('medium');
    expect(() => fuzzyEvaluate(tie, { tie: 'random' as never })).to.throw(CreditKitValidationError, 'tie');
  });
});
