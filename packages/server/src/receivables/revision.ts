import type { Database } from '../db/database.js';

/**
 * Writes through this process: an embedded PGlite database belongs to one process, so its
 * readers need not ask the database whether the ledger moved (a query per request saved).
 */
let processWrites = 0;

/** Moves the ledger's revision on; call as the last statement of a transaction that wrote receivables or customers. */
export async function bumpReceivablesRevision(tx: Database): Promise<void> {
  processWrites++;
  await tx.query('UPDATE receivables_revision SET revision = revision + 1 WHERE id = 1');
}

/**
 * A cache key that moves with every committed write: the database's revision (PostgreSQL, shared
 * by every process), or this process's write count (PGlite, which only this process opens).
 */
export async function receivablesRevision(db: Database): Promise<string> {
  if (db.kind === 'pglite') return `process:${processWrites}`;
  const { rows } = await db.query<{ revision: string }>('SELECT revision FROM receivables_revision WHERE id = 1');
  return rows[0]?.revision ?? '0';
}
