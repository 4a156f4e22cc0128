import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { PG_TYPES, timestampToIso, type Database } from './database.js';

const identity = (text: string) => text;
const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  [PG_TYPES.INT8]: identity,
  [PG_TYPES.NUMERIC]: identity,
  [PG_TYPES.DATE]: identity,
  [PG_TYPES.TIMESTAMP]: identity,
  [PG_TYPES.TIMESTAMPTZ]: timestampToIso,
};
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return TYPE_PARSERS[oid] ?? (pg.types.getTypeParser as (oid: number, format?: string) => (text: string) => unknown)(oid, format);
  },
};

type Client = pg.Pool | pg.PoolClient;

function wrap(client: Client, pool: pg.Pool, inTransaction: boolean): Database {
  const db: Database = {
    kind: 'postgres',
    localWrites: () => undefined,
    async query<T>(sql: string, params?: unknown[]) {
      const result = await client.query({ text: sql, values: params, types } as pg.QueryConfig);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(db);
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await fn(wrap(connection, pool, true));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async copyFrom(sql: string, source: AsyncIterable<string | Uint8Array>) {
      const run = async (connection: pg.PoolClient) => {
        const sink = connection.query(copyFromStdin(sql));
        await pipeline(Readable.from(source), sink);
      };
      if (inTransaction) return run(client as pg.PoolClient);
      const connection = await pool.connect();
      try {
        await run(connection);
      } finally {
        connection.release();
      }
    },
    async close() {
      if (!inTransaction) await pool.end();
    },
  };
  return db;
}

/** A pool on the PostgreSQL at `url`; every session in UTC. */
export async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, options: '-c TimeZone=UTC' });
  // An idle client's connection error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return wrap(pool, pool, false);
}
