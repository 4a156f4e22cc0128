/** A response kept for replay. */
export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

type Entry = { readonly fingerprint: string; response?: StoredResponse; expiresAt: number };

/** What an idempotency key means for a new request. */
export type IdempotencyLookup =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'in-flight' }
  | { readonly kind: 'mismatch' };

/** Bounds of the store: how many keys, for how long. */
export interface IdempotencyLimits {
  /** Keys remembered; past it the least recently used is forgotten. */
  readonly maxKeys: number;
  /** How long a key is remembered after it was last used, in ms. */
  readonly ttlMs: number;
  /** The clock, in ms since the epoch. */
  readonly now: () => number;
}

/**
 * `Idempotency-Key` bookkeeping (as in the IETF draft): the first request with a key runs and its
 * response is kept; a later one with the same key and the same body gets that response again; the
 * same key with another body is refused (422), as is one arriving while the first is still being
 * processed (409). Failed requests (4xx) release their key, so a corrected retry can use it.
 * Bounded: a key is forgotten `ttlMs` after its last use, and past `maxKeys` the least recently
 * used goes first, so a flood of keys cannot grow the store without end.
 */
export class IdempotencyStore {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, Entry>();
  private readonly limits: IdempotencyLimits;

  constructor(limits: Partial<IdempotencyLimits> = {}) {
    this.limits = { maxKeys: limits.maxKeys ?? 10_000, ttlMs: limits.ttlMs ?? 24 * 60 * 60 * 1000, now: limits.now ?? Date.now };
  }

  /** Keys remembered now. */
  get size(): number {
    this.expire();
    return this.entries.size;
  }

  /** What `key` means for a request whose body has `fingerprint`. */
  lookup(key: string, fingerprint: string): IdempotencyLookup {
    this.expire();
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'new' };
    this.touch(key, entry);
    if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
    return entry.response ? { kind: 'replay', response: entry.response } : { kind: 'in-flight' };
  }

  /** Marks `key` as being processed. */
  begin(key: string, fingerprint: string): void {
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, expiresAt: this.limits.now() + this.limits.ttlMs });
    while (this.entries.size > this.limits.maxKeys) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Keeps the response of `key` for replays. */
  complete(key: string, response: StoredResponse): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.response = response;
      this.touch(key, entry);
    }
  }

  /** Forgets `key` (its request failed). */
  release(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  private touch(key: string, entry: Entry): void {
    entry.expiresAt = this.limits.now() + this.limits.ttlMs;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /** Drops expired keys; the oldest-used come first, so it stops at the first live one. */
  private expire(): void {
    const now = this.limits.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
    }
  }
}
