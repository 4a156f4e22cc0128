/**
 * One database interface over two engines: embedded PGlite (PostgreSQL compiled to WASM) and a real
 * PostgreSQL through a `pg` pool. Both run the same SQL and return values the same way:
 * NUMERIC, DATE and INT8 as their exact text (`"1234.50"`, `"2026-11-25"`, `"42"`), TIMESTAMPTZ as
 * an ISO-8601 string in UTC, JSON/JSONB parsed. Sessions run in UTC.
 */
export interface Database {
  /** One statement with `$1…` parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  readonly kind: 'pglite' | 'postgres';
  /**
   * How many writing statements this process has sent, when the database is this process's alone
   * (PGlite: a process-local read cache may keep results until it moves); `undefined` when other
   * processes may write too (PostgreSQL).
   */
  localWrites(): number | undefined;
  /**
   * `COPY … FROM STDIN` from `source` (COPY text, whole lines per chunk): streamed on PostgreSQL; on
   * PGlite as a few COPYs from blobs of whole lines (`FROM '/dev/blob'`).
   */
  copyFrom(sql: string, source: AsyncIterable<string | Uint8Array>): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…`: a real PostgreSQL through a pool. Without it, embedded PGlite. */
  url?: string;
  /** PGlite data directory (default `./.credit-kit-data`). */
  dataDir?: string;
  /** PGlite in memory: nothing kept after `close()`. */
  memory?: boolean;
  /**
   * PGlite: bytes of COPY text per blob in `copyFrom` (default 8 MiB). Smaller bounds memory
   * further; tests use it to cut a small file into many COPYs.
   */
  copyBlobBytes?: number;
  /** Pool size on PostgreSQL (default 10). */
  poolSize?: number;
}

export const DEFAULT_DATA_DIR = './.credit-kit-data';

/** PostgreSQL type OIDs whose wire text the adapters pass through or normalise. */
export const PG_TYPES = { INT8: 20, JSON: 114, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184, JSONB: 3802 } as const;

/** `2026-11-25 08:30:00.123+00` → `2026-11-25T08:30:00.123Z`. */
export function timestampToIso(text: string): string {
  const date = new Date(text.includes('T') ? text : text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** Opens the database the options name. Does not migrate: see `migrate()`. */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  if (opts.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(opts.url, opts.poolSize ?? 10);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(opts.memory ? undefined : (opts.dataDir ?? DEFAULT_DATA_DIR), opts.copyBlobBytes);
}
