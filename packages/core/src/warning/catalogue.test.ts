import { expect } from '@open-wc/testing';
import {
  SIGNAL_CATALOGUE,
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_CODES,
  WARNING_ACTION_LABELS,
  WARNING_LEVEL_LABELS,
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
    for (const code of ['ownership-change', 'leadership-change', 'guarantees-past-threshold', 'cross-default']) {
      expect(signalDefinition(code)?.severity, code).to.equal('major');
    }
    const ordinary = [
      'liquidity-worsening', 'leverage-worsening', 'interest-cover-worsening', 'profitability-worsening',
      'abnormal-receivables', 'abnormal-payables', 'account-balance-falling', 'frequent-management-turnover',
      'industry-downturn', 'receivable-overdue', 'due-within-30-days', 'interest-in-arrears', 'over-credit-limit',
      'past-max-credit-period', 'group-member-under-warning',
    ];
    for (const code of ordinary) expect(signalDefinition(code)?.severity, code).to.equal('ordinary');
    expect(signalDefinition('collateral-value-down')?.labels.en).to.contain('35 %');
    expect(signalDefinition('no-such-code')).to.equal(undefined);
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
