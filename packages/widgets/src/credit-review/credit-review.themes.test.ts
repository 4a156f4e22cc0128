import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import { TEST_THEMES } from '../test-support/themes.js';
import { defineCreditReview, type CkCreditReview } from './credit-review.js';

defineCreditReview();

const AS_OF = '2026-11-25';
let backend: MockBackend;
before(() => {
  backend = createMockBackend({ seed: 1, receivables: 500 });
});
afterEach(() => backend.reset());

function manager(): CreditKitClient {
  return createClient({
    baseUrl: '/api/credit/v1',
    fetch: backend.fetch,
    retry: false,
    headers: { 'X-Credit-Kit-Actor': 'mgr-1', 'X-Credit-Kit-Roles': 'credit_manager' },
  });
}

type Widget = HTMLElement & { ready: boolean; error: unknown; theme: string; updateComplete: Promise<boolean> };
const inner = (el: CkCreditReview, part: string) => el.shadowRoot!.querySelector<Widget>(`[part~=${part}]`);

async function children(el: CkCreditReview, parts: string[]): Promise<Widget[]> {
  await waitUntil(() => parts.every((p) => inner(el, p)?.localName.startsWith('ck-')), 'the rendered widgets are there', { timeout: 10_000 });
  const found = parts.map((p) => inner(el, p)!);
  await waitUntil(() => found.every((w) => w.ready || w.error !== undefined), 'they load', { timeout: 10_000 });
  await Promise.all(found.map((w) => w.updateComplete));
  return found;
}

describe('<ck-credit-review> and what it renders share its theme, accessibly (issue 14 item 3)', () => {
  for (const { name, theme, style } of TEST_THEMES) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${name}, ${lang}: the desk, with its calculator and badge in the desk's theme`, async () => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
          <ck-credit-review .client=${manager()} limit-request-id="LR000001" as-of=${AS_OF} lang=${lang} theme=${theme}></ck-credit-review>
        </div>`);
        const el = wrapper.querySelector<CkCreditReview>('ck-credit-review')!;
        await waitUntil(() => el.ready || el.error !== undefined, 'the desk loads', { timeout: 10_000 });
        await el.updateComplete;
        const rendered = await children(el, ['limit', 'warning']);
        for (const widget of rendered) {
          expect(widget.hasAttribute('theme') && widget.getAttribute('theme'), `<${widget.localName}>`).to.equal(theme);
        }
        await expect(el).to.be.accessible();
      });

      it(`${name}, ${lang}: the worklist, an entry's calculator open`, async () => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
          <ck-credit-review .client=${manager()} mode="worklist" as-of=${AS_OF} lang=${lang} theme=${theme}></ck-credit-review>
        </div>`);
        const el = wrapper.querySelector<CkCreditReview>('ck-credit-review')!;
        await waitUntil(() => el.ready || el.error !== undefined, 'the worklist loads', { timeout: 10_000 });
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=worklist-open]')!.click();
        await el.updateComplete;
        const calculator = await waitUntil(() => el.shadowRoot!.querySelector<Widget>('.entry-calculator > *')?.localName === 'ck-limit-calculator', 'the calculator opens')
          .then(() => el.shadowRoot!.querySelector<Widget>('.entry-calculator > *')!);
        await waitUntil(() => calculator.ready || calculator.error !== undefined, 'it loads', { timeout: 10_000 });
        await calculator.updateComplete;
        expect(calculator.getAttribute('theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the rendered widgets follow a change of the desk\'s theme', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><ck-credit-review .client=${manager()} limit-request-id="LR000001" as-of=${AS_OF} theme="dark"></ck-credit-review></div>`);
    const el = wrapper.querySelector<CkCreditReview>('ck-credit-review')!;
    await waitUntil(() => el.ready, 'the desk loads', { timeout: 10_000 });
    const rendered = await children(el, ['limit', 'warning']);
    expect(rendered.map((w) => w.theme)).to.deep.equal(['dark', 'dark']);
    el.theme = 'light';
    await el.updateComplete;
    await Promise.all(rendered.map((w) => w.updateComplete));
    expect(rendered.map((w) => w.getAttribute('theme'))).to.deep.equal(['light', 'light']);
  });
});
