/** A response kept for replay. */
export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

type Entry = { readonly fingerprint: string; response?: StoredResponse };

/** What an idempotency key means for a new request. */
export type IdempotencyLookup =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'in-flight' }
  | { readonly kind: 'mismatch' };

/**
 * `Idempotency-Key` bookkeeping (as in the IETF draft): the first request with a key runs and its
 * response is kept; a later one with the same key and the same body gets that response again; the
 * same key with another body is refused (422), as is one arriving while the first is still being
 * processed (409). Failed requests (4xx) release their key, so a corrected retry can use it.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  /** What `key` means for a request whose body has `fingerprint`. */
  lookup(key: string, fingerprint: string): IdempotencyLookup {
    const entry = this.entries.get(key);
    if (!entry) return { kind: 'new' };
    if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
    return entry.response ? { kind: 'replay', response: entry.response } : { kind: 'in-flight' };
  }

  /** Marks `key` as being processed. */
  begin(key: string, fingerprint: string): void {
    this.entries.set(key, { fingerprint });
  }

  /** Keeps the response of `key` for replays. */
  complete(key: string, response: StoredResponse): void {
    const entry = this.entries.get(key);
    if (entry) entry.response = response;
  }

  /** Forgets `key` (its request failed). */
  release(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
