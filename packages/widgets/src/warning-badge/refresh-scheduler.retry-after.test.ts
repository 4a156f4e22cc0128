import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ApiError } from '@credit-kit/client';
import type { WarningStatus } from '@credit-kit/core';
import { CkWarningBadge } from './warning-badge.component.js';
import { RefreshScheduler, type SchedulerEnvironment } from './refresh-scheduler.js';
import { defineWarningBadge } from './warning-badge.js';
import { AS_OF, fakeWarningClient, manualScheduler, restorePageVisibility, setPageHidden, signal, unmountAll, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

/** Manual timers and a manual clock. */
function environment() {
  const timers = new Map<number, { ms: number; callback: () => void }>();
  let id = 0;
  let time = 1_000_000;
  const env: SchedulerEnvironment = {
    setInterval(callback, ms) {
      timers.set(++id, { ms, callback });
      return id;
    },
    clearInterval(handle) {
      timers.delete(handle as number);
    },
    now: () => time,
    document: undefined,
  };
  return {
    env,
    fire(ms: number) {
      for (const timer of [...timers.values()]) if (timer.ms === ms) timer.callback();
    },
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('RefreshScheduler holdFor (Retry-After, issue 16 §3)', () => {
  it("skips one subscriber's ticks until the hold has passed, and only that subscriber's", () => {
    const t = environment();
    const scheduler = new RefreshScheduler(t.env);
    const calls: string[] = [];
    const held = scheduler.subscribe(1_000, () => calls.push('held'));
    scheduler.subscribe(1_000, () => calls.push('other'));
    held.holdFor(86_400_000);
    t.fire(1_000);
    t.advance(86_399_999);
    t.fire(1_000);
    expect(calls).to.deep.equal(['other', 'other']);
    t.advance(1);
    t.fire(1_000);
    expect(calls).to.deep.equal(['other', 'other', 'held', 'other']);
  });

  it('keeps the longer of two holds and ignores nonsense', () => {
    const t = environment();
    const scheduler = new RefreshScheduler(t.env);
    let calls = 0;
    const sub = scheduler.subscribe(1_000, () => calls++);
    sub.holdFor(5_000);
    sub.holdFor(2_000);
    sub.holdFor(Number.NaN);
    sub.holdFor(-1);
    t.advance(4_999);
    t.fire(1_000);
    expect(calls).to.equal(0);
    t.advance(1);
    t.fire(1_000);
    expect(calls).to.equal(1);
  });
});

const manual = manualScheduler();
class RetryAfterBadge extends CkWarningBadge {
  protected override get refreshScheduler() {
    return manual.scheduler;
  }
}
customElements.define('retry-after-test-badge', RetryAfterBadge);

afterEach(() => unmountAll());

/** Lets a refresh answered at once finish and render. */
async function settled(el: CkWarningBadge): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}

describe('<ck-warning-badge> background refresh honours Retry-After', () => {
  // The runner may load this page in a background tab (hidden), where ticks are held back: pretend it is shown.
  beforeEach(() => setPageHidden(false));
  afterEach(() => restorePageVisibility());
  const yellow: WarningStatus = warningStatus('C1', [signal('tax-arrears', 'ordinary')]);
  const red: WarningStatus = warningStatus('C1', [signal('bankruptcy', 'severe')]);

  for (const status of [429, 503]) {
    it(`waits the Retry-After of a ${status} before the next refresh`, async () => {
      const busy = new ApiError('GET /customers/{id}/warning', status, { status }, 86_400_000);
      const client = fakeWarningClient([yellow, busy, red]);
      const el = await fixture<RetryAfterBadge>(
        html`<retry-after-test-badge .client=${client} customer-id="C1" as-of=${AS_OF} refresh-interval="1"></retry-after-test-badge>`,
      );
      await waitUntil(() => el.ready, 'first load');
      manual.fire(1_000);
      await settled(el);
      expect(client.calls).to.have.length(2);
      expect(el.stale).to.equal(true);
      // Ticks for a day less a millisecond: no request.
      for (let i = 0; i < 2; i++) {
        manual.advance(28_800_000);
        manual.fire(1_000);
        await settled(el);
      }
      manual.advance(86_400_000 - 2 * 28_800_000 - 1);
      manual.fire(1_000);
      await settled(el);
      expect(client.calls).to.have.length(2);
      manual.advance(1);
      manual.fire(1_000);
      await settled(el);
      expect(client.calls).to.have.length(3);
      expect(el.level).to.equal('red');
      expect(el.stale).to.equal(false);
    });
  }
});
