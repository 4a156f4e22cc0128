import { AbortGroup, raceAbort } from './abort.js';

interface Flight {
  readonly promise: Promise<unknown>;
  readonly group: AbortGroup;
}

/**
 * Shares identical requests while they are in flight: a second caller with the same key joins
 * the first one's promise instead of starting another. Each caller may abort on its own (its
 * promise rejects with its signal's reason); the shared work is aborted only when every caller
 * has, and a caller arriving after that starts afresh.
 */
export class InflightRegistry {
  readonly #flights = new Map<string, Flight>();

  /** Number of requests in flight (for tests and diagnostics). */
  get size(): number {
    return this.#flights.size;
  }

  /**
   * Joins the flight under `key`, or starts one with `start(sharedSignal)`. Callers without a
   * signal receive the shared promise itself.
   */
  run<T>(key: string, start: (signal: AbortSignal) => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    signal?.throwIfAborted();
    let flight = this.#flights.get(key);
    if (!flight) {
      const group = new AbortGroup();
      const created: Flight = { promise: Promise.resolve().then(() => start(group.signal)), group };
      flight = created;
      this.#flights.set(key, created);
      const forget = () => {
        if (this.#flights.get(key) === created) this.#flights.delete(key);
      };
      // Once every caller has aborted, later callers must not join the dying flight.
      group.signal.addEventListener('abort', forget, { once: true });
      created.promise.then(
        () => {
          forget();
          group.dispose();
        },
        () => {
          forget();
          group.dispose();
        },
      );
    }
    flight.group.add(signal);
    return raceAbort(flight.promise as Promise<T>, signal);
  }
}
