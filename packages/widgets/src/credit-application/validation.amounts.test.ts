import { expect } from '@open-wc/testing';
import { latestPossibleToday } from '@credit-kit/core';
import { commonMessages } from '../i18n/common-messages.js';
import { loadMessages, resolveMessages } from '../i18n/locale-registry.js';
import { creditApplicationMessages } from './credit-application.messages.js';
import { blankForm, formFromPartial, setField, type ApplicationForm } from './form-model.js';
import { validApplication } from './test-support/mount.js';
import { issueMessage, validateForm } from './validation.js';

before(() => loadMessages('zh-CN'));

const valid = () => formFromPartial(blankForm(), validApplication());
const withFields = (pairs: Record<string, string>, base: ApplicationForm = valid()) =>
  Object.entries(pairs).reduce((form, [key, value]) => setField(form, key, value), base);

function message(form: ApplicationForm, key: string, lang: 'en' | 'zh-CN' = 'en'): string | undefined {
  const issue = validateForm(form).issues.get(key);
  return issue && issueMessage(issue, form, resolveMessages(creditApplicationMessages, lang).validation, resolveMessages(commonMessages, lang).validation);
}

describe('credit application: amounts as people type them, and impossible figures refused on their field', () => {
  it('reads separators, full-width digits and 万 into the exact decimal sent', () => {
    const form = withFields({
      'financials.totalAssets': '300,000,000.00',
      'financials.effectiveAssets': '２００，０００，０００．００',
      'request.amount': '2000万',
      'financials.netProfit': '-1,250,000.50',
    });
    const result = validateForm(form);
    expect([...result.issues.keys()]).to.deep.equal([]);
    expect(result.value!.financials.totalAssets).to.equal('300000000.00');
    expect(result.value!.financials.effectiveAssets).to.equal('200000000.00');
    expect(result.value!.request.amount).to.equal('20000000');
    expect(result.value!.financials.netProfit).to.equal('-1250000.50');
  });

  it('a decimal comma or a malformed group is still an amount error, in the reader\'s language', () => {
    const form = withFields({ 'financials.totalAssets': '1,5' });
    expect(message(form, 'financials.totalAssets')).to.equal(resolveMessages(commonMessages, 'en').validation.amount);
  });

  it('parts above their totals, a founding date ahead, three decimals in CNY and currency XYZ are named on their fields', () => {
    const t = resolveMessages(creditApplicationMessages, 'en').validation.consistency;
    const zh = resolveMessages(creditApplicationMessages, 'zh-CN').validation.consistency;
    const total = validateForm(valid()).value!.financials.totalAssets;
    const future = `${Number(latestPossibleToday().slice(0, 4)) + 3}-06-30`;
    expect(message(withFields({ 'financials.effectiveAssets': `${total}1` }), 'financials.effectiveAssets')).to.equal(t.effective_above_total_assets);
    expect(message(withFields({ 'financials.currentAssets': `${total}1` }), 'financials.currentAssets', 'zh-CN')).to.equal(zh.current_above_total_assets);
    expect(message(withFields({ 'applicant.establishedOn': future }), 'applicant.establishedOn')).to.equal(t.date_in_future);
    expect(message(withFields({ 'financials.basePeriodEnd': future }), 'financials.basePeriodEnd')).to.equal(t.date_in_future);
    expect(message(withFields({ 'request.amount': '1000.005' }), 'request.amount')).to.equal(t.too_many_decimals);
    expect(message(withFields({ 'request.currency': 'XYZ' }), 'request.currency')).to.equal(resolveMessages(commonMessages, 'en').validation.currency);
  });
});
