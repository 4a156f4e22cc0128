import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatDate, formatMoney, formatPercent, currencyDigits } from './format.js';
import { defineMessages, fallbackChain, loadMessages, MESSAGES_CHANGED_EVENT, messagesPending, registerMessages, resetMessages, resolveMessages } from './locale-registry.js';
import type { CkWarningBadge } from '../warning-badge/warning-badge.component.js';
import { defineWarningBadge } from '../warning-badge/warning-badge.js';
import { AS_OF, signal, warningStatus } from '../warning-badge/test-support/fixtures.js';

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

describe('built-in locales loaded on demand', () => {
  type Messages = { title: string; other: string };
  /** A bundle whose zh-CN arrives when the test says so, counting the loads. */
  function deferredBundle(name: string) {
    const loads: { resolve: (m: { default: Messages }) => void; reject: (e: unknown) => void }[] = [];
    const bundle = defineMessages<Messages>(
      name,
      { en: { title: 'Credit', other: 'Other' } },
      { 'zh-CN': () => new Promise<{ default: Messages }>((resolve, reject) => loads.push({ resolve, reject })) },
    );
    return { bundle, loads };
  }

  it('shows the fallback while a locale loads, loads it once, then announces the change', async () => {
    const { bundle, loads } = deferredBundle('lazy-ok');
    expect(messagesPending(bundle, 'en')).to.equal(undefined);
    expect(resolveMessages(bundle, 'zh-CN').title).to.equal('Credit');
    const pending = messagesPending(bundle, 'zh-Hans-CN');
    expect(pending).to.be.instanceOf(Promise);
    expect(loads).to.have.length(1); // the second request joined the first load
    const changed = oneEvent(window, MESSAGES_CHANGED_EVENT);
    loads[0]!.resolve({ default: { title: '信用', other: '其他' } });
    await pending;
    await changed;
    expect(resolveMessages(bundle, 'zh-CN').title).to.equal('信用');
    expect(resolveMessages(bundle, 'zh').other).to.equal('其他');
    expect(messagesPending(bundle, 'zh-CN')).to.equal(undefined);
  });

  it('stays in English when a locale fails to load, and tries again next time', async () => {
    const { bundle, loads } = deferredBundle('lazy-failing');
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const first = messagesPending(bundle, 'zh-CN')!;
      loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await first; // resolves: a missing translation is not an error the page must handle
      expect(String(warnings[0]?.[0])).to.contain('could not load the zh-CN messages of lazy-failing');
      expect(resolveMessages(bundle, 'zh-CN').title).to.equal('Credit');
      const second = messagesPending(bundle, 'zh-CN')!;
      expect(loads).to.have.length(2);
      loads[1]!.resolve({ default: { title: '信用', other: '其他' } });
      await second;
      expect(resolveMessages(bundle, 'zh-CN').title).to.equal('信用');
    } finally {
      console.warn = warn;
    }
  });

  it('holds a widget\'s first render until its Chinese has arrived: no flash of English', async () => {
    defineWarningBadge();
    const seen: string[] = [];
    const holder = document.createElement('div');
    document.body.append(holder);
    const el = document.createElement('ck-warning-badge') as CkWarningBadge;
    el.setAttribute('lang', 'zh-CN');
    el.setAttribute('as-of', AS_OF);
    el.warningStatus = warningStatus('C001', [signal('tax-arrears', 'ordinary')], 'yellow');
    holder.append(el);
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await waitUntil(() => el.ready && (el.shadowRoot!.textContent ?? '').includes('黄色预警'), 'badge in Chinese');
      expect(seen.length).to.be.greaterThan(0);
      expect(seen.filter((t) => /warning|Loading/i.test(t))).to.deep.equal([]);
    } finally {
      observer.disconnect();
      holder.remove();
    }
  });

  it('loads every bundle of a locale ahead of time with loadMessages', async () => {
    await loadMessages('zh-CN');
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge lang="zh-CN" as-of=${AS_OF} .warningStatus=${warningStatus('C001', [], 'none')}></ck-warning-badge>`);
    await waitUntil(() => el.ready, 'badge ready');
    expect(el.shadowRoot!.textContent).to.contain('无预警');
  });
});
