import { importOnce } from '../base/load-controller.js';
import type { RefreshScheduler, RefreshSubscription } from './refresh-scheduler.js';

/** A scheduler, or the promise of one while its module loads. */
export type SchedulerSource = RefreshScheduler | Promise<RefreshScheduler>;

let loaded: RefreshScheduler | undefined;
const loadScheduler = /* @__PURE__ */ importOnce(() => import('./refresh-scheduler.js').then((module) => (loaded = module.sharedRefreshScheduler)));

/**
 * The page-wide refresh scheduler. Its module loads with the first badge that refreshes in the
 * background (`refresh-interval`), so a page of badges without one does not download it; once
 * loaded it is given at once. A failed load is forgotten, so the next subscription tries again.
 */
export function sharedScheduler(): SchedulerSource {
  return loaded ?? loadScheduler();
}

/**
 * The badge's background refreshes: a subscription to the shared timer of its interval, and the
 * abort signal of the refresh in flight (a newer load, or leaving the page, aborts it).
 */
export class BackgroundRefresh {
  readonly #scheduler: () => SchedulerSource;
  readonly #tick: () => void;
  readonly #unavailable: () => void;
  /** The interval asked for; its subscription may still wait for the scheduler's module. */
  #ms = 0;
  #subscription?: RefreshSubscription;
  #abort?: AbortController;

  /** `unavailable` is called when the scheduler's module could not load: no refresh will come. */
  constructor(scheduler: () => SchedulerSource, tick: () => void, unavailable: () => void) {
    this.#scheduler = scheduler;
    this.#tick = tick;
    this.#unavailable = unavailable;
  }

  /** Ticks every `ms` on the shared timer of that interval; 0 stops. */
  every(ms: number): void {
    if (this.#ms === ms) return;
    this.#ms = ms;
    this.#subscription?.();
    this.#subscription = undefined;
    if (ms <= 0) return;
    const scheduler = this.#scheduler();
    if (!(scheduler instanceof Promise)) {
      this.#subscription = scheduler.subscribe(ms, this.#tick);
      return;
    }
    scheduler.then(
      (loaded) => {
        // Still wanted, and not subscribed meanwhile by a later call for the same interval.
        if (this.#ms === ms && !this.#subscription) this.#subscription = loaded.subscribe(ms, this.#tick);
      },
      () => {
        if (this.#ms !== ms) return;
        this.#ms = 0;
        this.#unavailable();
      },
    );
  }

  /** The signal of a new background refresh; the one before it is aborted. */
  start(): AbortSignal {
    this.abort();
    this.#abort = new AbortController();
    return this.#abort.signal;
  }

  abort(): void {
    this.#abort?.abort();
  }

  /** No tick before `ms` from now (a 429/503 with Retry-After). */
  holdFor(ms: number): void {
    this.#subscription?.holdFor(ms);
  }
}
