/** Throws the signal's reason (a DOMException `AbortError` by default) when it has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason;
}

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts, whichever
 * comes first. The promise itself keeps running (see `AbortGroup` for stopping shared work).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits `ms` milliseconds; rejects with `signal.reason` if the signal aborts first. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A signal for work shared by several callers: it aborts only once every member has aborted.
 * A member without a signal can never abort, so it keeps the work alive. Call `dispose()` when
 * the work settles, so long-lived caller signals do not collect listeners.
 */
export class AbortGroup {
  readonly #controller = new AbortController();
  readonly #members = new Map<AbortSignal, () => void>();
  #pinned = false;

  /** The signal to hand to the shared work. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Adds a caller; the group aborts, with this caller's reason, when it was the last live one. */
  add(signal: AbortSignal | undefined): void {
    if (!signal) {
      this.#pinned = true;
      return;
    }
    if (signal.aborted || this.#members.has(signal)) return;
    const onAbort = () => {
      this.#members.delete(signal);
      if (this.#members.size === 0 && !this.#pinned) this.#controller.abort(signal.reason);
    };
    this.#members.set(signal, onAbort);
    signal.addEventListener('abort', onAbort, { once: true });
  }

  /** Stops listening to the members' signals. */
  dispose(): void {
    for (const [signal, onAbort] of this.#members) signal.removeEventListener('abort', onAbort);
    this.#members.clear();
  }
}
