import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ageReceivables, type Receivable } from '@credit-kit/core';
import type { CkAgingTable } from './aging-table.component.js';
import type { CkAgingLoadedEvent } from './aging-table.events.js';
import { tableChunks } from './chunks.js';
import { API, THREE_BUCKETS, mockClient, q, qa, reportRow, rowIds, settled, tableWith } from './test-support/table.js';
import { mountSync } from '../test-support/mount.js';
import { formatDateText, readDateField } from '../i18n/date-text.js';

/** A fetch that holds the requests `held` picks until `release()`, and records them with their signals. */
function gatedFetch(held: (url: URL) => boolean) {
  const requests: { url: URL; signal: AbortSignal | undefined }[] = [];
  let open = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const wrap = (fetch: typeof globalThis.fetch): typeof globalThis.fetch => async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;
    if (!held(url) || open) return fetch(input, init);
    requests.push({ url, signal });
    await new Promise<void>((resolve, reject) => {
      void released.then(resolve);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    return fetch(input, init);
  };
  return {
    requests,
    wrap,
    release: () => {
      open = true;
      release();
    },
  };
}

const isPath = (path: string) => (url: URL) => url.pathname === `${API}${path}`;

describe('<ck-aging-table> loading (issues 13, 14 item 8, 16)', () => {
  it('ages as of the backend\'s data date when the page gives none, not the browser\'s today (client mode)', async () => {
    const { client } = mockClient({ customers: 10, receivables: 200, asOf: '2026-11-25' });
    const el = mountSync<CkAgingTable>('ck-aging-table', { client });
    const loaded = (await oneEvent(el, 'ck-aging-loaded')) as CkAgingLoadedEvent;
    await settled(el);
    expect(loaded.detail.asOf).to.equal('2026-11-25');
    expect(readDateField(q<HTMLInputElement>(el, '#as-of')).iso).to.equal('2026-11-25');
    expect(q<HTMLInputElement>(el, '#as-of').value, 'in the page\'s language').to.equal(formatDateText('2026-11-25', 'en'));
    // The same totals as a table told the day.
    const told = await tableWith({ client }, 'as-of=2026-11-25');
    const totals = (t: CkAgingTable) => qa(t, '[part=totals-row] [part~=cell]').map((c) => c.textContent);
    expect(totals(el)).to.deep.equal(totals(told));
  });

  it('shows the backend\'s as-of date in server mode when the page gives none', async () => {
    const { client, backend } = mockClient({ customers: 10, receivables: 200, asOf: '2026-11-25' });
    const el = mountSync<CkAgingTable>('ck-aging-table', { client }, 'mode=server');
    const loaded = (await oneEvent(el, 'ck-aging-loaded')) as CkAgingLoadedEvent;
    await settled(el);
    expect(loaded.detail.asOf).to.equal('2026-11-25');
    expect(backend.hits('GET /receivables/aging')).to.equal(1);
  });

  it('cancels a long client-mode walk: its requests are aborted, nothing is shown as complete, Retry loads it all', async () => {
    const gate = gatedFetch(isPath('/receivables'));
    const { client } = mockClient({ customers: 20, receivables: 3000 }, gate.wrap);
    const el = mountSync<CkAgingTable>('ck-aging-table', { client }, 'as-of=2026-11-25&page-size=500');
    await waitUntil(() => gate.requests.length > 0 && el.shadowRoot!.querySelector('[part=progress]'), 'walk under way', { timeout: 10_000 });
    const cancel = qa<HTMLButtonElement>(el, '.progress button').find((b) => b.textContent === 'Cancel')!;
    let failed = false;
    el.addEventListener('ck-load-error', () => (failed = true));
    cancel.click();
    await el.updateComplete;
    expect(gate.requests.every((r) => r.signal?.aborted), 'every held request aborted').to.equal(true);
    expect(q(el, '[part=error-message]').textContent).to.equal('Loading was cancelled. Nothing is shown until the receivables are loaded in full.');
    expect(el.shadowRoot!.querySelector('[role=grid]'), 'no partial table').to.equal(null);
    expect(el.ready).to.equal(false);
    expect(failed, 'a cancel is not a load error').to.equal(false);
    await expect(el).to.be.accessible();
    gate.release();
    q<HTMLButtonElement>(el, '[part=retry-button]').click();
    await settled(el);
    expect(el.ready).to.equal(true);
    expect(rowIds(el).length).to.be.greaterThan(0);
  });

  it('cancels a server-mode page being loaded and keeps Load more', async () => {
    let hold = false;
    const gate = gatedFetch((url) => hold && isPath('/receivables/aging')(url));
    const { client } = mockClient({ customers: 120, receivables: 1200 }, gate.wrap);
    const el = await tableWith({ client }, 'mode=server&page-size=50&as-of=2026-11-25');
    hold = true;
    const before = rowIds(el).length;
    void el.loadMore();
    await waitUntil(() => gate.requests.length === 1, 'page requested', { timeout: 10_000 });
    const cancel = qa<HTMLButtonElement>(el, '.more button').find((b) => b.textContent === 'Cancel')!;
    expect(q(el, '.more [role=status]').textContent).to.equal('Loading more rows…');
    cancel.click();
    await el.updateComplete;
    expect(gate.requests[0]!.signal?.aborted).to.equal(true);
    expect(q(el, '[part=load-more-button]').textContent).to.equal('Load more');
    expect(rowIds(el).length).to.equal(before);
    hold = false;
  });

  it('draws an empty report (no currency yet) without a render error', async () => {
    const el = await tableWith({ report: { asOf: '2024-06-30', buckets: THREE_BUCKETS, rows: [] } });
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(q(el, '[role=grid]').getAttribute('aria-rowcount')).to.equal('2');
    expect(qa(el, '[part=totals-row] [part~=cell]')[4]!.textContent!.trim()).to.equal('0');
  });

  describe('on-demand chunks that fail to load', () => {
    const original = { ...tableChunks };
    afterEach(() => Object.assign(tableChunks, original));

    it('export: says the export could not load, and the button tries again', async () => {
      const report = { asOf: '2024-06-30', buckets: THREE_BUCKETS, rows: [reportRow('K1', 'Kappa', ['1.00', '2.00', '3.00'], { total: '6.00', overdue: '5.00' })] };
      const el = await tableWith({ report });
      tableChunks.exporter = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const notice = q(el, '.toolbar + .notice');
      const exportCsv = qa<HTMLButtonElement>(el, '[part~=export-button]')[0]!;
      exportCsv.click();
      await waitUntil(() => notice.classList.contains('problem'), 'failure shown', { timeout: 10_000 });
      expect(notice.textContent).to.equal('The export could not be loaded. Check the connection and try again.');
      tableChunks.exporter = original.exporter;
      const exported = oneEvent(el, 'ck-export');
      exportCsv.click();
      await exported;
      await el.updateComplete;
      expect(notice.textContent).to.equal('Exported 1 rows as CSV.');
    });

  });

  it('row expansion: the row says its items could not load, and Retry loads them', async () => {
    let failing = true;
    const itemsOfOne = (url: URL) => url.pathname === `${API}/receivables` && url.searchParams.has('customerId');
    const { client } = mockClient({ seed: 4, customers: 30, receivables: 1000 }, (fetch) => async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (failing && itemsOfOne(url)) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    });
    const el = await tableWith({ client }, 'mode=server&as-of=2026-11-25&page-size=500');
    const id = rowIds(el)[0]!;
    const before = el.rowCount;
    await el.setExpanded(id, true);
    const placeholder = q(el, '[part~=item-row] [data-col="0"]');
    expect(placeholder.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Could not load the open items. Retry');
    failing = false;
    placeholder.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=item-row] .ident'), 'items shown', { timeout: 10_000 });
    // Every open item of the customer is a row now, as core ages them.
    const items: Receivable[] = [];
    for await (const page of client.iterateReceivables({ customerId: id, asOf: '2026-11-25' })) items.push(...page.items.filter((i) => i.currency === 'CNY'));
    expect(el.rowCount - before).to.equal(ageReceivables(items, { asOf: '2026-11-25' }).items.length);
  });
});
