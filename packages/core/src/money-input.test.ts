import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseMoneyInput } from './money-input.js';

const value = (text: string, options?: Parameters<typeof parseMoneyInput>[1]) => {
  const result = parseMoneyInput(text, options);
  if (!result.ok) throw new Error(`${text}: ${result.problem}`);
  return result.value;
};
const problem = (text: string, options?: Parameters<typeof parseMoneyInput>[1]) => {
  const result = parseMoneyInput(text, options);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe('parseMoneyInput: amounts as people type them', () => {
  it('takes figures pasted with group separators, keeping the decimals typed', () => {
    expect(value('30,000,000.00')).to.equal('30000000.00');
    expect(value('1 234 567.5')).to.equal('1234567.5');
    expect(value('1\u202f234')).to.equal('1234');
    expect(value("12'345.10")).to.equal('12345.10');
    expect(value('  42  ')).to.equal('42');
  });

  it('takes full-width digits and punctuation from a Chinese IME', () => {
    expect(value('３００００')).to.equal('30000');
    expect(value('３０，０００．５０')).to.equal('30000.50');
    expect(value('－５', { allowNegative: true })).to.equal('-5');
  });

  it('shifts the decimal point for 万 and 亿, written or the field\'s own unit, exactly', () => {
    expect(value('3000万')).to.equal('30000000');
    expect(value('3000 万')).to.equal('30000000');
    expect(value('1.23456万')).to.equal('12345.6');
    expect(value('2亿')).to.equal('200000000');
    expect(value('1,500.0001', { unit: 'wan' })).to.equal('15000001');
    expect(value('12', { unit: 'wan' })).to.equal('120000');
    // A unit in the text wins over the field's.
    expect(value('12元', { unit: 'wan' })).to.equal('12');
    expect(value('0.000001万')).to.equal('0.01');
  });

  it('refuses what is not an amount, and says why', () => {
    expect(problem('')).to.equal('empty');
    expect(problem('   ')).to.equal('empty');
    expect(problem('abc')).to.equal('invalid');
    expect(problem('1,5')).to.equal('invalid'); // a decimal comma is not read as a group
    expect(problem('1,00,000')).to.equal('invalid');
    expect(problem('12.')).to.equal('invalid');
    expect(problem('1.2.3')).to.equal('invalid');
    expect(problem('1e6')).to.equal('invalid');
    expect(problem('万')).to.equal('invalid');
    expect(problem('-5')).to.equal('negative');
    expect(problem('−5', { allowNegative: true })).to.equal('accepted as -5');
  });

  it('reads back any plain decimal exactly, grouped or not (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }), (whole, fraction) => {
        const plain = fraction === undefined ? `${whole}` : `${whole}.${fraction}`;
        const grouped = whole.toLocaleString('en-US') + (fraction === undefined ? '' : `.${fraction}`);
        expect(value(plain)).to.equal(plain);
        expect(value(grouped)).to.equal(plain);
      }),
      { numRuns: 300 },
    );
  });
});
