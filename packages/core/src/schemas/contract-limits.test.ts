import { expect } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY, creditPolicySchema } from './policy.js';
import { customerSchema, customerPageSchema } from './customer.js';
import { agingReportSchema, receivablePageSchema } from './receivables.js';
import { warningStatusSchema } from './warning-status.js';
import { creditApplicationInputSchema } from './application.js';
import { CONTRACT_LIMITS, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './limits.js';
import { DIGITS_MESSAGE, moneyString, nonNegativeMoneyString } from '../money.js';
import { validate } from '../validate.js';

const customer = {
  id: 'C1', code: '91350100M000100Y43', name: 'Bounded Co.', type: 'direct', industry: 'Testing',
  currency: 'CNY', establishedOn: '2010-01-01',
};

function issuesOf(schema: Parameters<typeof validate>[0], input: unknown) {
  const result = validate(schema, input);
  return result.success ? [] : result.issues;
}

describe('contract maxima', () => {
  it('rejects more contacts than the contract allows, at the array, with one issue', () => {
    const contacts = Array.from({ length: CONTRACT_LIMITS.contacts + 1 }, (_, i) => ({ name: `Contact ${i}` }));
    expect(issuesOf(customerSchema, { ...customer, contacts })).to.deep.equal([
      { path: 'contacts', code: 'too_big', message: `must have at most ${CONTRACT_LIMITS.contacts} entries` },
    ]);
    expect(issuesOf(customerSchema, { ...customer, contacts: contacts.slice(1) })).to.deep.equal([]);
  });

  it('rejects 50,000 invalid page entries with one bounded issue, not a stack overflow', () => {
    const items = Array.from({ length: 50_000 }, () => ({ id: 1 }));
    const issues = issuesOf(customerPageSchema, { items, page: 1, pageSize: 20, total: 50_000 });
    expect(issues).to.deep.equal([{ path: 'items', code: 'too_big', message: `must have at most ${CONTRACT_LIMITS.customerPageItems} entries` }]);
  });

  it('bounds signals, receivable pages, aging rows and buckets, guarantees and attachments', () => {
    const tooMany = (n: number) => Array.from({ length: n + 1 }, () => ({}));
    expect(issuesOf(warningStatusSchema, { customerId: 'C1', signals: tooMany(CONTRACT_LIMITS.warningSignals) }).map((i) => i.path)).to.deep.equal(['signals']);
    expect(issuesOf(receivablePageSchema, { items: tooMany(CONTRACT_LIMITS.receivablePageItems), nextCursor: null }).map((i) => i.path)).to.deep.equal(['items']);
    const report = { asOf: '2026-11-25', buckets: tooMany(CONTRACT_LIMITS.agingBuckets), totals: [], rows: tooMany(CONTRACT_LIMITS.agingRows), nextCursor: null, totalRows: 0 };
    expect(issuesOf(agingReportSchema, report).map((i) => i.path)).to.have.members(['buckets', 'rows']);
    const application = issuesOf(creditApplicationInputSchema, { guarantees: tooMany(CONTRACT_LIMITS.guarantees), attachments: tooMany(CONTRACT_LIMITS.attachments) });
    expect(application.filter((i) => i.code === 'too_big').map((i) => i.path)).to.have.members(['guarantees', 'attachments']);
  });

  it('rejects 50,000 policy aging buckets at the schema', () => {
    const agingBuckets = Array.from({ length: 50_000 }, (_, i) => ({ minDays: i, maxDays: i }));
    expect(issuesOf(creditPolicySchema, { ...DEFAULT_CREDIT_POLICY, agingBuckets })).to.deep.equal([
      { path: 'agingBuckets', code: 'too_big', message: `must have at most ${CONTRACT_LIMITS.policyAgingBuckets} entries` },
    ]);
  });
});

describe('amount digits', () => {
  it('accepts 24 digits before the point and 10 after', () => {
    expect(moneyString.safeParse(`-${'9'.repeat(24)}.${'9'.repeat(10)}`).success).to.equal(true);
    expect(nonNegativeMoneyString.safeParse(`${'9'.repeat(24)}.${'9'.repeat(10)}`).success).to.equal(true);
  });

  it('rejects a 42-digit or 400-digit amount with a digits message, never rounding it', () => {
    for (const value of ['1'.repeat(42), `1.${'5'.repeat(11)}`, '9'.repeat(400)]) {
      expect(issuesOf(nonNegativeMoneyString, value)).to.deep.equal([{ path: '', code: 'invalid_format', message: DIGITS_MESSAGE }]);
      expect(issuesOf(moneyString, `-${value}`)).to.deep.equal([{ path: '', code: 'invalid_format', message: DIGITS_MESSAGE }]);
    }
  });

  it('keeps the format message for what is not a decimal at all', () => {
    expect(issuesOf(moneyString, '12,5')[0]?.message).to.equal('must be a decimal amount such as "1234.56"');
  });
});

describe('unknown fields in the policy', () => {
  it('ignores an unknown key inside gradeCoefficients and gradeMaximums, and drops it', () => {
    const policy = {
      ...DEFAULT_CREDIT_POLICY,
      limit: { ...DEFAULT_CREDIT_POLICY.limit, gradeCoefficients: { AAA: '1', 'AAA*': '9' }, gradeMaximums: { AA: '100', Z: 'x' } },
    };
    const result = creditPolicySchema.safeParse(policy);
    expect(result.success).to.equal(true);
    if (!result.success) return;
    expect(result.data.limit.gradeCoefficients).to.deep.equal({ AAA: '1' });
    expect(result.data.limit.gradeMaximums).to.deep.equal({ AA: '100' });
  });

  it('still validates the known grades', () => {
    const policy = { ...DEFAULT_CREDIT_POLICY, limit: { ...DEFAULT_CREDIT_POLICY.limit, gradeCoefficients: { AAA: 'lots', XYZ: '1' } } };
    expect(issuesOf(creditPolicySchema, policy).map((i) => i.path)).to.deep.equal(['limit.gradeCoefficients.AAA']);
  });
});

describe('the documented bounds', () => {
  it('docs/backend-contract.md lists every contract maximum with its value', async () => {
    const markdown = await (await fetch('/docs/backend-contract.md')).text();
    const section = markdown.slice(markdown.indexOf('### Bounds'), markdown.indexOf('### Idempotent submission'));
    expect(section.length).to.be.above(100);
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('| ---'));
    const documented = new Set(rows.flatMap((row) => row.split('|').at(-2)!.split('/').map((n) => Number(n.trim().replace(/,/g, '')))));
    for (const [name, value] of Object.entries({ ...CONTRACT_LIMITS, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS })) {
      expect(documented.has(value), `${name} = ${value} is in the Bounds table`).to.equal(true);
    }
  });
});
