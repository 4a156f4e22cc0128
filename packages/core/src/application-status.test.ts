import { expect } from '@open-wc/testing';
import { APPLICATION_STATUSES } from './schemas/application.js';
import { APPLICATION_TRANSITIONS, DECISION_STATUSES, canTransition } from './application-status.js';

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
});
