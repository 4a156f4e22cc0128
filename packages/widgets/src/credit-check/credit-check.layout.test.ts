import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_CREDIT_POLICY, type CreditProfile } from '@credit-kit/core';
import { createMockBackend } from '@credit-kit/mock';
import { formatMoney } from '../i18n/format.js';
import { TEST_THEMES } from '../test-support/themes.js';
import { defineCreditCheck, type CkCreditCheck } from './credit-check.js';

defineCreditCheck();

const backend = createMockBackend({ seed: 1 });
const seed = backend.dataset.customerById.get('C004')!;
/** A very large customer: a 16-digit available credit (the figure the new-user run saw break mid-digit). */
const profile: CreditProfile = {
  ...(backend.dataset.profiles[seed.index] as CreditProfile),
  currency: 'CNY',
  granted: '9876543210987654.32',
  components: { openReceivables: '1234567.89' },
  overdueAmount: '0.00',
  oldestOverdueDays: 0,
  blacklisted: false,
};
/** From a CRM deal sidebar to a wide desktop. */
const WIDTHS = [180, 240, 320, 480, 1024];

async function mount(style: string, theme: string, lang: string, variant: string): Promise<{ wrapper: HTMLDivElement; el: CkCreditCheck }> {
  // fixtureSync: a plain wrapper would make `fixture` wait for a frame, which a background tab holds back.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
    <ck-credit-check customer-id="C004" amount="1,000.00" lang=${lang} theme=${theme} variant=${variant} .profile=${profile}
      .policy=${DEFAULT_CREDIT_POLICY}></ck-credit-check>
  </div>`);
  const el = wrapper.querySelector<CkCreditCheck>('ck-credit-check')!;
  await waitUntil(() => el.ready || el.error !== undefined, 'the check evaluates', { timeout: 10_000 });
  await el.updateComplete;
  await document.fonts.ready;
  return { wrapper, el };
}

/** Every figure that runs past its box, or wraps inside a digit group, in words (empty when none). */
function badFigures(el: CkCreditCheck, lang: string, width: number): string[] {
  const group = new Intl.NumberFormat(lang).formatToParts(1_000_000).find((part) => part.type === 'group')!.value;
  const found: string[] = [];
  for (const data of el.shadowRoot!.querySelectorAll<HTMLDataElement>('[part~=figures] data')) {
    const box = data.closest('dd')!;
    const where = `"${data.textContent}" at ${width}px`;
    if (box.scrollWidth > box.clientWidth) found.push(`${where}: runs past its box (${box.scrollWidth} > ${box.clientWidth})`);
    const lines = [...data.getClientRects()];
    if (lines.length > 1) {
      // A wrapped figure's lines each end at a <wbr> after a separator: every text piece but the last ends with one.
      const pieces = [...data.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').filter(Boolean);
      for (const piece of pieces.slice(0, -1)) if (!piece.endsWith(group)) found.push(`${where}: may break after "${piece}"`);
      const range = document.createRange();
      for (const node of data.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        range.selectNodeContents(node);
        if (range.getClientRects().length > 1) found.push(`${where}: the group piece "${node.textContent}" is split over two lines`);
      }
    }
  }
  return found;
}

describe('<ck-credit-check> large figures stay whole (issue 14 item 2)', () => {
  for (const { name, theme, style } of TEST_THEMES) {
    for (const lang of ['en', 'zh-CN']) {
      for (const variant of ['full', 'compact']) {
        it(`wraps only between digit groups and never overflows: ${name}, ${lang}, ${variant}`, async () => {
          const { wrapper, el } = await mount(style, theme, lang, variant);
          const available = el.shadowRoot!.querySelector<HTMLDataElement>('[part~=available] data')!;
          expect(available.value).to.equal(el.result!.available);
          expect(available.textContent).to.equal(formatMoney(el.result!.available, 'CNY', lang));
          const found: string[] = [];
          for (const width of WIDTHS) {
            wrapper.style.inlineSize = `${width}px`;
            found.push(...badFigures(el, lang, width));
          }
          expect(found).to.deep.equal([]);
        });
      }
    }
  }

  it('does wrap a figure too wide for a narrow sidebar, at a group separator', async () => {
    const { wrapper, el } = await mount('', 'light', 'en', 'full');
    wrapper.style.inlineSize = '180px';
    const available = el.shadowRoot!.querySelector<HTMLDataElement>('[part~=available] data')!;
    expect(available.getClientRects().length, 'the 16-digit figure takes more than one line at 180 px').to.be.greaterThan(1);
    expect(available.querySelectorAll('wbr').length).to.equal(5);
  });
});
