import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { Decimal, DEFAULT_CREDIT_POLICY, type CreditProfile, type Customer, type Financials } from '@credit-kit/core';
import { createMockBackend } from '@credit-kit/mock';
import { formatMoney } from '../i18n/format.js';
import { AS_OF } from '../test-support/dates.js';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

const backend = createMockBackend({ seed: 1 });
const seed = backend.dataset.customerById.get('C004')!;
const customer = seed.customer as Customer;
const profile = { ...(backend.dataset.profiles[seed.index] as CreditProfile), currency: 'CNY' };
/** A very large company: a 13-digit maximum (the granted limit is CN¥1,503,096,127.80). */
const financials: Financials = {
  ...(backend.dataset.financials[seed.index] as Financials),
  currency: 'CNY',
  existingFinancing: '800000000000.00',
  effectiveAssets: '900000000000.00',
  totalAssets: '1000000000000.00',
  totalLiabilities: '300000000000.00',
};
const REQUESTED = '1503096127.80';

/** The partner brands of demo/themes.css, by their tokens only (what a partner sets). */
const THEMES: Record<string, { theme: 'light' | 'dark'; style: string }> = {
  light: { theme: 'light', style: '' },
  dark: { theme: 'dark', style: '' },
  acme: { theme: 'light', style: "--ck-font-family: Georgia, 'Times New Roman', 'Songti SC', serif; --ck-radius: 2px; --ck-density: 0.9;" },
  jade: { theme: 'dark', style: '--ck-color-surface: #1c1917; --ck-color-text: #fafaf9; --ck-radius: 12px; --ck-font-size: 0.9375rem;' },
};
/** From a CRM sidebar to a wide desktop. */
const WIDTHS = [240, 320, 480, 768, 1024, 1440];

async function mount(themeName: string, lang: string, unit: string): Promise<{ wrapper: HTMLDivElement; el: CkLimitCalculator }> {
  const { theme, style } = THEMES[themeName]!;
  // fixtureSync: a plain wrapper would make `fixture` wait for a frame, which a background tab holds back.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
    <ck-limit-calculator lang=${lang} unit=${unit} theme=${theme} as-of=${AS_OF} .policy=${DEFAULT_CREDIT_POLICY} .customer=${customer}
      .financials=${financials} .profile=${profile}></ck-limit-calculator>
  </div>`);
  const el = wrapper.querySelector('ck-limit-calculator')!;
  await waitUntil(() => el.ready || el.error !== undefined, 'the calculator loads', { timeout: 10_000 });
  const requested = el.shadowRoot!.querySelector<HTMLInputElement>('#field-requested')!;
  requested.value = unit === 'wan' ? new Decimal(REQUESTED).div(10_000).toFixed() : REQUESTED;
  requested.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await document.fonts.ready;
  return { wrapper, el };
}

/** Every way a headline can overflow its card, in words (empty when none does). */
function overflows(el: CkLimitCalculator, width: number): string[] {
  const found: string[] = [];
  for (const which of ['maximum', 'granted']) {
    const card = el.shadowRoot!.querySelector<HTMLElement>(`[part~=${which}]`)!;
    const figure = card.querySelector('dd')!;
    const data = card.querySelector('data')!;
    const where = `${which} at ${width}px ("${data.textContent}")`;
    if (figure.scrollWidth > figure.clientWidth) found.push(`${where}: figure ${figure.scrollWidth} > ${figure.clientWidth}`);
    if (card.scrollWidth > card.clientWidth) found.push(`${where}: card ${card.scrollWidth} > ${card.clientWidth}`);
    const inner = card.getBoundingClientRect();
    for (const rect of data.getClientRects()) {
      if (rect.right > inner.right + 0.5 || rect.left < inner.left - 0.5) found.push(`${where}: a line runs past the card's edge`);
    }
  }
  return found;
}

describe('<ck-limit-calculator> headline limits fit their cards (issue 14 item 2)', () => {
  for (const themeName of Object.keys(THEMES)) {
    for (const lang of ['en', 'zh-CN']) {
      for (const unit of ['yuan', 'wan']) {
        it(`at every width: ${themeName}, ${lang}, ${unit}`, async () => {
          const { wrapper, el } = await mount(themeName, lang, unit);
          const granted = el.shadowRoot!.querySelector('[part~=granted] data')!;
          expect(granted.getAttribute('value')).to.equal('1503096127.80');
          if (unit === 'yuan') expect(granted.textContent).to.equal(formatMoney(REQUESTED, 'CNY', lang));
          expect(new Decimal(el.result!.maximum).gt(REQUESTED), 'the maximum is the longer figure').to.equal(true);
          const found: string[] = [];
          for (const width of WIDTHS) {
            wrapper.style.inlineSize = `${width}px`;
            found.push(...overflows(el, width));
          }
          expect(found).to.deep.equal([]);
        });
      }
    }
  }

  it('breaks a figure only after a group separator, so a wrapped amount still reads whole', async () => {
    const { wrapper, el } = await mount('light', 'en', 'yuan');
    wrapper.style.inlineSize = '240px';
    const data = el.shadowRoot!.querySelector('[part~=maximum] data')!;
    expect(data.textContent).to.equal(formatMoney(el.result!.maximum, 'CNY', 'en'));
    const pieces = [...data.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).filter(Boolean);
    expect(pieces.length).to.be.greaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece, 'each break follows a group separator').to.match(/,$/);
    expect(data.querySelectorAll('wbr').length).to.equal(pieces.length - 1);
  });
});
