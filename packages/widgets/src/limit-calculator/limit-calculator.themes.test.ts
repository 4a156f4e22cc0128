import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { Decimal } from '@credit-kit/core';
import { AS_OF } from '../test-support/dates.js';
import { useMockBackend } from '../test-support/mock-client.js';
import { TEST_THEMES } from '../test-support/themes.js';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

const mock = useMockBackend({ seed: 1 });

describe('<ck-limit-calculator> is accessible in every theme (issue 14 item 3)', () => {
  for (const { name, theme, style } of TEST_THEMES) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${name}, ${lang}: with a result, a stale value and the path to yes shown`, async () => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
          <ck-limit-calculator .client=${mock.client} customer-id="C004" as-of=${AS_OF} lang=${lang} theme=${theme}></ck-limit-calculator>
        </div>`);
        const el = wrapper.querySelector('ck-limit-calculator')!;
        await waitUntil(() => el.ready || el.error !== undefined, 'the calculator loads', { timeout: 10_000 });
        await el.updateComplete;
        const requested = el.shadowRoot!.querySelector<HTMLInputElement>('#field-requested')!;
        requested.value = new Decimal(el.result!.granted).plus('2500000').toFixed(2);
        requested.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=path-to-yes]')).not.to.equal(null);
        await expect(el).to.be.accessible();
        // A value in error: the message and the out-of-date note.
        const assets = el.shadowRoot!.querySelector<HTMLInputElement>('#field-totalAssets')!;
        assets.value = 'abc';
        assets.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=stale-note]')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }
});
