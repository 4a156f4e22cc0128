import type { Database } from '../db/database.js';

/** Moves the ledger's revision on; call as the last statement of a transaction that wrote receivables or customers. */
export async function bumpReceivablesRevision(tx: Database): Promise<void> {
  await tx.query('UPDATE receivables_revision SET revision = revision + 1 WHERE id = 1');
}

/** The committed revision of the ledger (a cache key: it moves with every committed write). */
export async function receivablesRevision(db: Database): Promise<string> {
  const { rows } = await db.query<{ revision: string }>('SELECT revision FROM receivables_revision WHERE id = 1');
  return rows[0]?.revision ?? '0';
}
