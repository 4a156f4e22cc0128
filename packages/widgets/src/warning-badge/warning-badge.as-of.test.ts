import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@credit-kit/client';
import { createMockBackend } from '@credit-kit/mock';
import type { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { popoverOf, signal, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

async function shown(el: CkWarningBadge): Promise<CkWarningBadge> {
  await waitUntil(() => el.ready || el.error !== undefined, 'the badge shows its status', { timeout: 10_000 });
  expect(el.error, String(el.error)).to.equal(undefined);
  return el;
}

describe("<ck-warning-badge> as-of from the backend (issue 14 item 8)", () => {
  // Raised on 2026-11-20: active on any day since, not yet on the backend's 2026-11-19.
  const status = { ...warningStatus('C1', [signal('bankruptcy', 'severe', { raisedOn: '2026-11-20' })]), asOf: '2026-11-19' };

  it("evaluates on the status's asOf when the page gives no as-of, not on the browser's today", async () => {
    const el = await shown(await fixture<CkWarningBadge>(html`<ck-warning-badge .warningStatus=${status}></ck-warning-badge>`));
    expect(el.level).to.equal('none');
    await el.open();
    expect(popoverOf(el)!.querySelector('.as-of')!.textContent).to.contain('2026');
    expect(popoverOf(el)!.querySelector('.as-of time, .as-of')!.textContent).to.contain('19');
  });

  it("lets the page's as-of win over the backend's", async () => {
    const el = await shown(await fixture<CkWarningBadge>(html`<ck-warning-badge as-of="2026-11-25" .warningStatus=${status}></ck-warning-badge>`));
    expect(el.level).to.equal('red');
  });

  it("uses the mock's dataset date, which the mock sends as the status's asOf", async () => {
    const backend = createMockBackend({ seed: 1 });
    const client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch });
    const sent = await client.getWarning('C004');
    expect(sent.asOf).to.equal(backend.dataset.asOf);
    const el = await shown(await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id="C004"></ck-warning-badge>`));
    await el.open();
    const dataDay = new Intl.DateTimeFormat('en', { day: 'numeric' }).format(new Date(`${backend.dataset.asOf}T12:00:00Z`));
    expect(popoverOf(el)!.querySelector('.as-of')!.textContent).to.contain(dataDay);
  });
});
