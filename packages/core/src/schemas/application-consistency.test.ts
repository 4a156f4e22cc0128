import { expect } from '@open-wc/testing';
import { toValidationIssues } from '../validate.js';
import { latestPossibleToday } from '../financial-consistency.js';
import { creditApplicationInputSchema, type CreditApplicationInput } from './application.js';
import { financialsSchema } from './financials.js';

/** A valid application: every figure consistent, founded and reported in the past. */
function application(): CreditApplicationInput {
  return {
    applicant: {
      code: '91110000802100433B',
      name: '上海华东精密机械有限公司',
      type: 'distributor',
      industry: 'Machinery',
      currency: 'CNY',
      establishedOn: '2008-03-14',
      registeredCapital: '50000000.00',
      paidInCapital: '30000000.00',
    },
    financials: {
      basePeriodEnd: '2025-12-31',
      currency: 'CNY',
      totalAssets: '100000000.00',
      effectiveAssets: '80000000.00',
      totalLiabilities: '40000000.00',
      currentAssets: '60000000.00',
      currentLiabilities: '25000000.00',
      revenue: '120000000.00',
      netProfit: '9000000.00',
      operatingCashFlow: '-1000000.00',
      existingFinancing: '10000000.00',
    },
    impression: { notes: '' },
    guarantees: [{ kind: 'collateral', owner: 'Applicant', collateralType: 'real_estate', appraisedValue: '20000000.00', pledgeRatio: '0.6' }],
    request: { amount: '5000000.00', currency: 'CNY', termDays: 60, purpose: 'Annual purchases', settlementMethod: 'open_credit' },
    attachments: [],
  };
}

function issuesOf(input: unknown): { path: string; code: string }[] {
  const result = creditApplicationInputSchema.safeParse(input);
  return result.success ? [] : toValidationIssues(result.error.issues, input).map(({ path, code }) => ({ path, code }));
}

function withChange(change: (a: CreditApplicationInput) => void): CreditApplicationInput {
  const a = structuredClone(application());
  change(a);
  return a;
}

/** A date `years` from today (the rules compare with the real clock). */
function yearsFromNow(years: number): string {
  const today = latestPossibleToday();
  return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
}

describe('application consistency: impossible data is refused on its field', () => {
  it('accepts a consistent application', () => {
    expect(issuesOf(application())).to.deep.equal([]);
  });

  it('effective assets and current assets are parts of total assets; current liabilities of total liabilities', () => {
    expect(issuesOf(withChange((a) => (a.financials.effectiveAssets = '100000000.01')))).to.deep.equal([
      { path: 'financials.effectiveAssets', code: 'effective_above_total_assets' },
    ]);
    expect(issuesOf(withChange((a) => (a.financials.currentAssets = '150000000.00')))).to.deep.equal([
      { path: 'financials.currentAssets', code: 'current_above_total_assets' },
    ]);
    expect(issuesOf(withChange((a) => (a.financials.currentLiabilities = '40000000.50')))).to.deep.equal([
      { path: 'financials.currentLiabilities', code: 'current_above_total_liabilities' },
    ]);
    // Equal is allowed: every asset may be current.
    expect(issuesOf(withChange((a) => (a.financials.currentAssets = a.financials.totalAssets)))).to.deep.equal([]);
  });

  it('a company is founded, and a base period ends, no later than today', () => {
    expect(issuesOf(withChange((a) => (a.applicant.establishedOn = yearsFromNow(4))))).to.deep.equal([
      { path: 'applicant.establishedOn', code: 'date_in_future' },
    ]);
    expect(issuesOf(withChange((a) => (a.financials.basePeriodEnd = yearsFromNow(5))))).to.deep.equal([
      { path: 'financials.basePeriodEnd', code: 'date_in_future' },
    ]);
    expect(issuesOf(withChange((a) => (a.applicant.establishedOn = latestPossibleToday(new Date(Date.now() - 86_400_000)))))).to.deep.equal([]);
  });

  it('a currency is one in circulation, and an amount has no more decimals than its currency', () => {
    expect(issuesOf(withChange((a) => (a.request.currency = 'XYZ')))).to.deep.equal([{ path: 'request.currency', code: 'invalid' }]);
    expect(issuesOf(withChange((a) => (a.request.amount = '5000000.001')))).to.deep.equal([{ path: 'request.amount', code: 'too_many_decimals' }]);
    expect(issuesOf(withChange((a) => (a.financials.revenue = '1.005')))).to.deep.equal([{ path: 'financials.revenue', code: 'too_many_decimals' }]);
    expect(issuesOf(withChange((a) => (a.guarantees[0]!.appraisedValue = '1.999')))).to.deep.equal([
      { path: 'guarantees[0].appraisedValue', code: 'too_many_decimals' },
    ]);
    // In a currency without minor units, none; in one with three, three.
    expect(issuesOf(withChange((a) => Object.assign(a.request, { currency: 'JPY', amount: '5000000.5' })))).to.deep.equal([
      { path: 'request.amount', code: 'too_many_decimals' },
    ]);
    expect(issuesOf(withChange((a) => Object.assign(a.request, { currency: 'KWD', amount: '5000.125' })))).to.deep.equal([]);
    // Trailing zeros change no value.
    expect(issuesOf(withChange((a) => (a.request.amount = '5000000.500')))).to.deep.equal([]);
  });

  it('reports each broken rule once, next to the fields that failed their own checks', () => {
    const broken = withChange((a) => {
      a.financials.effectiveAssets = '999999999.00';
      a.financials.totalAssets = 'lots';
      a.request.amount = '12.345';
    });
    expect(issuesOf(broken)).to.deep.equal([
      { path: 'financials.totalAssets', code: 'invalid_format' },
      { path: 'request.amount', code: 'too_many_decimals' },
    ]);
  });

  it('the statements a backend serves obey the same rules', () => {
    const { customerId: _, ...rest } = { customerId: 'C001', ...application().financials };
    expect(financialsSchema.safeParse({ customerId: 'C001', ...rest }).success).to.equal(true);
    const bad = financialsSchema.safeParse({ customerId: 'C001', ...rest, currentLiabilities: '90000000.00' });
    expect(bad.success).to.equal(false);
    expect(toValidationIssues(bad.error!.issues).map((i) => i.code)).to.deep.equal(['current_above_total_liabilities']);
  });
});
