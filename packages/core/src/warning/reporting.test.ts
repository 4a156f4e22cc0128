import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';
import { reportingDeadline } from './reporting.js';

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

  it('from 1,000,000: within 2 days of discovery', () => {
    expect(reportingDeadline('1000000', '2024-02-28')).to.deep.equal({
      rule: 'days-after-discovery', reportBy: '2024-03-01', days: 2, late: false,
    });
    expect(reportingDeadline('4999999.99', '2024-03-01', '2024-12-31').rule).to.equal('days-after-discovery');
  });

  it('from 5,000,000: within 24 hours, i.e. by the next day', () => {
    expect(reportingDeadline('5000000.00', '2024-12-31')).to.deep.equal({
      rule: 'hours-after-discovery', reportBy: '2025-01-01', hours: 24, late: false,
    });
    expect(reportingDeadline(5e9, '2024-01-01').rule).to.equal('hours-after-discovery');
  });

  it('needs the due date below 1,000,000 and rejects malformed input', () => {
    expect(() => reportingDeadline('999999.99', '2024-03-01')).to.throw(CreditKitValidationError, 'dueDate is required');
    expect(() => reportingDeadline('-1', '2024-03-01', '2024-04-01')).to.throw(CreditKitValidationError, 'amount');
    expect(() => reportingDeadline('1000000', '2024-3-1')).to.throw(CreditKitValidationError, 'discoveredOn');
  });
});
