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

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(target: Queryable, pglite: PGlite, inTransaction: boolean): Database {
  const db: Database = {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await target.query<T>(sql, params, { parsers: PARSERS });
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
    async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(db);
      return pglite.transaction((tx) => fn(wrap(tx, pglite, true)));
    },
    async close() {
      if (!inTransaction) await pglite.close();
    },
  };
  return db;
}

/** Embedded PGlite in `dataDir`, or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  await pglite.exec(`SET TIME ZONE 'UTC'`);
  return wrap(pglite, pglite, false);
}
