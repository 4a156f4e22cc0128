import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIsoDay, parseIsoDay, todayIso } from '../day-numbers.js';
import { CreditKitValidationError } from '../errors.js';
import { WARNING_LEVELS, type WarningLevel, type WarningSignalWire } from '../schemas/warning-status.js';
import { evaluateWarning } from './evaluate.js';
import { warningEvaluationSchema, type WarningSignalInput } from './signal-schema.js';

const AS_OF = '2024-06-30';

function signal(code: string, severity: 'severe' | 'major' | 'ordinary', extra: Partial<WarningSignalInput> = {}): WarningSignalInput {
  return { code, severity, raisedOn: '2024-06-01', ...extra };
}

const ORDINARY = ['liquidity-worsening', 'account-balance-falling', 'industry-downturn', 'tax-arrears'];
const ordinary = (n: number) => ORDINARY.slice(0, n).map((code) => signal(code, 'ordinary'));

describe('evaluateWarning escalation', () => {
  it('0 ordinary signals → none, no reasons, no action', () => {
    const r = evaluateWarning([], { asOf: AS_OF });
    expect(r).to.include({ level: 'none', action: 'none', asOf: AS_OF });
    expect(r.reasons).to.deep.equal([]);
    expect(r.counts).to.deep.equal({ severe: 0, major: 0, ordinary: 0 });
    expect(r).to.not.have.property('reportWithinHours');
  });

  it('1 ordinary → yellow (adjust), 2 → orange (reduce), 3 → red (exit), 4 → red', () => {
    const expected: [number, WarningLevel, string][] = [
      [1, 'yellow', 'adjust'], [2, 'orange', 'reduce'], [3, 'red', 'exit'], [4, 'red', 'exit'],
    ];
    for (const [n, level, action] of expected) {
      const r = evaluateWarning(ordinary(n), { asOf: AS_OF });
      expect(r.level, `${n} ordinary`).to.equal(level);
      expect(r.action, `${n} ordinary`).to.equal(action);
      expect(r.counts.ordinary).to.equal(n);
    }
  });

  it('1 severe signal with no ordinary one → red, exit, with a plain reason', () => {
    const r = evaluateWarning([signal('collateral-value-down', 'severe', { amount: '350100.00' })], { asOf: AS_OF });
    expect(r).to.include({ level: 'red', action: 'exit' });
    expect(r.counts).to.deep.equal({ severe: 1, major: 0, ordinary: 0 });
    expect(r.reasons).to.deep.equal(['1 severe signal: Collateral value down more than 35 % of its appraised value']);
    expect(r.active[0]).to.include({ code: 'collateral-value-down', category: 'performance', amount: '350100.00', known: true });
    expect(r.active[0]!.labels['zh-CN']).to.equal('抵质押物价值较评估价值下降超过35%');
  });

  it('a major event → red and to be reported within 24 hours', () => {
    const r = evaluateWarning([signal('ownership-change', 'major')], { asOf: AS_OF });
    expect(r).to.include({ level: 'red', action: 'exit', reportWithinHours: 24 });
    expect(r.counts).to.deep.equal({ severe: 0, major: 1, ordinary: 0 });
    expect(r.reasons[0]).to.equal('1 major event: Change of ownership or controlling shareholder (report within 24 hours)');
  });

  it('lists severe, major and ordinary reasons in that order, and sorts the active signals the same way', () => {
    const r = evaluateWarning(
      [signal('tax-arrears', 'ordinary'), signal('cross-default', 'major'), signal('bankruptcy', 'severe'), signal('industry-downturn', 'ordinary', { raisedOn: '2024-05-01' })],
      { asOf: AS_OF },
    );
    expect(r.reasons).to.deep.equal([
      '1 severe signal: Bankruptcy',
      '1 major event: Cross-default on other obligations (report within 24 hours)',
      '2 ordinary signals: Industry downturn; Tax arrears',
    ]);
    expect(r.active.map((s) => s.code)).to.deep.equal(['bankruptcy', 'cross-default', 'industry-downturn', 'tax-arrears']);
  });

  it("takes the signal's own severity over the catalogue's", () => {
    const r = evaluateWarning([signal('collateral-value-down', 'ordinary')], { asOf: AS_OF });
    expect(r.level).to.equal('yellow');
    const promoted = evaluateWarning([signal('industry-downturn', 'severe')], { asOf: AS_OF });
    expect(promoted.level).to.equal('red');
  });

  // 003 第十九条(一): "已经拖欠到期贷款本金或利息" is the first severe signal; 欠息 is interest overdue.
  it('欠息 alone is red: interest-in-arrears counts as the severe principal-or-interest-overdue, even sent as ordinary', () => {
    const r = evaluateWarning([signal('interest-in-arrears', 'ordinary')], { asOf: AS_OF });
    expect([r.level, r.action, r.counts.severe]).to.deep.equal(['red', 'exit', 1]);
    expect(r.active.map((s) => [s.code, s.severity])).to.deep.equal([['principal-or-interest-overdue', 'severe']]);
    // The same fact under both codes counts once.
    const both = evaluateWarning([signal('interest-in-arrears', 'ordinary'), signal('principal-or-interest-overdue', 'severe')], { asOf: AS_OF });
    expect([both.counts.severe, both.active[0]!.occurrences]).to.deep.equal([1, 2]);
  });

  // Sources conflict: 第二十条(十一) "国家出台了不利于企业的法规政策" (ordinary) vs 重大事项 "(1)外部政策不利于贷款客户的变动" (red, 24 h).
  it('adverse-policy-change is a major event by default, ordinary when the policy chooses so', () => {
    const byDefault = evaluateWarning([signal('adverse-policy-change', 'ordinary')], { asOf: AS_OF });
    expect([byDefault.level, byDefault.reportWithinHours]).to.deep.equal(['red', 24]);
    const chosen = evaluateWarning([signal('adverse-policy-change', 'major')], { asOf: AS_OF, adversePolicySeverity: 'ordinary' });
    expect([chosen.level, chosen.reportWithinHours]).to.deep.equal(['yellow', undefined]);
  });

  // 003 重大事项 "(4)客户财务收支能力发生重大变化": 一律视红色预警,在24小时内上报.
  it('a major change in financial capacity is red and reported within 24 hours', () => {
    const r = evaluateWarning([signal('financial-capacity-change', 'major')], { asOf: AS_OF });
    expect([r.level, r.reportWithinHours]).to.deep.equal(['red', 24]);
  });

  it("accepts a host's own code, labelled by the code, with the category it gives", () => {
    const r = evaluateWarning([signal('host-x1', 'ordinary', { category: 'environment', note: 'flooded warehouse' })], { asOf: AS_OF });
    expect(r.level).to.equal('yellow');
    expect(r.active[0]).to.deep.equal({
      code: 'host-x1', severity: 'ordinary', raisedOn: '2024-06-01', category: 'environment', note: 'flooded warehouse',
      labels: { en: 'host-x1', 'zh-CN': 'host-x1' }, known: false, occurrences: 1,
    });
    expect(r.reasons).to.deep.equal(['1 ordinary signal: host-x1']);
  });

  it('takes signals as the host serves them (warningSignalWireSchema), own categories included', () => {
    const served: WarningSignalWire[] = [
      { code: 'esg-rating-cut', severity: 'ordinary', category: 'esg', raisedOn: '2024-06-01', amount: '10.00' },
      { code: 'tax-arrears', severity: 'ordinary', raisedOn: '2024-06-01' },
    ];
    const r = evaluateWarning(served, { asOf: AS_OF });
    expect(r.level).to.equal('orange');
    expect(r.active.map((s) => s.category)).to.deep.equal(['esg', 'integrity']);
  });
});

describe('evaluateWarning dates and duplicates', () => {
  it('does not count a signal released before the as-of date, and lists it as released', () => {
    const r = evaluateWarning([signal('tax-arrears', 'ordinary', { releasedOn: '2024-06-29' })], { asOf: AS_OF });
    expect(r.level).to.equal('none');
    expect(r.active).to.deep.equal([]);
    expect(r.released.map((s) => [s.code, s.releasedOn])).to.deep.equal([['tax-arrears', '2024-06-29']]);
  });

  it('does not count a signal released on the as-of date', () => {
    const r = evaluateWarning([signal('bankruptcy', 'severe', { releasedOn: AS_OF })], { asOf: AS_OF });
    expect(r.level).to.equal('none');
    expect(r.released.length).to.equal(1);
  });

  it('counts a signal released after the as-of date', () => {
    const r = evaluateWarning([signal('bankruptcy', 'severe', { releasedOn: '2024-07-01' })], { asOf: AS_OF });
    expect(r.level).to.equal('red');
    expect(r.released).to.deep.equal([]);
    expect(r.active[0]!.releasedOn).to.equal('2024-07-01');
  });

  it('counts a signal raised on the as-of date but not one raised after it', () => {
    expect(evaluateWarning([signal('tax-arrears', 'ordinary', { raisedOn: AS_OF })], { asOf: AS_OF }).level).to.equal('yellow');
    const later = evaluateWarning([signal('bankruptcy', 'severe', { raisedOn: '2024-07-01' })], { asOf: AS_OF });
    expect(later.level).to.equal('none');
    expect(later.active).to.deep.equal([]);
    expect(later.released).to.deep.equal([]);
  });

  it('defaults the as-of date to today', () => {
    const today = todayIso();
    const tomorrow = formatIsoDay(parseIsoDay(today) + 1);
    const r = evaluateWarning([signal('tax-arrears', 'ordinary', { raisedOn: today }), signal('bankruptcy', 'severe', { raisedOn: tomorrow })]);
    expect(r.asOf).to.equal(today);
    expect(r.level).to.equal('yellow');
  });

  it('counts active signals with the same code once: earliest date, largest amount, heaviest severity', () => {
    const r = evaluateWarning(
      [
        signal('liquidity-worsening', 'ordinary', { raisedOn: '2024-06-10', amount: '900' }),
        signal('liquidity-worsening', 'ordinary', { raisedOn: '2024-05-02', amount: 1000.5 }),
        signal('liquidity-worsening', 'ordinary', { raisedOn: '2024-06-20' }),
      ],
      { asOf: AS_OF },
    );
    expect(r.level).to.equal('yellow');
    expect(r.counts.ordinary).to.equal(1);
    // "900" > "1000.5" as text; as amounts 1000.5 is larger.
    expect(r.active).to.have.length(1);
    expect(r.active[0]).to.include({ raisedOn: '2024-05-02', amount: '1000.5', occurrences: 3 });

    const mixed = evaluateWarning([signal('host-y', 'ordinary'), signal('host-y', 'severe')], { asOf: AS_OF });
    expect(mixed.counts).to.deep.equal({ severe: 1, major: 0, ordinary: 0 });
    expect(mixed.level).to.equal('red');
  });

  it('counts a code once active even when an earlier instance was released', () => {
    const r = evaluateWarning(
      [signal('tax-arrears', 'ordinary', { releasedOn: '2024-06-15' }), signal('tax-arrears', 'ordinary', { raisedOn: '2024-06-20' })],
      { asOf: AS_OF },
    );
    expect(r.counts.ordinary).to.equal(1);
    expect(r.released).to.have.length(1);
  });
});

describe('evaluateWarning input and output', () => {
  it('rejects malformed signals and options, naming each path', () => {
    try {
      evaluateWarning(
        [
          { code: ' ', severity: 'bad' as 'severe', raisedOn: '2023-02-29' },
          signal('tax-arrears', 'ordinary', { releasedOn: '2024-05-31', amount: '-5' }),
        ],
        { asOf: AS_OF },
      );
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(CreditKitValidationError);
      const paths = (error as CreditKitValidationError).issues.map((i) => i.path);
      expect(paths).to.include.members(['[0].code', '[0].severity', '[0].raisedOn', '[1].releasedOn', '[1].amount']);
    }
    expect(() => evaluateWarning([], { asOf: '2024-13-01' })).to.throw(CreditKitValidationError, 'asOf');
    expect(() => evaluateWarning('nope' as unknown as WarningSignalInput[])).to.throw(CreditKitValidationError);
  });

  it('returns a result that passes its schema', () => {
    const r = evaluateWarning(
      [signal('bankruptcy', 'severe', { amount: 12.5, id: 's1' }), signal('cross-default', 'major'), signal('tax-arrears', 'ordinary', { releasedOn: '2024-06-02' })],
      { asOf: AS_OF },
    );
    const parsed = warningEvaluationSchema.safeParse(JSON.parse(JSON.stringify(r)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(r.active[0]).to.include({ id: 's1', amount: '12.5' });
  });
});

describe('evaluateWarning properties', () => {
  const asOfDay = parseIsoDay(AS_OF);
  const rank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);
  const codes = ['bankruptcy', 'cross-default', 'tax-arrears', 'industry-downturn', 'liquidity-worsening', 'host-a', 'host-b'];
  const arbSignal = fc
    .record({
      code: fc.constantFrom(...codes),
      severity: fc.constantFrom('severe' as const, 'major' as const, 'ordinary' as const),
      raisedOffset: fc.integer({ min: -40, max: 10 }),
      releaseAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    })
    .map(({ code, severity, raisedOffset, releaseAfter }): WarningSignalInput => {
      const raised = asOfDay + raisedOffset;
      const s: WarningSignalInput = { code, severity, raisedOn: formatIsoDay(raised) };
      if (releaseAfter !== undefined) s.releasedOn = formatIsoDay(raised + releaseAfter);
      return s;
    });

  it('adding an active signal never lowers the level', () => {
    fc.assert(
      fc.property(fc.array(arbSignal, { maxLength: 8 }), arbSignal, (signals, extra) => {
        const active: WarningSignalInput = { code: extra.code, severity: extra.severity, raisedOn: formatIsoDay(asOfDay - 1) };
        const before = evaluateWarning(signals, { asOf: AS_OF }).level;
        const after = evaluateWarning([...signals, active], { asOf: AS_OF }).level;
        return rank(after) >= rank(before);
      }),
    );
  });

  it('releasing a signal never raises the level', () => {
    fc.assert(
      fc.property(fc.array(arbSignal, { minLength: 1, maxLength: 8 }), fc.nat(), (signals, pick) => {
        const i = pick % signals.length;
        const target = signals[i]!;
        const releasedOn = formatIsoDay(Math.max(parseIsoDay(target.raisedOn), asOfDay));
        const changed = signals.map((s, k) => (k === i ? { ...s, releasedOn } : s));
        const before = evaluateWarning(signals, { asOf: AS_OF }).level;
        const after = evaluateWarning(changed, { asOf: AS_OF }).level;
        return rank(after) <= rank(before);
      }),
    );
  });

  it('does not depend on the order of the signals', () => {
    fc.assert(
      fc.property(fc.array(arbSignal, { maxLength: 8 }).chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length }))), ([signals, shuffled]) => {
        const a = evaluateWarning(signals, { asOf: AS_OF });
        const b = evaluateWarning(shuffled, { asOf: AS_OF });
        expect(b.level).to.equal(a.level);
        expect(b.counts).to.deep.equal(a.counts);
      }),
    );
  });
});
