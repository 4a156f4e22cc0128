import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** `packages/server/migrations/`, from `src/db/` and from `dist/db/` alike. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** The migration files (`NNNN_name.sql`), in name order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_.+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { name: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Any constant: every process takes the same lock, so two starting at once apply each file once.
const MIGRATION_LOCK = 7_431_002;

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction,
 * under an advisory lock. Refuses when an applied file has since changed. Returns the names applied.
 */
export async function migrate(db: Database, migrations = listMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(BOOKKEEPING);
  });
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE name = $1', [migration.name]);
      if (rows[0]) {
        if (rows[0].checksum !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied`);
        return;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [migration.name, migration.checksum]);
      applied.push(migration.name);
    });
  }
  return applied;
}

/** Names of the migration files not yet applied (empty: the schema is current). */
export async function pendingMigrations(db: Database, migrations = listMigrations()): Promise<string[]> {
  const { rows } = await db.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return migrations.map((m) => m.name);
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
