import { expect } from '@open-wc/testing';
import { MIN_REFRESH_SECONDS, refreshIntervalMs } from './refresh-interval.js';
import { RefreshScheduler, type SchedulerEnvironment } from './refresh-scheduler.js';

/** Manual timers and a page whose visibility the test sets. */
function environment() {
  const timers = new Map<number, { ms: number; callback: () => void }>();
  const listeners = new Set<() => void>();
  let id = 0;
  let created = 0;
  const page = { hidden: false };
  const env: SchedulerEnvironment = {
    setInterval(callback, ms) {
      created++;
      timers.set(++id, { ms, callback });
      return id;
    },
    clearInterval(handle) {
      timers.delete(handle as number);
    },
    document: {
      get hidden() {
        return page.hidden;
      },
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    } as unknown as SchedulerEnvironment['document'],
  };
  return {
    env,
    timers,
    listeners,
    get created() {
      return created;
    },
    fire(ms: number) {
      for (const timer of [...timers.values()]) if (timer.ms === ms) timer.callback();
    },
    setHidden(hidden: boolean) {
      page.hidden = hidden;
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('refreshIntervalMs', () => {
  it('turns seconds into milliseconds, 0 meaning no polling, with a floor of one second', () => {
    expect(refreshIntervalMs(30)).to.equal(30_000);
    expect(refreshIntervalMs(2.5)).to.equal(2_500);
    expect(refreshIntervalMs(0)).to.equal(0);
    expect(refreshIntervalMs(-5)).to.equal(0);
    expect(refreshIntervalMs(Number.NaN)).to.equal(0);
    expect(refreshIntervalMs(undefined)).to.equal(0);
    expect(refreshIntervalMs(Number.POSITIVE_INFINITY)).to.equal(0);
    expect(MIN_REFRESH_SECONDS).to.equal(1);
    expect(refreshIntervalMs(0.01)).to.equal(1_000);
  });
});

describe('RefreshScheduler', () => {
  it('runs one timer per distinct interval, shared by all its subscribers', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    const calls: string[] = [];
    const stops = Array.from({ length: 500 }, (_, i) => scheduler.subscribe(30_000, () => calls.push(`a${i}`)));
    scheduler.subscribe(60_000, () => calls.push('slow'));
    expect(page.created).to.equal(2);
    expect(scheduler.timerCount).to.equal(2);
    page.fire(30_000);
    expect(calls.length).to.equal(500);
    expect(calls).not.to.include('slow');
    page.fire(60_000);
    expect(calls.at(-1)).to.equal('slow');
    for (const stop of stops) stop();
    expect(scheduler.timerCount).to.equal(1);
    expect([...page.timers.values()].map((t) => t.ms)).to.deep.equal([60_000]);
  });

  it('subscribes to nothing for an interval of 0', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    const stop = scheduler.subscribe(0, () => expect.fail('never called'));
    expect(page.created).to.equal(0);
    stop();
    expect(page.listeners.size).to.equal(0);
  });

  it('stops its timer and its visibility listener when the last subscriber leaves, and may restart', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    let calls = 0;
    const stop = scheduler.subscribe(5_000, () => calls++);
    expect(page.listeners.size).to.equal(1);
    stop();
    stop(); // harmless twice
    expect(page.timers.size).to.equal(0);
    expect(page.listeners.size).to.equal(0);
    page.fire(5_000);
    expect(calls).to.equal(0);
    scheduler.subscribe(5_000, () => calls++);
    page.fire(5_000);
    expect(calls).to.equal(1);
  });

  it('skips ticks while the page is hidden and catches up once when it shows again', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    let fast = 0;
    let slow = 0;
    scheduler.subscribe(10_000, () => fast++);
    scheduler.subscribe(60_000, () => slow++);
    page.setHidden(true);
    page.fire(10_000);
    page.fire(10_000);
    page.fire(10_000);
    expect(fast).to.equal(0);
    page.setHidden(false);
    // Three ticks missed: one refresh, not three. The slow group missed none: no refresh.
    expect(fast).to.equal(1);
    expect(slow).to.equal(0);
    page.setHidden(true);
    page.setHidden(false);
    expect(fast).to.equal(1);
  });

  it('restarts the interval from the catch-up refresh', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    scheduler.subscribe(10_000, () => {});
    page.setHidden(true);
    page.fire(10_000);
    const before = page.created;
    page.setHidden(false);
    expect(page.created).to.equal(before + 1);
    expect(page.timers.size).to.equal(1);
  });

  it('keeps refreshing the others when one subscriber throws or unsubscribes during a tick', () => {
    const page = environment();
    const scheduler = new RefreshScheduler(page.env);
    const seen: number[] = [];
    const originalError = console.error;
    console.error = () => {};
    try {
      let stopSecond = () => {};
      scheduler.subscribe(1_000, () => {
        seen.push(1);
        stopSecond();
        throw new Error('boom');
      });
      stopSecond = scheduler.subscribe(1_000, () => seen.push(2));
      scheduler.subscribe(1_000, () => seen.push(3));
      page.fire(1_000);
      // 2 unsubscribed during the tick but was in the tick's snapshot.
      expect(seen).to.deep.equal([1, 2, 3]);
      page.fire(1_000);
      expect(seen).to.deep.equal([1, 2, 3, 1, 3]);
    } finally {
      console.error = originalError;
    }
  });
});
