import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';
import { reportingDeadline, reportingDeadlineFor } from './reporting.js';

describe('reportingDeadline', () => {
  it('below 1,000,000: 25 days before the due date', () => {
    // 2024-04-30 − 25 days = 2024-04-05.
    expect(reportingDeadline('999999.99', '2024-03-01', '2024-04-30')).to.deep.equal({
      rule: 'days-before-due', reportBy: '2024-04-05', days: 25, late: false,
    });
    // 2024-03-20 − 25 days: 20 days back is 2024-02-29 (leap year), 5 more is 2024-02-24 — before discovery.
    expect(reportingDeadline(0, '2024-03-01', '2024-03-20')).to.deep.equal({
      rule: 'days-before-due', reportBy: '2024-02-24', days: 25, late: true,
    });
  });

  // 003 第十一条(一)1: "超过100万元(含),支行应在贷款到期前30天或发现风险2日内按预警级别上报" — whichever comes first.
  it('from 1,000,000 (incl.): the earlier of 30 days before due and 2 days after discovery', () => {
    expect(reportingDeadline('1000000', '2024-02-28')).to.deep.equal({
      rule: 'days-after-discovery', reportBy: '2024-03-01', days: 2, late: false,
    });
    // Due far off: discovery + 2 (2024-03-03) comes before due − 30.
    expect(reportingDeadline('4999999.99', '2024-03-01', '2024-12-31')).to.deep.equal({
      rule: 'days-after-discovery', reportBy: '2024-03-03', days: 2, late: false,
    });
    // Discovered 31 days before due: due − 30 (2024-04-01) comes before discovery + 2 (2024-04-02).
    expect(reportingDeadline('1000000', '2024-03-31', '2024-05-01')).to.deep.equal({
      rule: 'days-before-due', reportBy: '2024-04-01', days: 30, late: false,
    });
    // Discovered 20 days before due: due − 30 has passed — report at once.
    expect(reportingDeadline('1000000', '2024-04-11', '2024-05-01')).to.include({ rule: 'days-before-due', reportBy: '2024-04-01', late: true });
  });

  // 003: "超过500万元(含),支行应在贷款到期前30天或发现风险24小时内" — the source has the same "or" as above.
  it('from 5,000,000 (incl.): the earlier of 30 days before due and 24 hours after discovery', () => {
    expect(reportingDeadline('5000000.00', '2024-12-31')).to.deep.equal({
      rule: 'hours-after-discovery', reportBy: '2025-01-01', hours: 24, late: false,
    });
    expect(reportingDeadline(5e9, '2024-01-01', '2024-12-31').rule).to.equal('hours-after-discovery');
    expect(reportingDeadline(5e9, '2024-01-01', '2024-01-30')).to.include({ rule: 'days-before-due', reportBy: '2023-12-31', late: true });
  });

  // 003 第十一条(一)3/5/6: 欠息, 集团关联企业 and 财务指标异常 — "2日内"; 4: 重大事项 "在24小时内上报".
  it('interest in arrears, a related group member and abnormal financial indicators: 2 days at any amount; major events 24 hours', () => {
    for (const kind of ['interest-in-arrears', 'group-member', 'abnormal-financials'] as const) {
      expect(reportingDeadlineFor({ kind, amount: '1', discoveredOn: '2024-02-28', dueDate: '2024-12-31' }), kind).to.deep.equal({
        rule: 'days-after-discovery', reportBy: '2024-03-01', days: 2, late: false,
      });
      expect(reportingDeadlineFor({ kind, discoveredOn: '2024-02-28' }).reportBy, kind).to.equal('2024-03-01');
    }
    expect(reportingDeadlineFor({ kind: 'major-event', discoveredOn: '2024-02-28' })).to.deep.equal({
      rule: 'hours-after-discovery', reportBy: '2024-02-29', hours: 24, late: false,
    });
  });

  it('needs the due date below 1,000,000 and rejects malformed input', () => {
    expect(() => reportingDeadline('999999.99', '2024-03-01')).to.throw(CreditKitValidationError, 'dueDate is required');
    expect(() => reportingDeadline('-1', '2024-03-01', '2024-04-01')).to.throw(CreditKitValidationError, 'amount');
    expect(() => reportingDeadline('1000000', '2024-3-1')).to.throw(CreditKitValidationError, 'discoveredOn');
    expect(() => reportingDeadlineFor({ discoveredOn: '2024-03-01' })).to.throw(CreditKitValidationError, 'amount is required');
  });
});
