import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CkWarningBadge } from './warning-badge.component.js';
import type { SchedulerSource } from './background-refresh.js';
import { defineWarningBadge } from './warning-badge.js';
import { flakyImport } from '../test-support/flaky-import.js';
import { AS_OF, fakeWarningClient, manualScheduler, restorePageVisibility, setPageHidden, signal, unmountAll, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

const manual = manualScheduler();
const timerImport = flakyImport();
/** A badge whose refresh timer's module fails to load while `timerImport.failing` is true, then loads (the manual timers). */
class FlakyTimerBadge extends CkWarningBadge {
  protected override get refreshScheduler(): SchedulerSource {
    return timerImport.through(() => Promise.resolve(manual.scheduler));
  }
}
customElements.define('flaky-timer-badge', FlakyTimerBadge);

const status = () => warningStatus('C1', [signal('tax-arrears', 'ordinary')]);

describe('<ck-warning-badge> refresh timer loaded with the first refresh-interval', () => {
  // The runner may load this page in a background tab (hidden), where ticks are held back: pretend it is shown.
  beforeEach(() => setPageHidden(false));
  afterEach(() => {
    restorePageVisibility();
    unmountAll();
  });

  it('asks for no timer without refresh-interval', async () => {
    timerImport.loads = 0;
    const el = await fixture<FlakyTimerBadge>(html`<flaky-timer-badge .client=${fakeWarningClient([status()])} customer-id="C1" as-of=${AS_OF}></flaky-timer-badge>`);
    await waitUntil(() => el.ready);
    expect(timerImport.loads).to.equal(0);
    el.remove();
  });

  it('marks the level stale when the timer cannot load, and refreshes once it does', async () => {
    timerImport.failing = true;
    const client = fakeWarningClient([status(), status()]);
    const el = await fixture<FlakyTimerBadge>(html`<flaky-timer-badge .client=${client} customer-id="C1" as-of=${AS_OF} refresh-interval="30"></flaky-timer-badge>`);
    await waitUntil(() => el.ready);
    await waitUntil(() => el.stale, 'no refresh will come: said as stale');
    expect(el.shadowRoot!.querySelector('[part~=badge]')!.classList.contains('stale')).to.equal(true);
    expect(manual.running).to.equal(0);

    // A new interval tries again; this time the timer loads and the badge refreshes on it.
    timerImport.failing = false;
    el.refreshInterval = 45;
    await waitUntil(() => manual.running === 1, 'subscribed once loaded');
    manual.fire(45_000);
    await waitUntil(() => client.calls.length === 2, 'refreshed on the timer');
    await waitUntil(() => !el.stale, 'a good refresh clears the stale mark');
    el.remove();
    expect(manual.running).to.equal(0);
  });
});
