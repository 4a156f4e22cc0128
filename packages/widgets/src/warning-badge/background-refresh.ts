import type { RefreshScheduler, RefreshSubscription } from './refresh-scheduler.js';

/**
 * The badge's background refreshes: a subscription to the shared timer of its interval, and the
 * abort signal of the refresh in flight (a newer load, or leaving the page, aborts it).
 */
export class BackgroundRefresh {
  readonly #scheduler: () => RefreshScheduler;
  readonly #tick: () => void;
  #subscription?: { readonly ms: number; readonly cancel: RefreshSubscription };
  #abort?: AbortController;

  constructor(scheduler: () => RefreshScheduler, tick: () => void) {
    this.#scheduler = scheduler;
    this.#tick = tick;
  }

  /** Ticks every `ms` on the shared timer of that interval; 0 stops. */
  every(ms: number): void {
    if ((this.#subscription?.ms ?? 0) === ms) return;
    this.#subscription?.cancel();
    this.#subscription = ms > 0 ? { ms, cancel: this.#scheduler().subscribe(ms, this.#tick) } : undefined;
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
    this.#subscription?.cancel.holdFor(ms);
  }
}
