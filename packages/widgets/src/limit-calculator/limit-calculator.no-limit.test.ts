import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY, type CreditProfile, type Customer, type Financials } from '@credit-kit/core';
import { createMockBackend } from '@credit-kit/mock';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

const AS_OF = '2026-11-25';
const backend = createMockBackend({ seed: 1 });
const seed = backend.dataset.customerById.get('C004')!;
const customer = seed.customer as Customer;
const financials = backend.dataset.financials[seed.index] as Financials;
const base = backend.dataset.profiles[seed.index] as CreditProfile;

async function calculator(profile: CreditProfile, lang = 'en'): Promise<CkLimitCalculator> {
  const el = await fixture<CkLimitCalculator>(
    html`<ck-limit-calculator lang=${lang} as-of=${AS_OF} .policy=${DEFAULT_CREDIT_POLICY} .customer=${customer} .financials=${financials} .profile=${profile}></ck-limit-calculator>`,
  );
  await waitUntil(() => el.ready || el.error !== undefined, 'the calculator loads', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const $ = (el: CkLimitCalculator, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: CkLimitCalculator, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<ck-limit-calculator> exposure with no limit granted (issue 14 item 9)', () => {
  // The customer: a zero limit and 13.7 M open. The default policy counts open receivables and
  // open orders: used = 13,000,000.00 + 700,000.00 = 13,700,000.00, all of it over a limit of 0.
  const NO_LIMIT: CreditProfile = { ...base, currency: 'CNY', granted: '0.00', components: { openReceivables: '13000000.00', openOrders: '700000.00' } };

  it('says there is no limit and that the whole exposure is over it', async () => {
    const el = await calculator(NO_LIMIT);
    expect(text(el, '[part=exposure] [data-key=used]')).to.equal('CN¥13,700,000.00');
    expect(text(el, '.utilisation-text')).to.equal('No limit granted');
    expect(text(el, '[part=over-limit]')).to.equal('⚠ No limit granted — over the limit by the whole exposure (CN¥13,700,000.00)');
    const bar = $(el, '[part~=utilisation-bar]')!;
    expect(bar.getAttribute('aria-valuetext')).to.equal('No limit granted — over the limit by the whole exposure (CN¥13,700,000.00)');
    expect(bar.getAttribute('aria-valuenow')).to.equal('100.00');
    expect(bar.classList.contains('over')).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.contain('Not known');
  });

  it('says the same in Chinese', async () => {
    const el = await calculator(NO_LIMIT, 'zh-CN');
    expect(text(el, '[part=over-limit]')).to.equal('⚠ 未核定授信额度——全部占用均超出额度（¥13,700,000.00）');
  });

  it('is not over with no limit and nothing used', async () => {
    const el = await calculator({ ...NO_LIMIT, components: { openReceivables: '0.00' } });
    expect(text(el, '.utilisation-text')).to.equal('No limit granted');
    expect($(el, '[part=over-limit]')).to.equal(null);
  });
});
