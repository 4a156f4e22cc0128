import { expect } from '@open-wc/testing';
import { formatDate, formatMoney, formatPercent, currencyDigits } from './format.js';
import { defineMessages, fallbackChain, registerMessages, resetMessages, resolveMessages } from './locale-registry.js';

describe('exact formatting through Intl', () => {
  it('formats amounts from their decimal strings without float loss', () => {
    // 9007199254740993.01 is not representable as a double (it would print ...992 or ...994).
    expect(formatMoney('9007199254740993.01', 'CNY', 'en', { currencyDisplay: 'code' })).to.equal('CNY\u00a09,007,199,254,740,993.01');
    expect(formatMoney('0.1', 'CNY', 'en')).to.equal('CN¥0.10');
    expect(formatMoney('1234567.891', 'CNY', 'zh-CN')).to.equal('¥1,234,567.89');
    expect(formatMoney('-30000', 'USD', 'en')).to.equal('-$30,000.00');
  });

  it('rounds half away from zero on the decimal, not on a float', () => {
    // 1.005 as a double is 1.00499999999999989…: float rounding would give 1.00.
    expect(formatMoney('1.005', 'CNY', 'zh-CN')).to.equal('¥1.01');
  });

  it('shows 万元 by dividing exactly by 10,000', () => {
    expect(formatMoney('123456789.00', 'CNY', 'zh-CN', { unit: 'wan' })).to.equal('12,345.68 万元');
    expect(formatMoney('50000', 'CNY', 'en', { unit: 'wan', wanLabel: '× 10,000' })).to.equal('5.00 × 10,000');
  });

  it('knows each currency\'s minor digits', () => {
    expect(currencyDigits('CNY')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(formatMoney('1234', 'JPY', 'en')).to.equal('¥1,234');
  });

  it('formats dates without shifting the day, and percentages', () => {
    expect(formatDate('2024-02-29', 'en')).to.equal('Feb 29, 2024');
    expect(formatDate('2024-02-29', 'zh-CN')).to.equal('2024年2月29日');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
    expect(formatPercent('0.8534', 'en')).to.equal('85.3%');
  });
});

describe('locale registry', () => {
  const bundle = defineMessages('test-bundle', {
    en: { title: 'Credit', nested: { a: 'A', b: 'B' }, count: (n: number) => `${n} items` },
    'zh-CN': { title: '信用', nested: { a: '甲', b: '乙' }, count: (n: number) => `${n} 项` },
  });

  afterEach(() => resetMessages());

  it('falls back from specific tags to zh-CN and en', () => {
    expect(fallbackChain('zh-Hans-CN')).to.deep.equal(['zh-Hans-CN', 'zh-CN', 'zh', 'en']);
    expect(fallbackChain('zh')).to.deep.equal(['zh', 'zh-CN', 'en']);
    expect(fallbackChain('fr-CA')).to.deep.equal(['fr-CA', 'fr', 'en']);
    expect(resolveMessages(bundle, 'zh').title).to.equal('信用');
    expect(resolveMessages(bundle, 'zh-Hans-CN').count(3)).to.equal('3 项');
    expect(resolveMessages(bundle, 'de').title).to.equal('Credit');
  });

  it('lets a partner relabel one string and a host add a locale, filling gaps from the fallback', () => {
    registerMessages('en', 'test-bundle', { title: 'Trade credit' });
    registerMessages('fr', 'test-bundle', { nested: { a: 'Un' } });
    expect(resolveMessages(bundle, 'en').title).to.equal('Trade credit');
    expect(resolveMessages(bundle, 'en').nested.b).to.equal('B');
    const fr = resolveMessages(bundle, 'fr-FR');
    expect(fr.nested.a).to.equal('Un');
    expect(fr.nested.b).to.equal('B');
    expect(fr.title).to.equal('Trade credit');
    expect(resolveMessages(bundle, 'zh-CN').title).to.equal('信用');
  });
});
