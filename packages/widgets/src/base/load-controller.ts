import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CkLoadErrorEvent, CkReadyEvent } from './events.js';

/** Where a load stands: not started (or abandoned on disconnect), running, done, failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What `LoadController.render` draws for each status (missing ones draw nothing). */
export interface LoadRenderers<R, T> {
  idle?: () => T;
  loading?: () => T;
  ready?: (value: R) => T;
  error?: (error: unknown) => T;
}

export interface LoadControllerOptions<A extends readonly unknown[], R> {
  /** The work: must honour `signal` (a fresh one per run, aborted when a newer run starts or the host leaves the page). */
  readonly task: (args: A, signal: AbortSignal) => Promise<R>;
  /** The task's arguments, read before each host update; a run is due when one of them changes (`!==`). Default none. */
  readonly args?: () => A;
  /** Runs by itself on the first update and whenever `args` change. Default true; false runs only on `run()`. */
  readonly autoRun?: boolean;
  /**
   * Dispatches `ck-ready` after a run's result is drawn and `ck-load-error` (with `describe(error)`
   * as its message) when a run fails. For an element's main load; other loads stay quiet.
   */
  readonly announce?: { readonly describe: (error: unknown) => string };
}

type Host = ReactiveControllerHost & HTMLElement;

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * One asynchronous load of a host element, like `@lit/task`'s `Task`: its arguments, a fresh
 * `AbortSignal` per run (a newer run aborts the older, so a stale answer is never shown), a
 * `status` the host renders (`render({ loading, ready, error })`), `retry()`, and `taskComplete`, a
 * promise that settles once the current run has ended and the host has drawn the outcome. An
 * element may own several (its data, a lazily fetched detail, a submission).
 */
export class LoadController<A extends readonly unknown[] = [], R = void> implements ReactiveController {
  private readonly host: Host;
  private readonly options: LoadControllerOptions<A, R>;
  private lastArgs?: A;
  private abort?: AbortController;
  private due: boolean;
  private completion?: { promise: Promise<R>; resolve: (value: R) => void; reject: (error: unknown) => void };
  private currentStatus: LoadStatus = 'idle';
  private currentValue?: R;
  private currentError: unknown;

  constructor(host: Host, options: LoadControllerOptions<A, R>) {
    this.host = host;
    this.options = options;
    this.due = options.autoRun !== false;
    host.addController(this);
  }

  get status(): LoadStatus {
    return this.currentStatus;
  }

  /** The last run's result (kept while a newer run loads). */
  get value(): R | undefined {
    return this.currentValue;
  }

  /** The last run's error, while `status` is `error`. */
  get error(): unknown {
    return this.currentStatus === 'error' ? this.currentError : undefined;
  }

  /**
   * Settles once the current (or next due) run has ended and the host has drawn its outcome:
   * resolves with the value, rejects with the error. A run superseded by a newer one hands over to it.
   */
  get taskComplete(): Promise<R> {
    if (this.currentStatus === 'ready' && !this.due) return Promise.resolve(this.currentValue as R);
    if (this.currentStatus === 'error' && !this.due) return Promise.reject(this.currentError);
    return this.pendingCompletion().promise;
  }

  /** Starts a run now (with `args`, else the current arguments); resolves when it has ended, never rejects. */
  async run(args?: A): Promise<void> {
    const runArgs = args ?? this.options.args?.() ?? ([] as unknown as A);
    this.lastArgs = runArgs;
    this.due = false;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.pendingCompletion();
    this.currentStatus = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.options.task(runArgs, abort.signal);
      if (abort.signal.aborted) return;
      this.currentValue = value;
      this.currentStatus = 'ready';
      this.currentError = undefined;
      this.host.requestUpdate();
      await this.host.updateComplete;
      if (abort !== this.abort) return;
      const completion = this.completion;
      this.completion = undefined;
      completion?.resolve(value);
      if (this.options.announce) this.host.dispatchEvent(new CkReadyEvent());
    } catch (error) {
      if (!abort.signal.aborted) this.fail(error);
    }
  }

  /**
   * Shows `error` as this load's outcome without a run (a background refresh failed): status
   * `error`, and `ck-load-error` when the controller announces.
   */
  fail(error: unknown): void {
    this.abort?.abort();
    this.currentStatus = 'error';
    this.currentError = error;
    this.host.requestUpdate();
    const completion = this.completion;
    this.completion = undefined;
    completion?.reject(error);
    if (this.options.announce) this.host.dispatchEvent(new CkLoadErrorEvent({ error, message: this.options.announce.describe(error) }));
  }

  /** Runs again with the same arguments (the error panel's Retry). */
  retry(): Promise<void> {
    return this.run(this.lastArgs);
  }

  /** Stops the current run; its result will not be used. */
  abortRun(): void {
    if (this.currentStatus !== 'loading') return;
    this.abort?.abort();
    this.currentStatus = 'idle';
  }

  /** Draws the renderer for the current status. */
  render<T>(renderers: LoadRenderers<R, T>): T | undefined {
    switch (this.currentStatus) {
      case 'idle':
        return renderers.idle?.();
      case 'loading':
        return renderers.loading?.();
      case 'ready':
        return renderers.ready?.(this.currentValue as R);
      case 'error':
        return renderers.error?.(this.currentError);
    }
  }

  /** Marks a run as due at the next update (e.g. a property the task reads changed). */
  requestRun(): void {
    this.due = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Loading starts in the next update, not here: a host (React, Angular, a script) often sets
    // data or a client right after inserting the element, in the same task.
    if (this.options.autoRun !== false && (this.currentStatus === 'idle' || this.currentStatus === 'loading')) this.requestRun();
  }

  hostDisconnected(): void {
    this.abortRun();
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    if (this.options.autoRun === false) {
      if (this.due) void this.run();
      return;
    }
    const args = this.options.args?.() ?? ([] as unknown as A);
    if (this.due || !sameArgs(this.lastArgs, args)) void this.run(args);
  }

  private pendingCompletion() {
    if (!this.completion) {
      let resolve!: (value: R) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<R>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // Nobody may be waiting: a failed run must not be reported as unhandled.
      promise.catch(() => undefined);
      this.completion = { promise, resolve, reject };
    }
    return this.completion;
  }
}

/**
 * `load`, called at most once at a time per page: every caller gets the same promise, and a failed
 * load is forgotten, so the next call tries again (the code a widget imports on demand).
 */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
