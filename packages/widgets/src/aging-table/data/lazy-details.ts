/**
 * Per-customer details fetched only for the rows on screen (credit profiles, warning statuses):
 * each id fetched once and cached, at most `concurrency` requests at a time, a failure remembered
 * as such (the cell shows "not known") until `clear()`.
 */
export class LazyDetails<T> {
  private readonly cache = new Map<string, T | Error>();
  private readonly queued: string[] = [];
  private readonly queuedSet = new Set<string>();
  private running = 0;
  private abort = new AbortController();

  constructor(
    private readonly fetchOne: (id: string, signal: AbortSignal) => Promise<T>,
    private readonly onChange: () => void,
    private readonly concurrency = 6,
  ) {}

  /** The detail of `id`: the value, an `Error` if fetching failed, or `undefined` while unknown. */
  get(id: string): T | Error | undefined {
    return this.cache.get(id);
  }

  /** Whether `id` is waiting or being fetched. */
  pending(id: string): boolean {
    return this.queuedSet.has(id);
  }

  /** Fetches the ids not known yet, most recent request first. */
  request(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.cache.has(id) || this.queuedSet.has(id)) continue;
      this.queuedSet.add(id);
      this.queued.push(id);
    }
    this.pump();
  }

  /** Forgets everything and cancels requests in flight. */
  clear(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.cache.clear();
    this.queued.length = 0;
    this.queuedSet.clear();
    this.running = 0;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queued.length > 0) {
      const id = this.queued.shift()!;
      const signal = this.abort.signal;
      this.running++;
      this.fetchOne(id, signal).then(
        (value) => this.settle(id, value, signal),
        (error: unknown) => this.settle(id, error instanceof Error ? error : new Error(String(error)), signal),
      );
    }
  }

  private settle(id: string, value: T | Error, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.running--;
    this.queuedSet.delete(id);
    this.cache.set(id, value);
    this.onChange();
    this.pump();
  }
}
