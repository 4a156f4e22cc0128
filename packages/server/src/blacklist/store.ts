import type { BlacklistEntry, BlacklistEvent, WarningStatus } from '@credit-kit/core';
import type { Database } from '../db/database.js';
import { compact } from '../store/rows.js';

interface EntryRow { id: string; customer_id: string; customer_name: string | null; status: BlacklistEntry['status']; reason: string; reported_by: string | null }
interface EventRow { entry_id: string; action: BlacklistEvent['action']; actor: string | null; at: string; note: string | null }

/** Blacklist statuses that are an open case, as an SQL list. */
export const OPEN_BLACKLIST_SQL = `('reported', 'listed', 'removal-requested')`;
const OPEN = OPEN_BLACKLIST_SQL;

/** Entries matching `where` (`b` is `blacklist_entries`, `c` its customer), oldest first, each with its history. */
export async function loadBlacklistEntries(db: Database, where: string, params: unknown[], forUpdate = false): Promise<BlacklistEntry[]> {
  const { rows } = await db.query<EntryRow>(
    `SELECT b.id, b.customer_id, c.name AS customer_name, b.status, b.reason, b.reported_by
     FROM blacklist_entries b JOIN customers c ON c.id = b.customer_id WHERE ${where} ORDER BY b.created_at, b.id${forUpdate ? ' FOR UPDATE OF b' : ''}`,
    params,
  );
  if (rows.length === 0) return [];
  const events = await db.query<EventRow>(
    'SELECT entry_id, action, actor, at, note FROM blacklist_events WHERE entry_id = ANY($1::text[]) ORDER BY entry_id, id',
    [rows.map((r) => r.id)],
  );
  const byEntry = new Map<string, BlacklistEvent[]>();
  for (const e of events.rows) {
    const list = byEntry.get(e.entry_id) ?? [];
    list.push(compact({ action: e.action, actor: e.actor, at: e.at, note: e.note }) as BlacklistEvent);
    byEntry.set(e.entry_id, list);
  }
  return rows.map((r) => compact({
    id: r.id, customerId: r.customer_id, customerName: r.customer_name, status: r.status, reason: r.reason, reportedBy: r.reported_by,
    history: byEntry.get(r.id) ?? [],
  }) as BlacklistEntry);
}

/** Inserts a new entry (or a seeded one, with its id and history). */
export async function insertBlacklistEntry(tx: Database, entry: Omit<BlacklistEntry, 'id' | 'customerName'> & { id?: string }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO blacklist_entries (id, customer_id, status, reason, reported_by, created_at)
     VALUES (COALESCE($1, 'BL-' || lpad(nextval('blacklist_entry_number_seq')::text, 4, '0')), $2, $3, $4, $5, $6) RETURNING id`,
    [entry.id ?? null, entry.customerId, entry.status, entry.reason, entry.reportedBy ?? null, entry.history[0]?.at ?? new Date().toISOString()],
  );
  const id = rows[0]!.id;
  for (const e of entry.history) await appendEvent(tx, id, e);
  return id;
}

export async function appendEvent(tx: Database, entryId: string, e: BlacklistEvent): Promise<void> {
  await tx.query('INSERT INTO blacklist_events (entry_id, action, actor, at, note) VALUES ($1, $2, $3, $4, $5)', [
    entryId, e.action, e.actor ?? null, e.at, e.note ?? null,
  ]);
}

/** Writes seeded entries as they are; the id sequence moves past them. Listed ones mark their customer blacklisted. */
export async function writeSeededBlacklist(tx: Database, entries: readonly BlacklistEntry[]): Promise<void> {
  for (const entry of entries) {
    const exists = await tx.query('SELECT 1 FROM blacklist_entries WHERE id = $1', [entry.id]);
    if (exists.rows.length) continue;
    await insertBlacklistEntry(tx, entry);
  }
  await tx.query(`SELECT setval('blacklist_entry_number_seq',
    COALESCE((SELECT max(substring(id FROM 4)::bigint) FROM blacklist_entries WHERE id ~ '^BL-[0-9]+$'), 0) + 1, false)`);
}

/** Each of these customers' open entry, as the warning status carries it (the badge says why). */
export async function openBlacklistOf(db: Database, customerIds: readonly string[]): Promise<Map<string, NonNullable<WarningStatus['blacklist']>>> {
  if (customerIds.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; customer_id: string; status: BlacklistEntry['status']; reason: string }>(
    `SELECT id, customer_id, status, reason FROM blacklist_entries WHERE customer_id = ANY($1::text[]) AND status IN ${OPEN}`,
    [[...customerIds]],
  );
  return new Map(rows.map((r) => [r.customer_id, { entryId: r.id, status: r.status, reason: r.reason }]));
}
