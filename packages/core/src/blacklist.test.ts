import { expect } from '@open-wc/testing';
import { applyBlacklistAction, blacklistOpen, blacklistRestricts, decisionAction } from './blacklist.js';
import { CreditKitRuleError } from './errors.js';
import { blacklistEntrySchema, type BlacklistEntry } from './schemas/blacklist.js';

// 000 黑名单客户管理: "下属企业…上报逾期严重的客户名单,总部通过审核后,该客户被记录到总部黑名单库中,全集团企业共同分享黑名单库…
// 记录在册的客户与集团下任一家企业进行交易都会受到一定限制。客户提出撤销黑名单时,下属企业提交总部审批,如果总部审核通过才可从黑名单中撤销。"
describe('blacklist workflow', () => {
  const at = '2026-11-25T03:08:00Z';
  const reported: BlacklistEntry = {
    id: 'BL-1', customerId: 'C001', status: 'reported', reason: 'Severely overdue: 420 days', reportedBy: 'East branch',
    history: [{ action: 'report', actor: 'east.sales', at }],
  };

  it('report → head-office approval → listed (restricted) → removal request (still restricted) → approval → removed', () => {
    expect(blacklistRestricts(reported.status)).to.equal(false);
    const listed = applyBlacklistAction(reported, 'approve', { at, actor: 'hq.credit' });
    expect([listed.status, blacklistRestricts(listed.status)]).to.deep.equal(['listed', true]);
    const pending = applyBlacklistAction(listed, 'request-removal', { at, note: 'Paid in full' });
    expect([pending.status, blacklistRestricts(pending.status)]).to.deep.equal(['removal-requested', true]);
    const removed = applyBlacklistAction(pending, 'approve-removal', { at, actor: 'hq.credit' });
    expect([removed.status, blacklistRestricts(removed.status), blacklistOpen(removed.status)]).to.deep.equal(['removed', false, false]);
    expect(removed.history.map((e) => e.action)).to.deep.equal(['report', 'approve', 'request-removal', 'approve-removal']);
    expect(blacklistEntrySchema.safeParse(removed).success).to.equal(true);
    // Never mutates.
    expect(reported.status).to.equal('reported');
  });

  it('removal needs the same approval: a rejected removal keeps the customer listed', () => {
    const pending = applyBlacklistAction(applyBlacklistAction(reported, 'approve', { at }), 'request-removal', { at });
    expect(applyBlacklistAction(pending, 'reject-removal', { at }).status).to.equal('listed');
  });

  it('refuses steps out of order with a typed rule error', () => {
    expect(() => applyBlacklistAction(reported, 'request-removal', { at })).to.throw(CreditKitRuleError, 'cannot take "request-removal"');
    expect(() => applyBlacklistAction(reported, 'approve-removal', { at })).to.throw(CreditKitRuleError);
    const rejected = applyBlacklistAction(reported, 'reject', { at });
    expect(() => applyBlacklistAction(rejected, 'approve', { at })).to.throw(CreditKitRuleError);
  });

  it('maps a head-office decision to the pending step, or to nothing', () => {
    expect([decisionAction('reported', 'approve'), decisionAction('removal-requested', 'approve'), decisionAction('removal-requested', 'reject'), decisionAction('listed', 'approve')])
      .to.deep.equal(['approve', 'approve-removal', 'reject-removal', undefined]);
  });
});
