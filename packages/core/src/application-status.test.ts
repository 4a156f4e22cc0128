import { expect } from '@open-wc/testing';
import { APPLICATION_STATUSES } from './schemas/application.js';
import { APPLICATION_TRANSITIONS, DECISION_STATUSES, canTransition, transitionVerdict } from './application-status.js';

describe('application status transitions', () => {
  it('submitted → under_review → approved | rejected | returned, and nothing else', () => {
    const allowed = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).to.deep.equal([
      'draft→submitted', 'submitted→under_review', 'under_review→approved', 'under_review→rejected', 'under_review→returned',
    ]);
  });

  it('decisions are final', () => {
    for (const decided of DECISION_STATUSES) expect(APPLICATION_TRANSITIONS[decided]).to.deep.equal([]);
  });

  it('the transitions endpoint only moves; a decision goes through the decision endpoint and its policy', () => {
    const verdicts = Object.fromEntries(
      APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [`${from}→${to}`, transitionVerdict(from, to)] as const))
        .filter(([, verdict]) => verdict !== 'not-allowed'),
    );
    expect(verdicts).to.deep.equal({
      'draft→submitted': 'move',
      'submitted→under_review': 'move',
      'under_review→approved': 'decision-required',
      'under_review→rejected': 'decision-required',
      'under_review→returned': 'decision-required',
    });
    expect(transitionVerdict('submitted', 'approved')).to.equal('not-allowed');
  });
});
