import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { useMockBackend } from '../test-support/mock-client.js';
import { Decimal, type CreditProfile } from '@credit-kit/core';
import { TEST_THEMES } from '../test-support/themes.js';
import { defineCreditCheck, type CkCreditCheck } from './credit-check.js';

defineCreditCheck();

const mock = useMockBackend({ seed: 1, receivables: 500 });

describe('<ck-credit-check> is accessible in every theme (issue 14 item 3)', () => {
  for (const { name, theme, style } of TEST_THEMES) {
    for (const lang of ['en', 'zh-CN']) {
      for (const variant of ['full', 'compact']) {
        it(`${name}, ${lang}, ${variant}: blocked, with the limit request and its path to yes open`, async () => {
          const seed = mock.backend.dataset.customerById.get('C004')!;
          const profile = mock.backend.dataset.profiles[seed.index] as CreditProfile;
          const order = new Decimal(profile.granted).plus('50000000').toFixed(2);
          const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
            <ck-credit-check .client=${mock.client} customer-id="C004" amount=${order} lang=${lang} theme=${theme} variant=${variant}></ck-credit-check>
          </div>`);
          const el = wrapper.querySelector<CkCreditCheck>('ck-credit-check')!;
          await waitUntil(() => el.ready || el.error !== undefined, 'the check loads');
          await el.updateComplete;
          expect(el.result!.status).to.equal('blocked');
          if (variant === 'compact') {
            el.shadowRoot!.querySelector<HTMLDetailsElement>('details.compact-reasons')!.open = true;
          }
          await expect(el).to.be.accessible();
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=request-button]')!.click();
          await waitUntil(() => el.shadowRoot!.querySelector('[part~=path-to-yes]') !== null, 'the path to yes is shown');
          await expect(el).to.be.accessible();
        });
      }
    }
  }
});
