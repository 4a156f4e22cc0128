import { expect } from '@open-wc/testing';
import type { CreditApplication } from '../schemas/application.js';
import { DEFAULT_APPROVAL_POLICY, type ApprovalPolicyInput, type DecisionInput } from '../schemas/decision.js';
import type { LimitRequest } from '../schemas/limit-request.js';
import { paths, validationError } from '../test-support/expect-validation-error.js';
import { checkDecisionAllowed, decisionSubjectOf, type DecisionSubjectInput } from './approval.js';

const approve = (grantedLimit: string, extra: Partial<DecisionInput> = {}): DecisionInput => ({
  outcome: 'approve',
  conditions: { grantedLimit, termDays: 90, settlementMethod: 'open_credit', validUntil: '2027-12-31', nextReviewOn: '2027-06-30' },
  ...extra,
});
const subject = (extra: Partial<DecisionSubjectInput> = {}): DecisionSubjectInput => ({
  kind: 'limit-request', id: 'LR1', status: 'submitted', requested: '3000000', preparedBy: ['sales.wang', 'analyst.li'], computedMaximum: '4500000.00', ...extra,
});
const analyst = { subject: 'analyst.zhou', roles: ['analyst'] };
const manager = { subject: 'manager.chen', roles: ['credit_manager'] };
const committee = { subject: 'committee.board', roles: ['committee'] };
const codes = (r: ReturnType<typeof checkDecisionAllowed>) => r.refusals.map((x) => x.code);

describe('checkDecisionAllowed', () => {
  describe('approval levels by amount (default: analyst ≤ 1,000,000, credit manager ≤ 5,000,000, committee above)', () => {
    it('lets each level approve up to its ceiling, inclusive, and names the level used', () => {
      expect(checkDecisionAllowed(approve('1000000.00'), subject(), analyst)).to.include({ allowed: true, level: 'analyst' });
      expect(checkDecisionAllowed(approve('5000000'), subject({ computedMaximum: '9000000' }), manager)).to.include({ allowed: true, level: 'credit_manager' });
      expect(checkDecisionAllowed(approve('4000000'), subject(), committee)).to.include({ allowed: true, level: 'committee' });
    });

    it('refuses an amount one cent above the level and names the level that may approve it', () => {
      const r = checkDecisionAllowed(approve('1000000.01'), subject(), analyst);
      expect(r.allowed).to.equal(false);
      expect(codes(r)).to.deep.equal(['above-approval-level']);
      expect(r.refusals[0]!.requiredLevel).to.equal('credit_manager');
      expect(r.refusals[0]!.message).to.contain('1000000.01').and.contain('1000000.00');
      const big = checkDecisionAllowed(approve('5000000.01'), subject({ computedMaximum: '9000000' }), manager);
      expect(big.refusals[0]).to.include({ code: 'above-approval-level', requiredLevel: 'committee' });
    });

    it('takes the lowest of several levels a principal holds that covers the amount', () => {
      const both = { subject: 'x', roles: ['analyst', 'credit_manager'] };
      expect(checkDecisionAllowed(approve('800000'), subject(), both).level).to.equal('analyst');
      expect(checkDecisionAllowed(approve('2000000'), subject(), both).level).to.equal('credit_manager');
    });

    it('accepts the credit service\'s `approver` role at the credit manager level', () => {
      expect(checkDecisionAllowed(approve('2000000'), subject(), { subject: 'a', roles: ['approver'] })).to.include({ allowed: true, level: 'credit_manager' });
    });

    it('refuses a principal with no approval role, whatever the outcome', () => {
      const sales = { subject: 'sales.wang2', roles: ['sales'] };
      expect(codes(checkDecisionAllowed(approve('10'), subject(), sales))).to.include('no-approval-role');
      expect(codes(checkDecisionAllowed({ outcome: 'reject', reasonCodes: ['grade-too-low'] }, subject(), sales))).to.deep.equal(['no-approval-role']);
    });
  });

  describe('maker-checker: who submitted or prepared may not approve', () => {
    it('refuses the submitter and the analyst who took it under review', () => {
      for (const who of ['sales.wang', 'analyst.li']) {
        const r = checkDecisionAllowed(approve('500000'), subject(), { subject: who, roles: ['analyst', 'credit_manager'] });
        expect(codes(r), who).to.deep.equal(['maker-checker']);
      }
    });

    it('lets a preparer reject or return (only approval is the checker\'s)', () => {
      expect(checkDecisionAllowed({ outcome: 'return', reasonCodes: ['incomplete-information'], note: 'add statements' }, subject(), { subject: 'analyst.li', roles: ['analyst'] }).allowed).to.equal(true);
    });

    it('is off when the policy says so', () => {
      const policy: ApprovalPolicyInput = { ...DEFAULT_APPROVAL_POLICY, makerChecker: false };
      expect(checkDecisionAllowed(approve('500000'), subject(), { subject: 'analyst.li', roles: ['analyst'] }, policy).allowed).to.equal(true);
    });

    it('finds the makers in an application\'s or a limit request\'s audit trail', () => {
      const application = {
        id: 'A1', number: 'CA-1', status: 'under_review', submittedAt: '2026-11-01T00:00:00Z',
        request: { amount: '2000000.00', currency: 'CNY', termDays: 90, purpose: 'x', settlementMethod: 'cash' },
        history: [
          { status: 'submitted', actor: 'sales.wang', at: '2026-11-01T00:00:00Z' },
          { status: 'under_review', actor: 'analyst.li', at: '2026-11-02T00:00:00Z' },
        ],
      } as CreditApplication;
      expect(decisionSubjectOf(application, '4000000.00')).to.deep.equal({
        kind: 'application', id: 'A1', status: 'under_review', requested: '2000000.00', preparedBy: ['sales.wang', 'analyst.li'], computedMaximum: '4000000.00',
      });
      const request = { id: 'LR1', status: 'submitted', requestedBy: 'sales.zhao', amount: '10', history: [{ status: 'submitted', actor: 'sales.zhao', at: '2026-11-01T00:00:00Z' }] } as LimitRequest;
      expect(decisionSubjectOf(request)).to.deep.equal({ kind: 'limit-request', id: 'LR1', status: 'submitted', requested: '10', preparedBy: ['sales.zhao'] });
    });
  });

  describe('never above the computed maximum unless the policy allows an override with a reason', () => {
    it('refuses a granted limit one cent above the maximum; allows it equal', () => {
      expect(checkDecisionAllowed(approve('4500000.00'), subject(), manager).allowed).to.equal(true);
      const r = checkDecisionAllowed(approve('4500000.01'), subject(), manager);
      expect(codes(r)).to.deep.equal(['above-computed-maximum']);
      expect(r.refusals[0]!.message).to.contain('4500000.00').and.contain('no override');
    });

    it('with overrides allowed: only the override level, and only with a reason', () => {
      const policy: ApprovalPolicyInput = { ...DEFAULT_APPROVAL_POLICY, allowOverride: true };
      expect(codes(checkDecisionAllowed(approve('4600000'), subject(), manager, policy))).to.deep.equal(['above-computed-maximum']);
      expect(codes(checkDecisionAllowed(approve('4600000'), subject(), committee, policy))).to.deep.equal(['override-reason-required']);
      const ok = checkDecisionAllowed(approve('4600000', { override: { reason: 'Parent company guarantee' } }), subject(), committee, policy);
      expect(ok).to.include({ allowed: true, level: 'committee' });
    });
  });

  it('refuses a decision on a request that is no longer open', () => {
    for (const status of ['approved', 'rejected', 'returned', 'draft'] as const) {
      expect(codes(checkDecisionAllowed(approve('10'), subject({ status }), analyst)), status).to.include('not-open');
    }
  });

  it('reports every refusal at once, with the working', () => {
    const r = checkDecisionAllowed(approve('6000000'), subject({ status: 'approved' }), { subject: 'sales.wang', roles: ['analyst'] });
    expect(codes(r)).to.deep.equal(['not-open', 'maker-checker', 'above-approval-level', 'above-computed-maximum']);
    expect(r.steps.map((s) => s.key)).to.deep.equal([
      'approval.open', 'approval.principalLevel', 'approval.outcome', 'approval.grantedLimit', 'approval.makerChecker',
      'approval.requiredLevel', 'approval.aboveMaximum', 'approval.allowed',
    ]);
  });

  it('names bad paths of the decision and of the policy', () => {
    const bad = validationError(() => checkDecisionAllowed({ outcome: 'reject' } as DecisionInput, subject(), analyst));
    expect(paths(bad)).to.deep.equal(['reasonCodes']);
    const noConditions = validationError(() => checkDecisionAllowed({ outcome: 'approve' } as DecisionInput, subject(), analyst));
    expect(paths(noConditions)).to.deep.equal(['conditions']);
    const dates = validationError(() => checkDecisionAllowed(approve('10', { conditions: { ...approve('10').conditions!, nextReviewOn: '2028-01-01' } }), subject(), analyst));
    expect(paths(dates)).to.deep.equal(['conditions.nextReviewOn']);
    const policy = validationError(() =>
      checkDecisionAllowed(approve('10'), subject(), analyst, { ...DEFAULT_APPROVAL_POLICY, levels: [{ level: 'a', roles: ['analyst'] }, { level: 'b', roles: ['x'], upTo: '5' }], overrideLevels: ['b', 'nope'] }),
    );
    expect(paths(policy)).to.deep.equal(['policy.levels[0].upTo', 'policy.overrideLevels[1]']);
  });
});
