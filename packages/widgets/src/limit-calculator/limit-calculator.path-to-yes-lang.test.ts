import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Decimal } from '@credit-kit/core';
import { AS_OF } from '../test-support/dates.js';
import { useMockBackend } from '../test-support/mock-client.js';
import type { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';

defineLimitCalculator();

const mock = useMockBackend({ seed: 1 });

// Alone in its file: the path to yes's Chinese must not have been loaded by an earlier test of the page.
describe('<ck-limit-calculator> path to yes text, which comes with its part', () => {
  it('first shows the path to yes already in the reader\'s language, never in English first', async () => {
    const el = await fixture<CkLimitCalculator>(html`<ck-limit-calculator .client=${mock.client} customer-id="C004" as-of=${AS_OF} lang="zh-CN"></ck-limit-calculator>`);
    await waitUntil(() => el.ready, 'the calculator loads', { timeout: 10_000 });
    await el.updateComplete;

    const firstTexts: string[] = [];
    const observer = new MutationObserver(() => {
      const section = el.shadowRoot!.querySelector('[part~=path-to-yes]');
      if (section && firstTexts.length === 0) firstTexts.push(section.textContent!);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#field-requested')!;
    input.value = new Decimal(el.result!.maximum).times(3).toFixed(2);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=path-to-yes]'), 'the path to yes is shown', { timeout: 10_000 });
    await el.updateComplete;
    observer.disconnect();

    expect(firstTexts.length, 'the section was seen as it appeared').to.equal(1);
    expect(firstTexts[0]).to.contain('如何获批');
    expect(firstTexts[0]).to.not.contain('The path to yes');
    expect(el.shadowRoot!.querySelector('[part~=path-to-yes]')!.textContent).to.contain('如何获批');
  });
});
