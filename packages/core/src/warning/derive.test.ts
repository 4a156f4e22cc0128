import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';
import { deriveSignals } from './derive.js';
import { evaluateWarning } from './evaluate.js';

const AS_OF = '2024-03-31';
const codes = (signals: { code: string }[]) => signals.map((s) => s.code);

describe('deriveSignals: collateral', () => {
  it('raises nothing for a drop of exactly 35 % of the appraised value', () => {
    // 1,000,000.00 − 650,000.00 = 350,000.00 = 0.35 × 1,000,000.00: not "more than" 35 %.
    expect(deriveSignals({ asOf: AS_OF, collateral: [{ appraisedValue: '1000000.00', currentValue: '650000.00' }] })).to.deep.equal([]);
    // 1.80 − 1.17 = 0.63 = 0.35 × 1.80 exactly; in floats 1.8 − 1.17 > 1.8 × 0.35.
    expect(deriveSignals({ asOf: AS_OF, collateral: [{ appraisedValue: 1.8, currentValue: 1.17 }] })).to.deep.equal([]);
  });

  it('raises a severe collateral-value-down for a drop of 35.01 %, with the drop as the amount', () => {
    // 1,000,000.00 − 649,900.00 = 350,100.00 = 35.01 % of 1,000,000.00.
    const signals = deriveSignals({ asOf: AS_OF, collateral: [{ id: 'warehouse', appraisedValue: '1000000.00', currentValue: '649900.00' }] });
    expect(signals).to.deep.equal([
      {
        code: 'collateral-value-down', severity: 'severe', category: 'performance', raisedOn: AS_OF, amount: '350100.00',
        note: 'Collateral warehouse down 35.01 % (appraised 1000000.00, now 649900.00)',
      },
    ]);
  });

  it('gives one signal for several breaching items, with the sum of their drops', () => {
    // Items 1 and 3 drop 40 % (400.00) and 50 % (25.50); item 2 drops 10 %. Sum 425.50.
    const signals = deriveSignals({
      asOf: AS_OF,
      collateral: [
        { appraisedValue: '1000', currentValue: '600' },
        { appraisedValue: '1000', currentValue: '900' },
        { appraisedValue: '51', currentValue: '25.5' },
      ],
    });
    expect(codes(signals)).to.deep.equal(['collateral-value-down']);
    expect(signals[0]!.amount).to.equal('425.50');
    expect(signals[0]!.note).to.equal('Collateral #1 down 40 % (appraised 1000, now 600); Collateral #3 down 50 % (appraised 51, now 25.5)');
  });

  it('takes the ratio from the policy', () => {
    // 25 % drop: nothing at the default 35 %, a signal at 20 %.
    const data = { asOf: AS_OF, collateral: [{ appraisedValue: '100', currentValue: '75' }] };
    expect(deriveSignals(data)).to.deep.equal([]);
    expect(codes(deriveSignals(data, { collateralDropRatio: '0.2' }))).to.deep.equal(['collateral-value-down']);
  });

  // 003 第十九条(十二): "抵(质)押物出现破损、变质及其他影响价值的变化(减值幅度超过评估抵押价值的35%)" — by value.
  it('raises collateral-damaged when the impairment is more than 35 % of the appraised value, not at 35 %', () => {
    const at = deriveSignals({ asOf: AS_OF, collateral: [{ appraisedValue: '200', currentValue: '200', impairment: '70' }] });
    expect(at).to.deep.equal([]);
    const past = deriveSignals({ asOf: AS_OF, collateral: [{ appraisedValue: '200', currentValue: '200', impairment: '70.01' }] });
    expect(past.map((s) => [s.code, s.severity, s.amount])).to.deep.equal([['collateral-damaged', 'severe', '70.01']]);
    expect(past[0]!.note).to.contain('35.01 %');
  });
});

describe('deriveSignals: receivables and limit', () => {
  it('raises receivable-overdue for an overdue amount above zero', () => {
    expect(deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: '0' } })).to.deep.equal([]);
    // 2024-02-29 → 2024-03-31: 31 days (leap year).
    const [s] = deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: '1234.5', oldestDueDate: '2024-02-29' } });
    expect(s).to.deep.equal({
      code: 'receivable-overdue', severity: 'ordinary', category: 'performance', raisedOn: AS_OF, amount: '1234.50',
      note: 'Oldest overdue item due 2024-02-29, 31 days overdue',
    });
  });

  it('raises due-within-30-days for amounts expected unpaid and due from the as-of date to 30 days after', () => {
    // 2024-03-31 + 30 days = 2024-04-30. Counted: due 03-31 (100) and 04-30 (20.25) = 120.25.
    // Left out: due 03-30 (already overdue) and 05-01 (31 days away).
    const signals = deriveSignals({
      asOf: AS_OF,
      receivables: {
        overdueAmount: 0,
        expectedUnpaid: [
          { dueDate: '2024-03-30', amount: '1000' },
          { dueDate: '2024-03-31', amount: '100' },
          { dueDate: '2024-04-30', amount: '20.25' },
          { dueDate: '2024-05-01', amount: '3000' },
        ],
      },
    });
    expect(signals.map((s) => [s.code, s.severity, s.amount])).to.deep.equal([['due-within-30-days', 'ordinary', '120.25']]);
    expect(signals[0]!.note).to.equal('Expected to go unpaid, due from 2024-03-31 to 2024-04-30 (30 days)');

    // The window comes from the policy: 10 days → up to 2024-04-10, only the 100 due on the as-of date.
    const short = deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, expectedUnpaid: [{ dueDate: '2024-03-31', amount: '100' }, { dueDate: '2024-04-11', amount: '5' }] } }, { dueSoonDays: 10 });
    expect(short.map((s) => s.amount)).to.deep.equal(['100.00']);
  });

  it("takes the host's own due-soon amount when given", () => {
    expect(codes(deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, dueSoonExpectedUnpaidAmount: '0' } }))).to.deep.equal([]);
    const [s] = deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, dueSoonExpectedUnpaidAmount: 500 } });
    expect(s).to.include({ code: 'due-within-30-days', amount: '500.00' });
  });

  it('raises past-max-credit-period when the oldest open item is older than the maximum credit period', () => {
    // 2024-03-31 − 180 days = 2023-10-03; − 181 days = 2023-10-02.
    expect(deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, oldestDocumentDate: '2023-10-03' } })).to.deep.equal([]);
    const [s] = deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, oldestDocumentDate: '2023-10-02' } });
    expect(s).to.include({ code: 'past-max-credit-period', severity: 'ordinary', raisedOn: AS_OF });
    expect(s!.note).to.equal('Oldest open item dated 2023-10-02, 181 days ago (maximum credit period 180 days)');
    expect(deriveSignals({ asOf: AS_OF, receivables: { overdueAmount: 0, oldestDocumentDate: '2024-01-01' } }, { maxCreditPeriodDays: 60 })).to.have.length(1);
  });

  it('raises over-credit-limit when used exceeds granted, with the excess as the amount', () => {
    expect(deriveSignals({ asOf: AS_OF, limit: { granted: '500000.00', used: '500000.00' } })).to.deep.equal([]);
    const [s] = deriveSignals({ asOf: AS_OF, limit: { granted: '500000.00', used: '500000.01' } });
    expect(s).to.include({ code: 'over-credit-limit', severity: 'ordinary', amount: '0.01' });
    // 0.1 + 0.2 style amounts stay exact: 0.3 granted, 0.30000001 used → 0.00000001 over.
    const [tiny] = deriveSignals({ asOf: AS_OF, limit: { granted: '0.3', used: '0.30000001' } });
    expect(tiny!.amount).to.equal('0.00000001');
  });

  it('derives nothing from nothing, and feeds evaluateWarning', () => {
    expect(deriveSignals({ asOf: AS_OF })).to.deep.equal([]);
    const signals = deriveSignals({
      asOf: AS_OF,
      receivables: { overdueAmount: '10', oldestDueDate: '2024-03-01' },
      limit: { granted: '100', used: '150' },
    });
    expect(codes(signals)).to.deep.equal(['receivable-overdue', 'over-credit-limit']);
    expect(evaluateWarning(signals, { asOf: AS_OF }).level).to.equal('orange');
  });

  it('rejects malformed data and policy, naming each path', () => {
    try {
      deriveSignals({
        asOf: '2024-02-30',
        collateral: [{ appraisedValue: '0', currentValue: '-1', impairment: -2 }],
        receivables: { overdueAmount: '1', dueSoonExpectedUnpaidAmount: '1', expectedUnpaid: [] },
      });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(CreditKitValidationError);
      const paths = (error as CreditKitValidationError).issues.map((i) => i.path);
      expect(paths).to.include.members([
        'asOf', 'collateral[0].appraisedValue', 'collateral[0].currentValue', 'collateral[0].impairment', 'receivables.expectedUnpaid',
      ]);
    }
    expect(() => deriveSignals({ asOf: AS_OF }, { dueSoonDays: -1 })).to.throw(CreditKitValidationError, 'dueSoonDays');
  });
});
