import { AbortGroup } from './abort.js';

/** Most ids in one batch request (keeps the URL well below common 8 KB limits). */
export const MAX_BATCH_SIZE = 100;

interface Waiter<T> {
  readonly id: string;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
  settled: boolean;
  onAbort?: () => void;
}

interface PendingBatch<T> {
  readonly waiters: Waiter<T>[];
  readonly ids: Set<string>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** How a batcher fetches: several ids at once, or one. */
export interface BatchSource<T> {
  /** Fetches many ids in one request; ids missing from the result are fetched one by one. */
  many(ids: readonly string[], signal: AbortSignal): Promise<ReadonlyMap<string, T>>;
  /** Fetches one id. */
  one(id: string, signal: AbortSignal | undefined): Promise<T>;
}

/**
 * Coalesces lookups made within `windowMs` into batch requests of at most `maxBatchSize` ids
 * (a full batch goes at once). A batch of a single id uses the individual request, which can
 * be revalidated with its ETag. Each caller may abort on its own; the batch request is aborted
 * only when all of its callers have. A `windowMs` of 0 disables batching.
 */
export class Batcher<T> {
  readonly #source: BatchSource<T>;
  readonly #windowMs: number;
  readonly #maxBatchSize: number;
  #pending: PendingBatch<T> | undefined;

  constructor(source: BatchSource<T>, windowMs: number, maxBatchSize = MAX_BATCH_SIZE) {
    this.#source = source;
    this.#windowMs = windowMs;
    this.#maxBatchSize = maxBatchSize;
  }

  /** Looks up `id`, in a batch with the other lookups of the same window. */
  load(id: string, signal: AbortSignal | undefined): Promise<T> {
    if (this.#windowMs <= 0) return this.#source.one(id, signal);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const batch = this.#currentBatch();
      const waiter: Waiter<T> = { id, signal, resolve, reject, settled: false };
      batch.waiters.push(waiter);
      batch.ids.add(id);
      if (signal) {
        waiter.onAbort = () => settle(waiter, () => reject(signal.reason));
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      if (batch.ids.size >= this.#maxBatchSize) this.#flush(batch);
    });
  }

  #currentBatch(): PendingBatch<T> {
    if (!this.#pending) {
      const batch: PendingBatch<T> = { waiters: [], ids: new Set(), timer: undefined };
      batch.timer = setTimeout(() => this.#flush(batch), this.#windowMs);
      this.#pending = batch;
    }
    return this.#pending;
  }

  #flush(batch: PendingBatch<T>): void {
    clearTimeout(batch.timer);
    if (this.#pending === batch) this.#pending = undefined;
    const waiters = batch.waiters.filter((waiter) => !waiter.settled);
    const ids = [...new Set(waiters.map((waiter) => waiter.id))];
    if (ids.length === 0) return;
    if (ids.length === 1) {
      for (const waiter of waiters) this.#loadOne(waiter);
      return;
    }
    const group = new AbortGroup();
    for (const waiter of waiters) group.add(waiter.signal);
    this.#source.many(ids, group.signal).then(
      (found) => {
        group.dispose();
        for (const waiter of waiters) {
          const value = found.get(waiter.id);
          if (value !== undefined) settle(waiter, () => waiter.resolve(value));
          else this.#loadOne(waiter);
        }
      },
      (error: unknown) => {
        group.dispose();
        for (const waiter of waiters) settle(waiter, () => waiter.reject(error));
      },
    );
  }

  #loadOne(waiter: Waiter<T>): void {
    if (waiter.settled) return;
    this.#source.one(waiter.id, waiter.signal).then(
      (value) => settle(waiter, () => waiter.resolve(value)),
      (error: unknown) => settle(waiter, () => waiter.reject(error)),
    );
  }
}

function settle<T>(waiter: Waiter<T>, action: () => void): void {
  if (waiter.settled) return;
  waiter.settled = true;
  if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
  action();
}
