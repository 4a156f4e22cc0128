import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { PG_TYPES, timestampToIso, type Database } from './database.js';

const identity = (text: string) => text;
const PARSERS = {
  [PG_TYPES.INT8]: identity,
  [PG_TYPES.NUMERIC]: identity,
  [PG_TYPES.DATE]: identity,
  [PG_TYPES.TIMESTAMP]: identity,
  [PG_TYPES.TIMESTAMPTZ]: timestampToIso,
};

/** Bytes of COPY text per blob on PGlite by default: big enough to amortise a statement, small enough to bound memory. */
const COPY_BLOB_BYTES = 8 * 1024 * 1024;

const endsLine = (chunk: string | Uint8Array) =>
  typeof chunk === 'string' ? chunk.endsWith('\n') : chunk.length > 0 && chunk[chunk.length - 1] === 0x0a;

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

/** Statements that never write (a `SET` changes only the session or the transaction). */
const READ_ONLY = /^\s*(SELECT|SHOW|EXPLAIN|SET|RESET)\b/i;

/**
 * Whether every statement of `sql` is read-only. Conservative: a `;` inside a literal splits a
 * statement wrongly, which can only count a read as a write.
 */
function readsOnly(sql: string): boolean {
  return sql.split(';').every((statement) => statement.trim() === '' || READ_ONLY.test(statement));
}

/** Writing statements sent through one PGlite database (`Database.localWrites`). */
interface WriteCounter {
  count: number;
}

function wrap(target: Queryable, pglite: PGlite, inTransaction: boolean, blobBytes: number, writes: WriteCounter): Database {
  const counted = (sql: string) => {
    if (!readsOnly(sql)) writes.count++;
  };
  const db: Database = {
    kind: 'pglite',
    localWrites: () => writes.count,
    async query<T>(sql: string, params?: unknown[]) {
      counted(sql);
      const result = await target.query<T>(sql, params, { parsers: PARSERS });
      return { rows: result.rows };
    },
    async exec(sql: string) {
      counted(sql);
      await target.exec(sql);
    },
    async copyFrom(sql: string, source: AsyncIterable<string | Uint8Array>) {
      // PGlite has no COPY … FROM STDIN stream: the same COPY reads a Blob as the file '/dev/blob'.
      // The source is cut into blobs of about `blobBytes` at line ends (whole rows), so memory
      // stays bounded and a row never straddles two COPYs.
      const fromBlob = sql.replace(/\bFROM\s+STDIN\b/i, "FROM '/dev/blob'");
      writes.count++;
      let parts: (string | Uint8Array)[] = [];
      let size = 0;
      const flush = async () => {
        if (size === 0) return;
        await target.query(fromBlob, [], { blob: new Blob(parts as BlobPart[]) });
        parts = [];
        size = 0;
      };
      for await (const chunk of source) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= blobBytes && endsLine(chunk)) await flush();
      }
      await flush();
    },
    async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(db);
      const before = writes.count;
      try {
        return await pglite.transaction((tx) => fn(wrap(tx, pglite, true, blobBytes, writes)));
      } finally {
        // Moved again once the writes are committed (or rolled back): a read cached while the
        // transaction was open is never taken for the state after it.
        if (writes.count !== before) writes.count++;
      }
    },
    async close() {
      if (!inTransaction) await pglite.close();
    },
  };
  return db;
}

/** Embedded PGlite in `dataDir`, or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir: string | undefined, blobBytes = COPY_BLOB_BYTES): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // No replication from an embedded database, so WAL at its minimal level: a table truncated in a
  // transaction (the bulk first load of receivables) is then written without WAL and synced at commit.
  const startParams = [...PGlite.defaultStartParams, '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0'];
  const pglite = await PGlite.create(dataDir ? { dataDir, startParams } : { startParams });
  // The import stages a whole file in a temporary table. With PostgreSQL's 8 MB of temp buffers
  // a million-row stage is evicted page by page into the WASM file system (COPY three times slower
  // per row at 300,000 rows than at 100,000); buffers are allocated only as used. This must be set
  // before the session's first temporary table.
  await pglite.exec(`SET TIME ZONE 'UTC'; SET temp_buffers = '1GB'`);
  return wrap(pglite, pglite, false, blobBytes, { count: 0 });
}
