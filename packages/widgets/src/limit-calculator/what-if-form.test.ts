import { expect } from '@open-wc/testing';
import { MAX_INTEGER_DIGITS, type CreditProfile, type Customer, type Financials } from '@credit-kit/core';
import { convertValues, fromDisplayAmount, parseWhatIf, prefillValues, toDisplayAmount, type WhatIfValues } from './what-if-form.js';

const yuan = { unit: 'yuan', asOf: '2026-11-25', currencyDigits: 2 } as const;
const wan = { ...yuan, unit: 'wan' } as const;

const valid: WhatIfValues = {
  grade: 'A',
  effectiveAssets: '9000000',
  totalAssets: '10000000.00',
  totalLiabilities: '3000000',
  existingFinancing: '1000000',
  requested: '',
  establishedOn: '2015-03-01',
  paidInCapital: '5000000',
  collateralValue: '',
};

function problemsOf(values: Partial<WhatIfValues>, options: Parameters<typeof parseWhatIf>[1] = yuan) {
  const parsed = parseWhatIf({ ...valid, ...values }, options);
  return parsed.ok ? {} : parsed.problems;
}

describe('what-if form model', () => {
  it('turns valid text into computeCreditLimit input, leaving empty optional amounts out', () => {
    const parsed = parseWhatIf(valid, yuan);
    expect(parsed).to.deep.equal({
      ok: true,
      input: {
        grade: 'A',
        effectiveAssets: '9000000',
        totalAssets: '10000000.00',
        totalLiabilities: '3000000',
        existingFinancing: '1000000',
        paidInCapital: '5000000',
        establishedOn: '2015-03-01',
        asOf: '2026-11-25',
      },
    });
    const withRequest = parseWhatIf({ ...valid, requested: ' 250000.5 ', collateralValue: '0' }, yuan);
    expect(withRequest.ok && withRequest.input.requested).to.equal('250000.5');
    expect(withRequest.ok && withRequest.input.collateralValue).to.equal('0');
  });

  it('accepts grouping commas, "5." and ".5"', () => {
    const parsed = parseWhatIf({ ...valid, effectiveAssets: '1,234,567.50', existingFinancing: '5.', requested: '.5' }, yuan);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.input.effectiveAssets).to.equal('1234567.50');
    expect(parsed.input.existingFinancing).to.equal('5');
    expect(parsed.input.requested).to.equal('0.5');
  });

  it('reads 万元 exactly: 1234.56789 万元 is 12,345,678.90 元', () => {
    const parsed = parseWhatIf({ ...valid, effectiveAssets: '900', totalAssets: '1000', totalLiabilities: '300', existingFinancing: '1234.56789', paidInCapital: '0.0001' }, wan);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.input.existingFinancing).to.equal('12345678.9');
    expect(parsed.input.effectiveAssets).to.equal('9000000');
    // 0.0001 万元 = 1 元
    expect(parsed.input.paidInCapital).to.equal('1');
    expect(toDisplayAmount('12345678.90', 'wan')).to.equal('1234.56789');
    expect(fromDisplayAmount('1234.56789', 'wan')).to.equal('12345678.9');
    expect(toDisplayAmount('12345678.90', 'yuan')).to.equal('12345678.90');
  });

  it('names the problem of each bad amount', () => {
    expect(problemsOf({ totalLiabilities: '' })).to.deep.equal({ totalLiabilities: { code: 'required' } });
    expect(problemsOf({ totalLiabilities: 'abc' })).to.deep.equal({ totalLiabilities: { code: 'amount' } });
    expect(problemsOf({ totalLiabilities: '1e6' })).to.deep.equal({ totalLiabilities: { code: 'amount' } });
    expect(problemsOf({ totalLiabilities: '1,23' })).to.deep.equal({ totalLiabilities: { code: 'amount' } });
    expect(problemsOf({ totalLiabilities: 'NaN' })).to.deep.equal({ totalLiabilities: { code: 'amount' } });
    expect(problemsOf({ existingFinancing: '-5' })).to.deep.equal({ existingFinancing: { code: 'negative' } });
    expect(problemsOf({ requested: '1.234' })).to.deep.equal({ requested: { code: 'tooManyDecimals', places: 2 } });
    // Trailing zeros past the cent change nothing.
    expect(problemsOf({ requested: '1.2300' })).to.deep.equal({});
    // 万元 allow 2 + 4 places: 0.000001 万元 = 0.01 元.
    expect(problemsOf({ requested: '0.000001' }, wan)).to.deep.equal({});
    expect(problemsOf({ requested: '0.0000001' }, wan)).to.deep.equal({ requested: { code: 'tooManyDecimals', places: 6 } });
    // As many whole digits as a wire amount takes (core's MAX_INTEGER_DIGITS), not one more; in units,
    // so 万元 have four fewer.
    const digits = MAX_INTEGER_DIGITS;
    expect(problemsOf({ collateralValue: '9'.repeat(digits) })).to.deep.equal({});
    expect(problemsOf({ collateralValue: `1${'0'.repeat(digits)}` })).to.deep.equal({ collateralValue: { code: 'tooBig' } });
    expect(problemsOf({ collateralValue: '9'.repeat(digits - 4) }, wan)).to.deep.equal({});
    expect(problemsOf({ collateralValue: `1${'0'.repeat(digits - 4)}` }, wan)).to.deep.equal({ collateralValue: { code: 'tooBig' } });
  });

  it('checks the grade, the date and the rules between fields', () => {
    expect(problemsOf({ grade: '' })).to.deep.equal({ grade: { code: 'required' } });
    expect(problemsOf({ grade: 'AAA+' })).to.deep.equal({ grade: { code: 'grade' } });
    expect(problemsOf({ establishedOn: '' })).to.deep.equal({ establishedOn: { code: 'required' } });
    expect(problemsOf({ establishedOn: '2026-02-30' })).to.deep.equal({ establishedOn: { code: 'date' } });
    expect(problemsOf({ establishedOn: '2026-11-26' })).to.deep.equal({ establishedOn: { code: 'establishedAfterAsOf', asOf: '2026-11-25' } });
    expect(problemsOf({ establishedOn: '2026-11-25' })).to.deep.equal({});
    expect(problemsOf({ effectiveAssets: '10000000.01' })).to.deep.equal({ effectiveAssets: { code: 'effectiveAboveTotal' } });
    expect(problemsOf({ effectiveAssets: '10000000' })).to.deep.equal({});
  });

  it('needs paid-in capital only for a company established less than one year before the as-of date', () => {
    // 2025-11-26 + 1 year = 2026-11-26 > 2026-11-25: new.
    expect(problemsOf({ paidInCapital: '', establishedOn: '2025-11-26' })).to.deep.equal({ paidInCapital: { code: 'paidInCapitalRequired' } });
    // 2025-11-25 + 1 year = 2026-11-25, not after the as-of date: established a full year.
    const parsed = parseWhatIf({ ...valid, paidInCapital: '', establishedOn: '2025-11-25' }, yuan);
    expect(parsed.ok && parsed.input.paidInCapital).to.equal('0');
  });

  it('prefills from the customer data and converts between units without losing what was typed', () => {
    const source = {
      financials: { effectiveAssets: '9000000.00', totalAssets: '10000000.00', totalLiabilities: '3000000.50', existingFinancing: '0.00' } as Financials,
      customer: { establishedOn: '2015-03-01', paidInCapital: '5000000.00' } as Customer,
      profile: { grade: 'AA-' } as CreditProfile,
    };
    const values = prefillValues(source, 'yuan');
    expect(values).to.deep.equal({
      grade: 'AA-',
      effectiveAssets: '9000000.00',
      totalAssets: '10000000.00',
      totalLiabilities: '3000000.50',
      existingFinancing: '0.00',
      requested: '',
      establishedOn: '2015-03-01',
      paidInCapital: '5000000.00',
      collateralValue: '',
    });
    expect(prefillValues(source, 'wan').totalLiabilities).to.equal('300.00005');
    const edited = { ...values, requested: '12x' };
    const inWan = convertValues(edited, 'yuan', 'wan');
    expect(inWan.effectiveAssets).to.equal('900');
    expect(inWan.requested).to.equal('12x');
    expect(convertValues(inWan, 'wan', 'yuan').totalLiabilities).to.equal('3000000.5');
  });
});
