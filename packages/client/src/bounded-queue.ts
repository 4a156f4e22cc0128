/**
 * A bounded hand-over between producers (page fetchers) and one consumer (an async generator):
 * `push` never blocks, producers wait for `room()` before starting more work, and the consumer's
 * `take()` settles with the next value, the end, or the first failure.
 */
export class BoundedQueue<T> {
  readonly #capacity: number;
  readonly #values: T[] = [];
  #failure: { error: unknown } | undefined;
  #ended = false;
  #taker: (() => void) | undefined;
  readonly #roomWaiters: (() => void)[] = [];

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** Adds a value for the consumer. */
  push(value: T): void {
    this.#values.push(value);
    this.#wakeTaker();
  }

  /** Resolves when fewer than `capacity` values wait (at once if so). */
  room(): Promise<void> {
    if (this.#values.length < this.#capacity || this.#failure || this.#ended) return Promise.resolve();
    return new Promise((resolve) => this.#roomWaiters.push(resolve));
  }

  /** No more values will come. */
  end(): void {
    this.#ended = true;
    this.#wakeTaker();
  }

  /** The walk failed: the consumer gets `error` after nothing else (values still waiting are dropped). */
  fail(error: unknown): void {
    this.#failure ??= { error };
    this.#wakeTaker();
    this.#wakeRoom();
  }

  /** The next value, or `done` once ended and drained; rejects with the first failure. */
  async take(): Promise<{ done: false; value: T } | { done: true }> {
    for (;;) {
      if (this.#failure) throw this.#failure.error;
      if (this.#values.length > 0) {
        const value = this.#values.shift()!;
        this.#wakeRoom();
        return { done: false, value };
      }
      if (this.#ended) return { done: true };
      await new Promise<void>((resolve) => (this.#taker = resolve));
    }
  }

  #wakeTaker(): void {
    const taker = this.#taker;
    this.#taker = undefined;
    taker?.();
  }

  #wakeRoom(): void {
    while (this.#roomWaiters.length > 0 && (this.#values.length < this.#capacity || this.#failure)) this.#roomWaiters.shift()!();
  }
}
