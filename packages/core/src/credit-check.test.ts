import { expect } from '@open-wc/testing';
import { creditCheck, type CreditProfileInput } from './credit-check.js';
import { validationError, paths } from './test-support/expect-validation-error.js';


const codes = (r: ReturnType<typeof creditCheck>) => r.reasons.map((reason) => reason.code);

// Default policy: counts open receivables and open orders, warns at 0.8 utilisation, blocks one day past due (grace 0).
const GOOD: CreditProfileInput = { grade: 'A', granted: '1000', components: { openReceivables: '100', openOrders: '50' } };
const profile = (overrides: Partial<CreditProfileInput>) => ({ ...GOOD, ...overrides });

describe('creditCheck', () => {
  it('is ok within the limit and thresholds', () => {
    const r = creditCheck(GOOD, { amount: '100' });
    expect([r.status, r.reasons]).to.deep.equal(['ok', []]);
    // 100 + 50 + 100 = 250
    expect([r.exposure.used, r.exposure.available]).to.deep.equal(['250.00', '750.00']);
  });

  describe('utilisation warning', () => {
    it('warns at exactly the threshold', () => {
      // 700 + 100 = 800 = 0.8 × 1000
      const r = creditCheck(profile({ components: { openReceivables: '700', openOrders: '100' } }));
      expect([r.status, codes(r)]).to.deep.equal(['warning', ['utilisation']]);
      expect(r.reasons[0]!.severity).to.equal('warning');
      expect(r.reasons[0]!.message).to.contain('0.8000');
    });

    it('does not warn a cent below it', () => {
      expect(creditCheck(profile({ components: { openReceivables: '799.99' } })).status).to.equal('ok');
    });

    it('counts the order towards it', () => {
      // 100 + 50 + 650 = 800
      expect(codes(creditCheck(GOOD, { amount: '650' }))).to.deep.equal(['utilisation']);
    });

    it('does not warn when the policy sets no threshold', () => {
      expect(creditCheck(profile({ components: { openReceivables: '999' } }), undefined, {}).status).to.equal('ok');
    });
  });

  describe('limit exceeded', () => {
    it('warns, not blocks, when the order takes used exactly to the limit', () => {
      // 150 + 850 = 1000
      const r = creditCheck(GOOD, { amount: '850' });
      expect([r.status, codes(r), r.exposure.overLimit]).to.deep.equal(['warning', ['utilisation'], false]);
    });

    it('blocks when the order takes used a cent past the limit, without repeating the utilisation warning', () => {
      const r = creditCheck(GOOD, { amount: '850.01' });
      expect([r.status, codes(r)]).to.deep.equal(['blocked', ['limit-exceeded']]);
      expect(r.reasons[0]!.message).to.contain('0.01').and.contain('850.01');
      expect(r.exposure.overBy).to.equal('0.01');
    });

    it('blocks an existing exposure over the limit without an order', () => {
      expect(codes(creditCheck(profile({ components: { openReceivables: '1000.01' } })))).to.deep.equal(['limit-exceeded']);
    });

    it('counts only the components the policy counts', () => {
      // Only receivables counted: 100 + 900 = 1000, not over; with orders counted it would be 1050.
      const r = creditCheck(GOOD, { amount: '900' }, { countedComponents: ['openReceivables'] });
      expect(r.exposure.overLimit).to.equal(false);
      expect(creditCheck(GOOD, { amount: '900' }).exposure.overLimit).to.equal(true);
    });
  });

  describe('overdue', () => {
    it('blocks an overdue amount past the maximum, not at it', () => {
      const policy = { maxOverdueAmount: '5000' };
      expect(creditCheck(profile({ overdueAmount: '5000' }), undefined, policy).status).to.equal('ok');
      const r = creditCheck(profile({ overdueAmount: '5000.01' }), undefined, policy);
      expect([r.status, codes(r)]).to.deep.equal(['blocked', ['overdue-amount']]);
    });

    it('does not check the overdue amount when the policy sets no maximum', () => {
      expect(creditCheck(profile({ overdueAmount: '99999999' })).status).to.equal('ok');
    });

    // 003 最长赊销期: "如到期未收回欠款,则立即停止供货,组织追款"; "坚持清旧款、发新货". Default grace 0 days.
    it('blocks by default as soon as an item is one day past its due date (grace 0), not on the due date', () => {
      expect(creditCheck(profile({ oldestOverdueDays: 0 }), { amount: '1' }).status).to.equal('ok');
      const r = creditCheck(profile({ oldestOverdueDays: 1 }), { amount: '1' });
      expect([r.status, codes(r)]).to.deep.equal(['blocked', ['overdue-days']]);
      expect(r.reasons[0]!.message).to.contain('1 days past').and.contain('grace of 0');
    });

    it('blocks past a grace the host sets, not at it; the deprecated maxOverdueDays still reads as the grace', () => {
      expect(creditCheck(profile({ oldestOverdueDays: 10 }), undefined, { overdueGraceDays: 10 }).status).to.equal('ok');
      expect(codes(creditCheck(profile({ oldestOverdueDays: 11 }), undefined, { overdueGraceDays: 10 }))).to.deep.equal(['overdue-days']);
      expect(creditCheck(profile({ oldestOverdueDays: 90 }), undefined, { maxOverdueDays: 90 }).status).to.equal('ok');
      expect(codes(creditCheck(profile({ oldestOverdueDays: 91 }), undefined, { maxOverdueDays: 90 }))).to.deep.equal(['overdue-days']);
      // A policy that names neither still applies the practice's rule.
      expect(codes(creditCheck(profile({ oldestOverdueDays: 1 }), undefined, {}))).to.deep.equal(['overdue-days']);
    });

    it('blocks when the past-maximum-credit-period signal is active (最长赊销期)', () => {
      const r = creditCheck(profile({ activeSignalCodes: ['past-max-credit-period'] }), { amount: '1' });
      expect([r.status, codes(r)]).to.deep.equal(['blocked', ['past-max-credit-period']]);
      expect(creditCheck(profile({ activeSignalCodes: ['tax-arrears'] }), { amount: '1' }).status).to.equal('ok');
    });
  });

  // 002 篇二: "BBB级客户:不能新建立信贷关系。以存量维护为主,伺机退出; BB级以下客户:制定退出预案,坚决退出。"
  describe('grade', () => {
    it('lets an existing BBB relationship (+/− too) order within its limit, with the warning "maintain, exit when possible"', () => {
      for (const grade of ['BBB+', 'BBB', 'BBB-']) {
        const r = creditCheck(profile({ grade }), { amount: '1' });
        expect([r.status, codes(r)], grade).to.deep.equal(['warning', ['grade-maintain']]);
        expect(r.reasons[0]!.message).to.contain('maintain').and.contain('exit when possible');
      }
    });

    it('blocks a BBB (+/− too) or worse customer opening a new relationship: flagged, or nothing granted yet', () => {
      for (const grade of ['BBB+', 'BBB', 'BBB-', 'BB', 'C-']) {
        const flagged = creditCheck(profile({ grade }), { amount: '1', newRelationship: true });
        expect([flagged.status, codes(flagged)], grade).to.deep.equal(['blocked', ['grade-no-new-credit']]);
        const ungranted = creditCheck(profile({ grade, granted: '0', components: {} }), { amount: '0' });
        expect(codes(ungranted), grade).to.deep.equal(['grade-no-new-credit']);
      }
      // A grade-A newcomer is not blocked by its grade.
      expect(creditCheck(profile({ grade: 'A' }), { amount: '1', newRelationship: true }).status).to.equal('ok');
    });

    it('blocks an existing BB-or-worse relationship (+/− too): exit', () => {
      for (const grade of ['BB+', 'BB', 'BB-', 'B', 'CCC', 'C-']) {
        const r = creditCheck(profile({ grade }), { amount: '1' });
        expect([r.status, codes(r)], grade).to.deep.equal(['blocked', ['grade-exit']]);
      }
    });

    it('does not judge the grade when no new credit is asked', () => {
      expect(creditCheck(profile({ grade: 'BBB' })).status).to.equal('ok');
      expect(creditCheck(profile({ grade: 'BB' })).status).to.equal('ok');
    });

    it('lets A- and better take an order', () => {
      for (const grade of ['AAA', 'AA+', 'A-']) expect(creditCheck(profile({ grade }), { amount: '1' }).status, grade).to.equal('ok');
    });
  });

  it('blocks a blacklisted customer', () => {
    const r = creditCheck(profile({ blacklisted: true }));
    expect([r.status, codes(r)]).to.deep.equal(['blocked', ['blacklisted']]);
    expect(creditCheck(profile({ blacklisted: false })).status).to.equal('ok');
  });

  it('gives every reason, blocks first, and the worst status', () => {
    const r = creditCheck(
      profile({ grade: 'BB', blacklisted: true, oldestOverdueDays: 200, overdueAmount: '10', components: { openReceivables: '2000' } }),
      { amount: '1' },
      { countedComponents: ['openReceivables'], maxOverdueAmount: '5', maxOverdueDays: 30, utilisationWarning: '0.5' },
    );
    expect(r.status).to.equal('blocked');
    expect(codes(r)).to.deep.equal(['blacklisted', 'limit-exceeded', 'overdue-amount', 'overdue-days', 'grade-exit']);
    expect(r.reasons.every((reason) => reason.severity === 'block')).to.equal(true);
  });

  it('names bad paths of the profile, order and policy', () => {
    const error = validationError(() => creditCheck({ grade: 'AAA+', granted: 'x', components: { openOrders: '-' } } as never));
    expect(paths(error)).to.have.members(['grade', 'granted', 'components.openOrders']);
    expect(paths(validationError(() => creditCheck(GOOD, { amount: '-1' })))).to.deep.equal(['order.amount']);
    expect(paths(validationError(() => creditCheck(GOOD, undefined, { overdueGraceDays: 1.5 })))).to.deep.equal(['policy.overdueGraceDays']);
    expect(paths(validationError(() => creditCheck(profile({ oldestOverdueDays: -1 }))))).to.deep.equal(['oldestOverdueDays']);
  });
});
