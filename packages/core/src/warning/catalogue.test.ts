import { expect } from '@open-wc/testing';
import {
  SIGNAL_CATALOGUE,
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_CODES,
  WARNING_ACTION_LABELS,
  WARNING_LEVEL_LABELS,
  canonicalSignalCode,
  signalCategory,
  signalDefinition,
} from './catalogue.js';

const CJK = /[\u4e00-\u9fff]/;

describe('warning signal catalogue', () => {
  it('has the seven categories of domain.md §5, each with an English and a Chinese label', () => {
    expect(SIGNAL_CATEGORIES.map((c) => c.code)).to.deep.equal([
      'integrity', 'ownership', 'bank-account', 'management', 'environment', 'financial', 'performance',
    ]);
    for (const category of SIGNAL_CATEGORIES) {
      expect(category.labels.en.trim(), category.code).to.not.equal('');
      expect(category.labels['zh-CN'], category.code).to.match(CJK);
    }
    expect(signalCategory('financial')?.labels['zh-CN']).to.equal('财务状况');
    expect(signalCategory('performance')?.labels['zh-CN']).to.equal('履约能力');
    expect(signalCategory('nope')).to.equal(undefined);
  });

  it('gives every signal a unique kebab-case code, a known category and both labels', () => {
    const codes = SIGNAL_CATALOGUE.map((d) => d.code);
    expect(new Set(codes).size).to.equal(codes.length);
    for (const d of SIGNAL_CATALOGUE) {
      expect(d.code).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(SIGNAL_CATEGORY_CODES as readonly string[]).to.include(d.category);
      expect(['severe', 'major', 'ordinary']).to.include(d.severity);
      expect(d.labels.en.trim(), d.code).to.not.equal('');
      expect(d.labels.en, d.code).to.not.match(CJK);
      expect(d.labels['zh-CN'], d.code).to.match(CJK);
    }
  });

  it('has ordinary signals in every category', () => {
    for (const category of SIGNAL_CATEGORY_CODES) {
      const ordinary = SIGNAL_CATALOGUE.filter((d) => d.category === category && d.severity === 'ordinary');
      expect(ordinary.length, category).to.be.greaterThan(1);
    }
  });

  it('holds every severe signal domain.md §5 lists, as severe', () => {
    // Listed from domain.md §5 "Any one severe signal → red", one code per item, in its order.
    const severe = [
      'principal-or-interest-overdue', 'production-stopped', 'severe-loss-or-insolvency', 'bankruptcy',
      'major-accident', 'major-litigation', 'collateral-disposed-without-consent', 'illegal-conduct',
      'licence-revoked-or-assets-frozen', 'blacklisted-by-authority', 'collateral-value-down',
      'collateral-damaged', 'collateral-transferred',
    ];
    for (const code of severe) expect(signalDefinition(code)?.severity, code).to.equal('severe');
    expect(SIGNAL_CATALOGUE.filter((d) => d.severity === 'severe').length).to.equal(severe.length);
  });

  it('holds the major events and the ordinary signals the domain names', () => {
    // 003 重大事项: "(1)外部政策不利于贷款客户的变动 … (4)客户财务收支能力发生重大变化" — red, within 24 hours.
    for (const code of ['ownership-change', 'leadership-change', 'guarantees-past-threshold', 'cross-default', 'financial-capacity-change', 'adverse-policy-change']) {
      expect(signalDefinition(code)?.severity, code).to.equal('major');
    }
    const ordinary = [
      'liquidity-worsening', 'leverage-worsening', 'interest-cover-worsening', 'profitability-worsening',
      'abnormal-receivables', 'abnormal-payables', 'account-balance-falling', 'frequent-management-turnover',
      'industry-downturn', 'receivable-overdue', 'due-within-30-days', 'over-credit-limit',
      'past-max-credit-period', 'group-member-under-warning',
    ];
    for (const code of ordinary) expect(signalDefinition(code)?.severity, code).to.equal('ordinary');
    expect(signalDefinition('collateral-value-down')?.labels.en).to.contain('35 %');
    expect(signalDefinition('no-such-code')).to.equal(undefined);
  });

  // 003 第十九条(一): "已经拖欠到期贷款本金或利息" — principal OR interest: one fact, one severe code.
  it('has one severe code for principal or interest overdue; 欠息 is an alias of it, not an ordinary signal', () => {
    expect(SIGNAL_CATALOGUE.some((d) => d.code === 'interest-in-arrears')).to.equal(false);
    expect(canonicalSignalCode('interest-in-arrears')).to.equal('principal-or-interest-overdue');
    expect(signalDefinition('interest-in-arrears')?.severity).to.equal('severe');
    expect(signalDefinition('principal-or-interest-overdue')?.labels['zh-CN']).to.contain('已经拖欠到期贷款本金或利息').and.contain('欠息');
  });

  it('holds each fact once: no two entries share a label', () => {
    const labels = SIGNAL_CATALOGUE.map((d) => d.labels['zh-CN']);
    expect(new Set(labels).size).to.equal(labels.length);
  });

  // 003 建立预警机制: "1.最高赊销额 … 2.最长赊销期" — the receivable indicators by the practice's names.
  it('names the receivable indicators 最高赊销额 and 最长赊销期', () => {
    expect(signalDefinition('over-credit-limit')?.labels['zh-CN']).to.equal('超过最高赊销额');
    expect(signalDefinition('past-max-credit-period')?.labels['zh-CN']).to.equal('超过最长赊销期');
  });

  // 003 第二条: "调整…减持…主动清户退出" — the actions as the practice names them.
  it('names the actions 调整授信方案, 减持 and 主动清户退出', () => {
    expect([WARNING_ACTION_LABELS.adjust['zh-CN'], WARNING_ACTION_LABELS.reduce['zh-CN'], WARNING_ACTION_LABELS.exit['zh-CN']])
      .to.deep.equal(['调整授信方案', '减持', '主动清户退出']);
  });

  it('is frozen, labels included', () => {
    expect(Object.isFrozen(SIGNAL_CATALOGUE)).to.equal(true);
    expect(Object.isFrozen(SIGNAL_CATALOGUE[0])).to.equal(true);
    expect(Object.isFrozen(SIGNAL_CATALOGUE[0]!.labels)).to.equal(true);
    expect(Object.isFrozen(SIGNAL_CATEGORIES[0]!.labels)).to.equal(true);
    expect(() => {
      (SIGNAL_CATALOGUE[0]!.labels as { en: string }).en = 'changed';
    }).to.throw(TypeError);
  });

  it('labels every level and action in both locales', () => {
    for (const labels of [...Object.values(WARNING_LEVEL_LABELS), ...Object.values(WARNING_ACTION_LABELS)]) {
      expect(labels.en).to.not.equal('');
      expect(labels['zh-CN']).to.match(CJK);
    }
    expect(WARNING_LEVEL_LABELS.red['zh-CN']).to.equal('红色预警');
  });
});
