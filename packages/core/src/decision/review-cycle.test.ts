import { expect } from '@open-wc/testing';
import { DEFAULT_REVIEW_POLICY } from '../schemas/review.js';
import { paths, validationError } from '../test-support/expect-validation-error.js';
import { addMonths } from './calendar.js';
import { reviewFrequency, reviewSchedule, reviewWorklist, suggestReviewDates, type ReviewCandidateInput } from './review-cycle.js';

const candidate = (extra: Partial<ReviewCandidateInput> = {}): ReviewCandidateInput => ({
  customerId: 'C001', grade: 'AA', granted: '2000000.00', currency: 'CNY', ratedOn: '2026-01-15', ...extra,
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).to.equal('2026-04-15');
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-11-30', 14)).to.equal('2028-01-30');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
  });
});

describe('review frequency by policy (default: large exposures and orange/red monthly, new and weak quarterly, others yearly)', () => {
  it('gives each default case its months and the rule that set it', () => {
    expect(reviewFrequency(candidate())).to.deep.equal({ everyMonths: 12, basis: [] });
    expect(reviewFrequency(candidate({ newCustomer: true }))).to.deep.equal({ everyMonths: 3, basis: ['new-customer'] });
    expect(reviewFrequency(candidate({ granted: '10000000' }))).to.deep.equal({ everyMonths: 1, basis: ['large-exposure'] });
    expect(reviewFrequency(candidate({ granted: '9999999.99' }))).to.deep.equal({ everyMonths: 12, basis: [] });
    expect(reviewFrequency(candidate({ grade: 'BBB+' }))).to.deep.equal({ everyMonths: 3, basis: ['weak-grade'] });
    expect(reviewFrequency(candidate({ grade: 'A-' }))).to.deep.equal({ everyMonths: 12, basis: [] });
    expect(reviewFrequency(candidate({ warning: { level: 'yellow' } }))).to.deep.equal({ everyMonths: 12, basis: [] });
    expect(reviewFrequency(candidate({ warning: { level: 'red' } }))).to.deep.equal({ everyMonths: 1, basis: ['warning'] });
  });

  it('takes the most frequent matching rule and lists ties', () => {
    expect(reviewFrequency(candidate({ newCustomer: true, grade: 'BB' }))).to.deep.equal({ everyMonths: 3, basis: ['new-customer', 'weak-grade'] });
    expect(reviewFrequency(candidate({ newCustomer: true, granted: '20000000' }))).to.deep.equal({ everyMonths: 1, basis: ['large-exposure'] });
  });
});

describe('reviewSchedule', () => {
  it('runs the cycle from the rating, and honours an earlier nextReviewOn set by a decision', () => {
    expect(reviewSchedule(candidate()).reviewOn).to.equal('2027-01-15');
    expect(reviewSchedule(candidate({ nextReviewOn: '2026-07-01' })).reviewOn).to.equal('2026-07-01');
    // A later decision date does not outlast the policy's cycle.
    expect(reviewSchedule(candidate({ nextReviewOn: '2027-06-01' })).reviewOn).to.equal('2027-01-15');
  });

  it('a raised warning pulls the review forward (red: the day raised, orange: 14 days, yellow: 30)', () => {
    const red = reviewSchedule(candidate({ warning: { level: 'red', raisedOn: '2026-03-02' } }));
    expect(red).to.deep.equal({ everyMonths: 1, basis: ['warning'], reviewOn: '2026-02-15', });
    const yellow = reviewSchedule(candidate({ warning: { level: 'yellow', raisedOn: '2026-05-10' } }));
    expect(yellow).to.deep.equal({ everyMonths: 12, basis: [], reviewOn: '2026-06-09', pulledForwardBy: { level: 'yellow', raisedOn: '2026-05-10' } });
    const orange = reviewSchedule(candidate({ ratedOn: '2026-05-01', warning: { level: 'orange', raisedOn: '2026-05-10' } }));
    expect(orange.reviewOn).to.equal('2026-05-24');
    expect(orange.pulledForwardBy).to.deep.equal({ level: 'orange', raisedOn: '2026-05-10' });
  });
});

describe('suggestReviewDates', () => {
  it('proposes the next review one cycle after the decision and validity one default cycle', () => {
    expect(suggestReviewDates(candidate({ newCustomer: true }), '2026-11-25')).to.deep.equal({
      nextReviewOn: '2027-02-25', validUntil: '2027-11-25', everyMonths: 3, basis: ['new-customer'],
    });
  });
});

describe('reviewWorklist', () => {
  const asOf = '2026-11-25';
  const list = [
    candidate({ customerId: 'FINE', ratedOn: '2026-06-01' }),
    candidate({ customerId: 'SOON', ratedOn: '2025-12-20' }),
    candidate({ customerId: 'DUE', ratedOn: '2025-11-25' }),
    candidate({ customerId: 'LATE', ratedOn: '2025-10-01', customerName: 'Late Co.' }),
    candidate({ customerId: 'GONE', ratedOn: '2026-06-01', validUntil: '2026-11-24' }),
    candidate({ customerId: 'ZERO', ratedOn: '2020-01-01', granted: '0' }),
    candidate({ customerId: 'WARN', ratedOn: '2026-06-01', warning: { level: 'yellow', raisedOn: '2026-10-01' } }),
  ];

  it('lists expired, overdue, due and due-soon limits, most urgent first, and leaves out the rest', () => {
    const w = reviewWorklist(list, asOf);
    expect(w.asOf).to.equal(asOf);
    expect(w.policyVersion).to.equal(DEFAULT_REVIEW_POLICY.version);
    expect(w.items.map((i) => [i.customerId, i.state, i.reviewOn, i.daysOverdue])).to.deep.equal([
      ['GONE', 'expired', '2027-06-01', -188],
      ['LATE', 'overdue', '2026-10-01', 55],
      ['WARN', 'overdue', '2026-10-31', 25],
      ['DUE', 'due', '2026-11-25', 0],
      ['SOON', 'due-soon', '2026-12-20', -25],
    ]);
    expect(w.items[1]).to.include({ customerName: 'Late Co.', granted: '2000000.00', everyMonths: 12 });
    expect(w.items[2]!.pulledForwardBy).to.deep.equal({ level: 'yellow', raisedOn: '2026-10-01' });
  });

  it('names a bad candidate by its index', () => {
    const error = validationError(() => reviewWorklist([candidate(), candidate({ ratedOn: '2026-02-30' })], asOf));
    expect(paths(error)).to.deep.equal(['candidates[1].ratedOn']);
  });
});
