import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@credit-kit/client';
import { createMockBackend } from '@credit-kit/mock';
import type { WarningStatus } from '@credit-kit/core';
import type { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { AS_OF, popoverOf, signal, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

async function notes(status: WarningStatus, lang: string): Promise<string[]> {
  const el = await fixture<CkWarningBadge>(html`<ck-warning-badge lang=${lang} as-of=${AS_OF} .warningStatus=${status}></ck-warning-badge>`);
  await waitUntil(() => el.ready || el.error !== undefined, 'the badge shows its status', { timeout: 10_000 });
  expect(el.error, String(el.error)).to.equal(undefined);
  await el.open();
  return [...popoverOf(el)!.querySelectorAll('[part=signal-list] .signal-note')].map((n) => n.textContent!.trim());
}

describe('<ck-warning-badge> signal texts in the reader\'s language (issue 14 item 10)', () => {
  const status = warningStatus('C1', [
    signal('receivable-overdue', 'ordinary', { params: { days: 45 }, note: 'Texte du système hôte' }),
    signal('host-own-code', 'ordinary', { note: '主机自己的说明' }),
  ]);

  it('renders catalogue details from their params in the page language, and a host note as given', async () => {
    expect(await notes(status, 'en')).to.have.members(['Oldest open item 45 days overdue', '主机自己的说明']);
    expect(await notes(status, 'zh-CN')).to.have.members(['最早一笔应收账款逾期45天', '主机自己的说明']);
  });

  it("shows the mock's signals in English on an English page and in Chinese on a Chinese one", async () => {
    const backend = createMockBackend({ seed: 1 });
    const client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch });
    const customerIds = backend.dataset.customers.map((s) => s.customer.id);
    const statuses = await Promise.all(customerIds.map((id) => client.getWarning(id)));
    const keyed = statuses.find((s) => s.signals.some((x) => x.code === 'receivable-overdue' && x.params && x.releasedOn === undefined && x.raisedOn <= AS_OF))!;
    expect(keyed, 'a mock customer with an overdue signal').to.exist;
    expect(keyed.signals.every((x) => x.params === undefined || x.note === undefined), 'keyed signals carry no baked sentence').to.equal(true);
    const en = (await notes(keyed, 'en')).join(' ');
    const zh = (await notes(keyed, 'zh-CN')).join(' ');
    expect(en).to.match(/Oldest open item \d+ days? overdue/);
    expect(en).not.to.match(/[\u4e00-\u9fff]/);
    expect(zh).to.match(/最早一笔应收账款逾期\d+天/);
    expect(zh).not.to.contain('overdue');
  });
});
