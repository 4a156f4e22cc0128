import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WarningStatus } from '@credit-kit/core';
import { CkWarningBadge } from './warning-badge.component.js';
import type { CkWarningChangeEvent } from './warning-badge.events.js';
import { sharedRefreshScheduler } from './refresh-scheduler.js';
import { defineWarningBadge } from './warning-badge.js';
import {
  AS_OF,
  badgeButton,
  fakeWarningClient,
  manualScheduler,
  networkError,
  popoverOf,
  mount,
  unmountAll,
  restorePageVisibility,
  setPageHidden,
  signal,
  warningStatus,
  type Answer,
} from './test-support/fixtures.js';

defineWarningBadge();

const manual = manualScheduler();
class ManualBadge extends CkWarningBadge {
  protected override get refreshScheduler() {
    return manual.scheduler;
  }
}
customElements.define('refresh-test-badge', ManualBadge);

const yellow = (id = 'C1'): WarningStatus => warningStatus(id, [signal('tax-arrears', 'ordinary')]);
const red = (id = 'C1'): WarningStatus => warningStatus(id, [signal('bankruptcy', 'severe')]);
const orangeByHost = (id = 'C1'): WarningStatus => warningStatus(id, [], 'orange');

/** A badge polling every 30 s on the manual timers, its events recorded. */
async function pollingBadge(answers: Answer[], interval = '30') {
  const client = fakeWarningClient(answers);
  const el = await fixture<ManualBadge>(
    html`<refresh-test-badge .client=${client} customer-id="C1" as-of=${AS_OF} refresh-interval=${interval}></refresh-test-badge>`,
  );
  await waitUntil(() => el.ready, 'first load');
  const events: CkWarningChangeEvent[] = [];
  el.addEventListener('ck-warning-change', (e) => events.push(e));
  /** Fires the interval and waits for the refresh it starts to be shown (the fake client answers at once). */
  const tick = async () => {
    manual.fire(30_000);
    await settled(el);
  };
  return { el, client, events, tick };
}

/** Lets a refresh answered at once finish, render, and fire its event. */
async function settled(el: CkWarningBadge): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}

describe('<ck-warning-badge> refresh', () => {
  // The runner may load this page in a background tab (hidden): pretend it is shown, as for a reader.
  beforeEach(() => setPageHidden(false));
  afterEach(() => {
    restorePageVisibility();
    unmountAll();
  });

  it('fires ck-warning-change exactly once when the level moves, with the previous level, and not on the first load', async () => {
    const { el, client, events, tick } = await pollingBadge([yellow(), yellow(), red(), red()]);
    expect(events.length).to.equal(0);
    await tick(); // yellow again
    expect(events.length).to.equal(0);
    await tick(); // red
    await tick(); // red again
    expect(client.calls.length).to.equal(4);
    expect(events.length).to.equal(1);
    const [event] = events;
    expect(event!.detail.customerId).to.equal('C1');
    expect(event!.detail.level).to.equal('red');
    expect(event!.detail.previousLevel).to.equal('yellow');
    expect(event!.detail.status.signals[0]!.code).to.equal('bankruptcy');
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(Object.isFrozen(event!.detail)).to.equal(true);
    // Shown before the event is heard.
    expect(el.shadowRoot!.querySelector('[part=label]')!.textContent).to.equal('Red warning');
  });

  it("follows the host's level on refresh", async () => {
    const { el, events, tick } = await pollingBadge([yellow(), orangeByHost()]);
    await tick();
    expect(el.level).to.equal('orange');
    expect(events.map((e) => [e.detail.previousLevel, e.detail.level])).to.deep.equal([['yellow', 'orange']]);
  });

  it('does not poll while the page is hidden, and refreshes once when it shows again', async () => {
    const { el, client, tick } = await pollingBadge([yellow()]);
    expect(client.calls.length).to.equal(1);
    setPageHidden(true);
    await tick();
    await tick();
    await tick();
    expect(client.calls.length).to.equal(1);
    setPageHidden(false);
    expect(client.calls.length).to.equal(2);
    await settled(el);
    // Shown again without a missed tick: nothing to catch up.
    setPageHidden(true);
    setPageHidden(false);
    expect(client.calls.length).to.equal(2);
    await tick();
    expect(client.calls.length).to.equal(3);
  });

  it('stops polling when disconnected, and resumes when connected again', async () => {
    const { el, client } = await pollingBadge([yellow()]);
    const parent = el.parentNode!;
    expect(manual.running).to.equal(1);
    el.remove();
    expect(manual.running).to.equal(0);
    manual.fire(30_000);
    expect(client.calls.length).to.equal(1);
    parent.appendChild(el);
    expect(manual.running).to.equal(1);
    manual.fire(30_000);
    expect(client.calls.length).to.equal(2);
    el.remove();
  });

  it('makes no timer without refresh-interval, and follows a changed interval', async () => {
    const created = manual.created;
    const client = fakeWarningClient([yellow()]);
    const el = await fixture<ManualBadge>(html`<refresh-test-badge .client=${client} customer-id="C1"></refresh-test-badge>`);
    await waitUntil(() => el.ready);
    expect(manual.created).to.equal(created);
    el.refreshInterval = 60;
    await el.updateComplete;
    expect(manual.running).to.equal(1);
    manual.fire(30_000);
    expect(client.calls.length).to.equal(1);
    manual.fire(60_000);
    expect(client.calls.length).to.equal(2);
    el.refreshInterval = 0;
    await el.updateComplete;
    expect(manual.running).to.equal(0);
    el.remove();
  });

  it('shares one real timer between badges with the same interval', async () => {
    const before = sharedRefreshScheduler.timerCount;
    const client = fakeWarningClient([yellow()]);
    const list = mount(
      html`${Array.from({ length: 20 }, (_, i) => html`<ck-warning-badge .client=${client} customer-id=${`C${i}`} refresh-interval="77"></ck-warning-badge>`)}`,
    );
    // The scheduler's module loads with the first badge that refreshes; then all 20 share its one timer.
    await waitUntil(() => sharedRefreshScheduler.timerCount > before, 'the shared timer starts');
    await Promise.resolve();
    expect(sharedRefreshScheduler.timerCount).to.equal(before + 1);
    list.remove();
    expect(sharedRefreshScheduler.timerCount).to.equal(before);
  });

  it('keeps the last level, marked stale, when a refresh fails, without an event or the error badge', async () => {
    const { el, events, tick } = await pollingBadge([yellow(), networkError(), red()]);
    await tick();
    expect(el.stale).to.equal(true);
    expect(el.level).to.equal('yellow');
    expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
    expect(events.length).to.equal(0);
    await tick();
    expect(el.stale).to.equal(false);
    expect(el.level).to.equal('red');
    expect(events.map((e) => e.detail.previousLevel)).to.deep.equal(['yellow']);
  });

  it('keeps the popover open, and focus in it, while a refresh changes its content', async () => {
    const { el, tick } = await pollingBadge([yellow(), red()]);
    await el.open();
    const panel = popoverOf(el);
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    await tick();
    expect(popoverOf(el)).to.equal(panel);
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    expect(el.shadowRoot!.getElementById('popover-heading')!.textContent!.trim()).to.equal('Red warning');
  });

  it('polling retries a failed first load', async () => {
    const client = fakeWarningClient([networkError(), yellow()]);
    const el = await fixture<ManualBadge>(html`<refresh-test-badge .client=${client} customer-id="C1" refresh-interval="30"></refresh-test-badge>`);
    await waitUntil(() => el.error !== undefined);
    manual.fire(30_000);
    await waitUntil(() => el.ready, 'recovered');
    expect(el.level).to.equal('yellow');
  });

  it('fires no event when customer-id moves to another customer', async () => {
    const client = fakeWarningClient([yellow('C1'), red('C2')]);
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id="C1" as-of=${AS_OF}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    let events = 0;
    el.addEventListener('ck-warning-change', () => events++);
    el.customerId = 'C2';
    await waitUntil(() => el.ready && el.level === 'red');
    await el.updateComplete;
    expect(client.calls).to.deep.equal(['C1', 'C2']);
    expect(events).to.equal(0);
  });
});

describe('<ck-warning-badge> given its status by property', () => {
  afterEach(() => unmountAll());
  it('needs no client, and updates in place (no skeleton, focus kept) with an event when the level moves', async () => {
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge as-of=${AS_OF} .warningStatus=${yellow()}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    expect(el.level).to.equal('yellow');
    const button = badgeButton(el);
    button.focus();
    const events: CkWarningChangeEvent[] = [];
    el.addEventListener('ck-warning-change', (e) => events.push(e));
    el.warningStatus = red();
    await el.updateComplete;
    await Promise.resolve();
    expect(el.level).to.equal('red');
    expect(badgeButton(el)).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(events.map((e) => [e.detail.previousLevel, e.detail.level])).to.deep.equal([['yellow', 'red']]);
    el.warningStatus = red();
    await el.updateComplete;
    await Promise.resolve();
    expect(events.length).to.equal(1);
  });

  it('takes a status or a customer-id set just after the badge is appended, without an error', async () => {
    const container = mount(html``);
    let errors = 0;
    container.addEventListener('ck-load-error', () => errors++);
    const byProperty = document.createElement('ck-warning-badge');
    container.append(byProperty);
    byProperty.warningStatus = red();
    const client = fakeWarningClient([yellow('C9')]);
    const byId = document.createElement('ck-warning-badge');
    byId.client = client;
    container.append(byId);
    byId.customerId = 'C9';
    await waitUntil(() => byProperty.ready && byId.ready, 'both ready');
    expect(byProperty.level).to.equal('red');
    expect(byId.level).to.equal('yellow');
    expect(client.calls).to.deep.equal(['C9']);
    expect(errors).to.equal(0);
  });

  it('loads the new customer when customer-id changed while disconnected', async () => {
    const client = fakeWarningClient([yellow('C1'), red('C2')]);
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${client} customer-id="C1" as-of=${AS_OF}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    const parent = el.parentNode!;
    el.remove();
    el.customerId = 'C2';
    await el.updateComplete;
    parent.appendChild(el);
    await waitUntil(() => el.ready && el.level === 'red', 'reloaded');
    expect(client.calls).to.deep.equal(['C1', 'C2']);
  });

  it('evaluates again on another as-of day', async () => {
    const status = warningStatus('C1', [signal('tax-arrears', 'ordinary', { raisedOn: '2026-11-20' })]);
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge as-of="2026-11-19" .warningStatus=${status}></ck-warning-badge>`);
    await waitUntil(() => el.ready);
    expect(el.level).to.equal('none');
    const events: CkWarningChangeEvent[] = [];
    el.addEventListener('ck-warning-change', (e) => events.push(e));
    el.asOf = '2026-11-20';
    await el.updateComplete;
    await Promise.resolve();
    expect(el.level).to.equal('yellow');
    expect(events.map((e) => e.detail.previousLevel)).to.deep.equal(['none']);
  });

  it('shows the compact error for an impossible as-of date', async () => {
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge as-of="2026-02-30" .warningStatus=${yellow()}></ck-warning-badge>`);
    await waitUntil(() => el.error !== undefined);
    expect((el.error as Error).name).to.equal('CreditKitValidationError');
  });

  it('asks for a customer-id or a status when it has neither', async () => {
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge .client=${fakeWarningClient([yellow()])}></ck-warning-badge>`);
    await waitUntil(() => el.error !== undefined);
    expect((el.error as Error).message).to.include('customer-id is required');
  });
});
