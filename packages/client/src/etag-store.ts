/** A validated body remembered with the `ETag` it was served with. */
export interface RememberedBody<T = unknown> {
  readonly etag: string;
  readonly value: T;
}

/**
 * In-memory `ETag` + body per URL, for conditional GETs (`If-None-Match` → 304). Bounded: past
 * `maxEntries` the least recently stored URL is forgotten.
 */
export class EtagStore {
  readonly #entries = new Map<string, RememberedBody>();
  readonly #maxEntries: number;

  constructor(maxEntries = 2000) {
    this.#maxEntries = maxEntries;
  }

  /** The remembered body of `url`, if any. */
  get<T>(url: string): RememberedBody<T> | undefined {
    return this.#entries.get(url) as RememberedBody<T> | undefined;
  }

  /** Remembers `value` as the body of `url` served with `etag`. */
  set(url: string, etag: string, value: unknown): void {
    this.#entries.delete(url);
    this.#entries.set(url, { etag, value });
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
  }
}
