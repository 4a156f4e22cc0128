import { expect } from '@open-wc/testing';
import { MAX_ATTACHMENT_BYTES } from '@credit-kit/core';
import { commonMessages } from '../i18n/common-messages.js';
import { loadMessages, resolveMessages } from '../i18n/locale-registry.js';
import { checkFile, fileProblemMessage } from './attachment-check.js';
import { creditApplicationMessages } from './credit-application.messages.js';
import { blankForm, buildInput, formFromPartial, setField, type ApplicationForm } from './form-model.js';
import { VALID_CODE, WRONG_CHECK_CODE, validApplication } from './test-support/mount.js';
import { INVALID_DATE, issueMessage, serverIssues, UPLOAD_PENDING, validateForm, type FieldIssue } from './validation.js';

// Chinese messages are loaded on demand; these tests read them directly, without a widget.
before(() => loadMessages('zh-CN'));

const valid = () => formFromPartial(blankForm(), validApplication());

/** The message the form shows for `key` after setting it to `value` on an otherwise valid form. */
function messageFor(key: string, value: string, lang: 'en' | 'zh-CN' = 'en', base: ApplicationForm = valid()): string | undefined {
  const form = setField(base, key, value);
  const issue = validateForm(form).issues.get(key);
  if (!issue) return undefined;
  return issueMessage(issue, form, resolveMessages(creditApplicationMessages, lang).validation, resolveMessages(commonMessages, lang).validation);
}

describe('credit application validation (core schema → localized messages)', () => {
  it('accepts a complete application and converts the strings for the wire', () => {
    const result = validateForm(valid());
    expect([...result.issues.values()]).to.deep.equal([]);
    expect(result.value!.request.termDays).to.equal(90);
    expect(result.value!.impression.score).to.equal(82);
    // Amounts stay the decimal strings typed, never numbers.
    expect(result.value!.request.amount).to.equal('20000000.00');
    expect(result.value!.financials.revenue).to.equal('260000000.00');
  });

  it('leaves out empty optional fields and trims text', () => {
    const form = setField(setField(valid(), 'applicant.legalRepresentative', '   '), 'applicant.name', '  华东精密  ');
    const input = buildInput(form) as { applicant: Record<string, unknown> };
    expect('legalRepresentative' in input.applicant).to.equal(false);
    expect(input.applicant.name).to.equal('华东精密');
    expect(validateForm(form).issues.size).to.equal(0);
  });

  it('reports every missing required field as required, keyed by its field', () => {
    const issues = validateForm(blankForm()).issues;
    const required = [...issues.values()].filter((i) => i.code === 'required').map((i) => i.key);
    for (const key of ['applicant.code', 'applicant.name', 'applicant.type', 'applicant.paidInCapital', 'applicant.establishedOn', 'financials.totalAssets', 'request.amount', 'request.termDays', 'request.settlementMethod']) {
      expect(required, key).to.include(key);
    }
    // Optional fields and empty lists are fine.
    expect(issues.has('applicant.legalRepresentative')).to.equal(false);
    expect(issues.has('impression.notes')).to.equal(false);
    expect(messageFor('applicant.name', '')).to.equal('Required.');
    expect(messageFor('applicant.name', '', 'zh-CN')).to.equal('必填。');
    expect(messageFor('request.settlementMethod', '')).to.equal('Required.');
  });

  it('tells a wrong check character from a wrong length or alphabet', () => {
    expect(messageFor('applicant.code', VALID_CODE)).to.equal(undefined);
    expect(messageFor('applicant.code', WRONG_CHECK_CODE)).to.equal('Enter the 18-character unified social credit code; its last character does not match.');
    expect(messageFor('applicant.code', WRONG_CHECK_CODE, 'zh-CN')).to.equal('请输入18位统一社会信用代码；校验位不正确。');
    expect(messageFor('applicant.code', '91350100M000100Y4')).to.equal('The unified social credit code has exactly 18 characters.');
    // "I" is not in the alphabet (GB 32100 leaves out I, O, S, V, Z).
    expect(messageFor('applicant.code', '91350100M000100I43')).to.equal('Use digits and capital letters only (not I, O, S, V or Z).');
    expect(messageFor('applicant.code', '91350100M000100I43', 'zh-CN')).to.equal('只能使用数字和大写字母（不含 I、O、S、V、Z）。');
  });

  it('words amount problems by what is wrong with the amount', () => {
    expect(messageFor('applicant.paidInCapital', '12a')).to.equal('Enter an amount such as 1234.56.');
    // Grouped figures, as pasted from a spreadsheet, are amounts (core's parseMoneyInput); a broken group is not.
    expect(messageFor('applicant.paidInCapital', '1,000')).to.equal(undefined);
    expect(messageFor('applicant.paidInCapital', '1,00')).to.equal('Enter an amount such as 1234.56.');
    expect(messageFor('applicant.paidInCapital', '12a', 'zh-CN')).to.equal('请输入金额，例如 1234.56。');
    expect(messageFor('applicant.paidInCapital', '-5')).to.equal('Enter an amount of zero or more, such as 1234.56.');
    expect(messageFor('applicant.paidInCapital', '0')).to.equal(undefined);
    expect(messageFor('financials.netProfit', '-1250000.50')).to.equal(undefined);
    expect(messageFor('financials.netProfit', '1e6')).to.equal('Enter an amount such as 1234.56.');
    expect(messageFor('request.amount', '0')).to.equal('Enter an amount greater than zero.');
    expect(messageFor('request.amount', '0.00')).to.equal('Enter an amount greater than zero.');
    expect(messageFor('request.amount', '-3')).to.equal('Enter an amount greater than zero.');
    expect(messageFor('request.amount', '-3', 'zh-CN')).to.equal('请输入大于零的金额。');
    expect(messageFor('request.amount', '0.01')).to.equal(undefined);
  });

  it('checks dates, e-mail, phone, days, ratio, currency, score and identifiers', () => {
    const withContact = valid();
    expect(messageFor('applicant.establishedOn', '2025-02-30')).to.equal('Enter a date.');
    expect(messageFor('applicant.establishedOn', '2025-02-30', 'zh-CN')).to.equal('请输入日期。');
    expect(messageFor('applicant.contacts[0].email', 'li.na-at-example.cn', 'en', withContact)).to.equal('Enter an e-mail address.');
    expect(messageFor('applicant.contacts[0].email', 'li.na-at-example.cn', 'zh-CN', withContact)).to.equal('请输入电子邮箱地址。');
    expect(messageFor('applicant.contacts[0].phone', 'call me', 'en', withContact)).to.equal('Enter a phone number.');
    expect(messageFor('request.termDays', '30.5')).to.equal('Enter a whole number of days.');
    expect(messageFor('request.termDays', 'thirty')).to.equal('Enter a whole number of days.');
    expect(messageFor('request.termDays', '30.5', 'zh-CN')).to.equal('请输入整数天数。');
    expect(messageFor('request.termDays', '0')).to.equal('Enter from 1 to 3650 days.');
    expect(messageFor('request.termDays', '3651')).to.equal('Enter from 1 to 3650 days.');
    expect(messageFor('request.termDays', '3650')).to.equal(undefined);
    expect(messageFor('guarantees[0].pledgeRatio', '1.5')).to.equal('Enter a ratio between 0 and 1, such as 0.6.');
    expect(messageFor('guarantees[0].pledgeRatio', '60%', 'zh-CN')).to.equal('请输入0到1之间的比例，例如 0.6。');
    expect(messageFor('guarantees[0].pledgeRatio', '1')).to.equal(undefined);
    expect(messageFor('request.currency', 'CN')).to.equal('Enter a three-letter currency code such as CNY.');
    expect(messageFor('impression.score', '101')).to.equal('Enter a score from 0 to 100.');
    expect(messageFor('impression.score', 'good', 'zh-CN')).to.equal('请输入 0 至 100 之间的评分。');
    expect(messageFor('applicant.groupId', 'group one')).to.equal('Use letters, digits, ".", "-" or "_" only (at most 64).');
    expect(messageFor('applicant.name', 'x'.repeat(201))).to.equal('Use at most 200 characters.');
    expect(messageFor('applicant.name', 'x'.repeat(200))).to.equal(undefined);
    expect(messageFor('applicant.type', 'reseller')).to.equal('Choose one of the offered values.');
    expect(messageFor('applicant.type', 'reseller', 'zh-CN')).to.equal('请从选项中选择。');
  });

  it('sends no history when none of it is given, and exactly the figures given otherwise', () => {
    expect('history' in buildInput(valid())).to.equal(false);
    expect('history' in validateForm(valid()).value!).to.equal(false);
    // Blanks and spaces are not figures.
    expect('history' in buildInput(setField(valid(), 'history.salesLast12Months', '  '))).to.equal(false);
    const some = setField(setField(valid(), 'history.salesLast12Months', ' 12345678901234567.89 '), 'history.overdueCountLast12Months', '0');
    expect(validateForm(some).value!.history).to.deep.equal({ salesLast12Months: '12345678901234567.89', overdueCountLast12Months: 0 });
    const all = formFromPartial(valid(), {
      history: { salesLast12Months: '98000000.50', paymentsLast12Months: '97500000.00', overdueCountLast12Months: 2, maxDaysOverdueLast12Months: '45' },
    });
    expect(validateForm(all).value!.history).to.deep.equal({
      salesLast12Months: '98000000.50',
      paymentsLast12Months: '97500000.00',
      overdueCountLast12Months: 2,
      maxDaysOverdueLast12Months: 45,
    });
  });

  it('words trading-history problems: amounts of zero or more, whole counts of zero or more', () => {
    expect(messageFor('history.salesLast12Months', '1,000')).to.equal(undefined);
    expect(messageFor('history.salesLast12Months', '1,0000')).to.equal('Enter an amount such as 1234.56.');
    expect(messageFor('history.salesLast12Months', '1e6', 'zh-CN')).to.equal('请输入金额，例如 1234.56。');
    expect(messageFor('history.paymentsLast12Months', '-0.01')).to.equal('Enter an amount of zero or more, such as 1234.56.');
    expect(messageFor('history.paymentsLast12Months', '-0.01', 'zh-CN')).to.equal('请输入不小于零的金额，例如 1234.56。');
    expect(messageFor('history.paymentsLast12Months', '0')).to.equal(undefined);
    for (const bad of ['2.5', '-1', 'three', '1e3', '99999999999999999999']) {
      expect(messageFor('history.overdueCountLast12Months', bad), bad).to.equal('Enter a whole number of zero or more, such as 3.');
      expect(messageFor('history.maxDaysOverdueLast12Months', bad, 'zh-CN'), bad).to.equal('请输入不小于零的整数，例如 3。');
    }
    expect(messageFor('history.overdueCountLast12Months', '0')).to.equal(undefined);
    expect(messageFor('history.maxDaysOverdueLast12Months', '120')).to.equal(undefined);
    // All optional: an empty figure is no issue.
    expect(messageFor('history.maxDaysOverdueLast12Months', '')).to.equal(undefined);
  });

  it('words the form\'s own issues: a partial date and uploads not finished', () => {
    const form = valid();
    const t = resolveMessages(creditApplicationMessages, 'zh-CN').validation;
    const v = resolveMessages(commonMessages, 'zh-CN').validation;
    const date: FieldIssue = { key: 'applicant.establishedOn', path: 'applicant.establishedOn', code: INVALID_DATE, source: 'client' };
    expect(issueMessage(date, setField(form, 'applicant.establishedOn', ''), t, v)).to.equal('请输入日期。');
    const pending: FieldIssue = { key: 'attachments', path: 'attachments', code: UPLOAD_PENDING, source: 'client' };
    expect(issueMessage(pending, form, t, v)).to.equal('请等待附件上传完成。');
  });

  it('maps attachment issues to the file input, naming the file', () => {
    const form = formFromPartial(valid(), { attachments: [{ fileName: 'licence.gif', mimeType: 'image/gif', size: 10 }] });
    const issue = validateForm(form).issues.get('attachments')!;
    expect(issue.path).to.equal('attachments[0].mimeType');
    const en = resolveMessages(creditApplicationMessages, 'en').validation;
    expect(issueMessage(issue, form, en, resolveMessages(commonMessages, 'en').validation)).to.equal('licence.gif is not a PDF, JPEG, PNG or XLSX file.');
  });

  it('maps a 422\'s field errors to fields, in the reader\'s words', () => {
    const form = valid();
    const issues = serverIssues([
      { path: 'applicant.code', code: 'duplicate', message: 'is already registered to customer C007' },
      { path: 'request.amount', code: 'too_big', message: 'exceeds what this branch may grant' },
      { path: 'applicant.id', code: 'invalid_format', message: 'is not an identifier' },
    ]);
    expect([...issues.keys()]).to.deep.equal(['applicant.code', 'request.amount', 'applicant.id']);
    const zh = resolveMessages(creditApplicationMessages, 'zh-CN').validation;
    const zhCommon = resolveMessages(commonMessages, 'zh-CN').validation;
    expect(issueMessage(issues.get('applicant.code')!, form, zh, zhCommon)).to.equal('服务器未接受此值。');
    expect(issueMessage(issues.get('request.amount')!, form, zh, zhCommon)).to.equal('数值过大。');
    expect(issueMessage(issues.get('applicant.id')!, form, zh, zhCommon)).to.equal('格式不正确。');
  });
});

describe('attachment checks', () => {
  const en = resolveMessages(creditApplicationMessages, 'en').validation;
  let zh: typeof en;
  before(() => {
    zh = resolveMessages(creditApplicationMessages, 'zh-CN').validation;
  });

  it('accepts the contract\'s types up to 20 MiB, inferring XLSX from the name', () => {
    expect(checkFile(new File(['%PDF'], 'licence.pdf', { type: 'application/pdf' })).problem).to.equal(undefined);
    const xlsx = checkFile(new File(['x'], 'statements.xlsx'));
    expect(xlsx.mimeType).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.problem).to.equal(undefined);
    // Exactly 20 × 1024 × 1024 bytes is allowed; one more is not.
    expect(checkFile(new File([new Uint8Array(20 * 1024 * 1024)], 'max.pdf', { type: 'application/pdf' })).problem).to.equal(undefined);
    expect(MAX_ATTACHMENT_BYTES).to.equal(20 * 1024 * 1024);
  });

  it('rejects other types, empty and oversized files with a localized message', () => {
    const gif = checkFile(new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(gif.problem).to.equal('type');
    expect(fileProblemMessage(gif.problem!, gif.fileName, en)).to.equal('logo.gif is not a PDF, JPEG, PNG or XLSX file.');
    expect(fileProblemMessage(gif.problem!, gif.fileName, zh)).to.equal('logo.gif 不是 PDF、JPEG、PNG 或 XLSX 文件。');
    const big = checkFile(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }));
    expect(big.problem).to.equal('size');
    expect(fileProblemMessage(big.problem!, big.fileName, en)).to.equal('scan.pdf is larger than 20 MB.');
    expect(fileProblemMessage(big.problem!, big.fileName, zh)).to.equal('scan.pdf 超过 20 MB。');
    const empty = checkFile(new File([], 'empty.png', { type: 'image/png' }));
    expect(fileProblemMessage(empty.problem!, empty.fileName, en)).to.equal('empty.png is empty.');
  });
});
