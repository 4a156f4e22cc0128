import type { Database } from '../db/database.js';

/**
 * Results of reads kept for as long as nothing is written (`Database.localWrites` stays put):
 * only where the database belongs to this process (PGlite), so no other process can change what
 * was read. Elsewhere every `get` loads. Least recently used entries go first past `size`.
 */
export class LocalReadCache<V> {
  readonly #entries = new Map<string, V>();
  #writes: number | undefined;

  constructor(
    private readonly db: Database,
    private readonly size: number,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const writes = this.db.localWrites();
    if (writes === undefined) return load();
    if (writes !== this.#writes) {
      this.#entries.clear();
      this.#writes = writes;
    }
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const value = await load();
    // Kept only if nothing was written while it loaded.
    if (this.db.localWrites() === writes) {
      this.#entries.set(key, value);
      if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    }
    return value;
  }
}
