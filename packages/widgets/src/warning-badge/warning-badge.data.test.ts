import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { configureWidgets, createClient, setDefaultClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend } from '@credit-kit/mock';
import type { WarningLevel, WarningSignalWire } from '@credit-kit/core';
import { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import type { CkLoadErrorEvent } from '../base/events.js';
import { AS_OF, badgeButton, manualScheduler, mount, accessibleName, popoverOf, restorePageVisibility, setPageHidden, unmountAll } from './test-support/fixtures.js';

defineWarningBadge();

const manual = manualScheduler();
/** The badge on manual timers, to tick the 500 badges' refresh without waiting. */
class ManualBadge extends CkWarningBadge {
  protected override get refreshScheduler() {
    return manual.scheduler;
  }
}
customElements.define('manual-warning-badge', ManualBadge);

/**
 * The level by domain.md §5, worked out here on its own (ISO dates compare as strings): a signal
 * counts when raised on or before as-of and not released by then; codes count once; any severe
 * or major → red; ordinary: 1 yellow, 2 orange, 3+ red.
 */
function expectedLevel(signals: readonly WarningSignalWire[], asOf: string): WarningLevel {
  const active = signals.filter((s) => s.raisedOn <= asOf && !(s.releasedOn && s.releasedOn <= asOf));
  if (active.some((s) => s.severity !== 'ordinary')) return 'red';
  const ordinary = new Set(active.map((s) => s.code)).size;
  return ordinary >= 3 ? 'red' : (['none', 'yellow', 'orange'] as const)[ordinary]!;
}

const LEVEL_WORDS: Record<WarningLevel, string> = { none: 'No warning', yellow: 'Yellow warning', orange: 'Orange warning', red: 'Red warning' };

function setup(options: Parameters<typeof createMockBackend>[0] = {}): { backend: MockBackend; client: CreditKitClient } {
  const backend = createMockBackend({ receivables: 0, ...options });
  const client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: { baseDelayMs: 1 } });
  return { backend, client };
}

/** Customer ids in each `GET /warnings` request the backend received. */
function batchIds(backend: MockBackend): string[][] {
  return backend.state.requests
    .filter((r) => r.route === 'GET /warnings')
    .map((r) => new URL(r.url).searchParams.getAll('customerId').flatMap((v) => v.split(',')));
}

describe('<ck-warning-badge> with the mock backend', () => {
  // The runner may load this page in a background tab (hidden): pretend it is shown, as for a reader.
  beforeEach(() => setPageHidden(false));
  afterEach(() => {
    setDefaultClient(undefined);
    configureWidgets(undefined);
    restorePageVisibility();
    unmountAll();
  });

  it('shows the level of a customer loaded through the page-wide client', async () => {
    const { backend, client } = setup();
    setDefaultClient(client);
    const seed = backend.dataset.customers.find((c) => expectedLevel(backend.dataset.signals[c.index]!, AS_OF) === 'orange')!;
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge customer-id=${seed.customer.id} as-of=${AS_OF}></ck-warning-badge>`);
    await waitUntil(() => el.ready, 'loaded');
    expect(el.level).to.equal('orange');
    expect(accessibleName(badgeButton(el))).to.include('Orange warning');
    expect(backend.hits('GET /customers/{id}/warning')).to.equal(1);
    await el.open();
    const active = backend.dataset.signals[seed.index]!.filter((s) => !s.releasedOn);
    expect(el.shadowRoot!.querySelectorAll('[part=signal-list] > [part=signal]').length).to.equal(new Set(active.map((s) => s.code)).size);
    await expect(el).to.be.accessible();
  });

  it('loads with configureWidgets() alone (no full client): the badges share one client and batch', async () => {
    const backend = createMockBackend({ receivables: 0, customers: 20 });
    configureWidgets({ baseUrl: '/api/credit/v1', fetch: backend.fetch, retry: { baseDelayMs: 1 } });
    const seeds = backend.dataset.customers.slice(0, 12);
    const list = mount(html`<div>${seeds.map((s) => html`<ck-warning-badge customer-id=${s.customer.id} as-of=${AS_OF}></ck-warning-badge>`)}</div>`);
    const badges = [...list.querySelectorAll<CkWarningBadge>('ck-warning-badge')];
    await waitUntil(() => badges.every((b) => b.ready), 'every badge loaded');
    badges.forEach((badge, i) => expect(badge.level, seeds[i]!.customer.id).to.equal(expectedLevel(backend.dataset.signals[seeds[i]!.index]!, AS_OF)));
    // One client for every badge, so their loads went through its batcher: batched lists, no single GETs.
    expect(backend.hits('GET /customers/{id}/warning')).to.equal(0);
    expect(new Set(batchIds(backend).flat())).to.deep.equal(new Set(seeds.map((s) => s.customer.id)));
  });

  it('500 badges for distinct customers share at most 5 batch requests, and each shows its level', async function () {
    this.timeout(60_000);
    const { backend, client } = setup({ customers: 500 });
    setDefaultClient(client);
    const seeds = backend.dataset.customers;
    const list = mount(
      html`<ul>
        ${seeds.map((s) => html`<li>${s.customer.name} <manual-warning-badge customer-id=${s.customer.id} as-of=${AS_OF} refresh-interval="30" size="small"></manual-warning-badge></li>`)}
      </ul>`,
    );
    const badges = [...list.querySelectorAll<ManualBadge>('manual-warning-badge')];
    expect(badges.length).to.equal(500);
    await waitUntil(() => badges.every((b) => b.ready), 'every badge loaded', { timeout: 30_000 });

    expect(backend.hits('GET /warnings')).to.be.within(1, 5);
    expect(backend.hits('GET /customers/{id}/warning')).to.equal(0);
    const batches = batchIds(backend);
    expect(batches.every((ids) => ids.length <= 100)).to.equal(true);
    expect(new Set(batches.flat()).size).to.equal(500);

    const levels = new Set<WarningLevel>();
    badges.forEach((badge, i) => {
      const level = expectedLevel(backend.dataset.signals[seeds[i]!.index]!, AS_OF);
      levels.add(level);
      expect(badge.level, seeds[i]!.customer.id).to.equal(level);
      expect(badge.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal(LEVEL_WORDS[level]);
    });
    expect([...levels].sort()).to.deep.equal(['none', 'orange', 'red', 'yellow']);

    // One shared timer for all 500; a tick refreshes them in batches again, revalidated by ETag.
    expect(manual.created).to.equal(1);
    const before = backend.hits('GET /warnings');
    const requestsBefore = backend.state.requests.length;
    manual.fire(30_000);
    await waitUntil(() => backend.state.requests.length > requestsBefore && badges.every((b) => !b.stale), 'refreshed');
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.hits('GET /warnings') - before).to.be.within(1, 5);
    const refreshes = backend.state.requests.slice(requestsBefore);
    expect(refreshes.every((r) => r.headers['if-none-match'] !== undefined)).to.equal(true);
    expect(badges.every((b) => b.ready && !b.stale)).to.equal(true);

    list.remove();
    expect(manual.running).to.equal(0);
  });

  it('shows a compact error when the first load fails, and recovers on retry', async () => {
    const { backend, client } = setup({ routeStatus: { 'GET /customers/{id}/warning': 500 } });
    const id = backend.dataset.customers[0]!.customer.id;
    const el = document.createElement('ck-warning-badge');
    el.client = client;
    el.customerId = id;
    el.asOf = AS_OF;
    const failed = oneEvent(el, 'ck-load-error') as Promise<CkLoadErrorEvent>;
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.message).to.equal('The server had a problem answering.');
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=error]')!;
      expect(error.tagName).to.equal('BUTTON');
      expect(error.getAttribute('part')).to.include('retry-button');
      expect(error.textContent).to.include('!');
      expect(accessibleName(error)).to.equal('Warning level unavailable: The server had a problem answering. Activate to retry.');
      expect(error.getBoundingClientRect().height).to.be.below(32);
      expect(el.shadowRoot!.querySelector('.error-panel')).to.equal(null);
      await expect(el).to.be.accessible();

      backend.setKnobs({ routeStatus: {} });
      const ready = oneEvent(el, 'ck-ready');
      error.click();
      await ready;
      expect(el.level).to.equal(expectedLevel(backend.dataset.signals[0]!, AS_OF));
    } finally {
      el.remove();
    }
  });

  it('keeps the last level, marked stale, when a refresh fails; clears the mark when one succeeds', async () => {
    const { backend, client } = setup();
    const seed = backend.dataset.customers.find((c) => expectedLevel(backend.dataset.signals[c.index]!, AS_OF) === 'red')!;
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id=${seed.customer.id} as-of=${AS_OF}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    let loadErrors = 0;
    el.addEventListener('ck-load-error', () => loadErrors++);

    backend.setKnobs({ routeStatus: { 'GET /customers/{id}/warning': 503 } });
    await el.refresh();
    expect(el.stale).to.equal(true);
    expect(el.level).to.equal('red');
    expect(el.ready).to.equal(true);
    expect(loadErrors).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    const button = badgeButton(el);
    expect(accessibleName(button)).to.match(/^Red warning, .*may be out of date$/);
    expect(button.classList.contains('stale')).to.equal(true);
    expect(button.title).to.equal('The latest refresh failed: this is the last known level.');
    await el.open();
    expect(popoverOf(el)!.textContent).to.include('The latest refresh failed');
    await expect(el).to.be.accessible();
    el.close();

    backend.setKnobs({ routeStatus: {} });
    await el.refresh();
    expect(el.stale).to.equal(false);
    expect(badgeButton(el).classList.contains('stale')).to.equal(false);
  });

  it('refreshes with a conditional request (ETag → 304) and keeps the level', async () => {
    const { backend, client } = setup();
    const id = backend.dataset.customers[3]!.customer.id;
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id=${id} as-of=${AS_OF}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    const level = el.level;
    expect(backend.state.requests.at(-1)!.headers['if-none-match']).to.equal(undefined);
    await el.refresh();
    expect(backend.state.requests.at(-1)!.headers['if-none-match']).to.match(/^".+"$/);
    expect(el.level).to.equal(level);
    expect(el.stale).to.equal(false);
  });

  it('polls on its refresh-interval with real timers and stops when removed', async function () {
    this.timeout(15_000);
    const { backend, client } = setup();
    const id = backend.dataset.customers[1]!.customer.id;
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id=${id} refresh-interval="1"></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    const hits = () => backend.hits('GET /customers/{id}/warning');
    expect(hits()).to.equal(1);
    await waitUntil(() => hits() >= 2, 'refreshed after about a second', { timeout: 15_000 });
    el.remove();
    const after = hits();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(hits()).to.equal(after);
  });
});
