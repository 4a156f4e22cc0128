import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import { Decimal, type CreditProfile } from '@credit-kit/core';
import { TEST_THEMES } from '../test-support/themes.js';
import { defineCreditCheck, type CkCreditCheck } from './credit-check.js';

defineCreditCheck();

let backend: MockBackend;
let client: CreditKitClient;
before(() => {
  backend = createMockBackend({ seed: 1, receivables: 500 });
});
beforeEach(() => {
  client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: { baseDelayMs: 1 } });
});
afterEach(() => backend.reset());

describe('<ck-credit-check> is accessible in every theme (issue 14 item 3)', () => {
  for (const { name, theme, style } of TEST_THEMES) {
    for (const lang of ['en', 'zh-CN']) {
      for (const variant of ['full', 'compact']) {
        it(`${name}, ${lang}, ${variant}: blocked, with the limit request and its path to yes open`, async () => {
          const seed = backend.dataset.customerById.get('C004')!;
          const profile = backend.dataset.profiles[seed.index] as CreditProfile;
          const order = new Decimal(profile.granted).plus('50000000').toFixed(2);
          const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${style}>
            <ck-credit-check .client=${client} customer-id="C004" amount=${order} lang=${lang} theme=${theme} variant=${variant}></ck-credit-check>
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
