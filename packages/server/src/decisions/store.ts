import type { Decision, LimitRequest, LimitRequestInput } from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { scopeFilter } from '../auth/scope.js';
import { compact } from '../store/rows.js';

export interface LimitRequestRow {
  id: string; number: string; customer_id: string; status: LimitRequest['status']; requested_by: string; submitted_at: string;
  current_limit: string | null; input: LimitRequestInput; decision: Decision | null;
}
interface EventRow { limit_request_id: string; status: LimitRequest['status']; actor: string; at: string; note: string | null }

const COLUMNS = 'id, number, customer_id, status, requested_by, submitted_at, current_limit, input, decision';

/** The rows as the contract's documents, each with its audit trail from `limit_request_events`. */
export async function withHistory(db: Database, rows: readonly LimitRequestRow[]): Promise<LimitRequest[]> {
  if (rows.length === 0) return [];
  const events = await db.query<EventRow>(
    'SELECT limit_request_id, status, actor, at, note FROM limit_request_events WHERE limit_request_id = ANY($1::text[]) ORDER BY limit_request_id, id',
    [rows.map((r) => r.id)],
  );
  const byRequest = new Map<string, LimitRequest['history']>();
  for (const e of events.rows) {
    const list = byRequest.get(e.limit_request_id) ?? [];
    list.push(compact({ status: e.status, actor: e.actor, at: e.at, note: e.note }) as LimitRequest['history'][number]);
    byRequest.set(e.limit_request_id, list);
  }
  return rows.map((row) =>
    compact({
      ...row.input, id: row.id, number: row.number, customerId: row.customer_id, status: row.status, requestedBy: row.requested_by,
      submittedAt: row.submitted_at, currentLimit: row.current_limit, decision: row.decision, history: byRequest.get(row.id) ?? [],
    }) as LimitRequest,
  );
}

/** The limit request with this id, if the principal may see its customer (locked `FOR UPDATE` when asked). */
export async function findLimitRequest(db: Database, principal: Principal, id: string, forUpdate = false): Promise<LimitRequest | undefined> {
  const params: unknown[] = [id];
  const scope = scopeFilter(principal, 'customer_id', params);
  const { rows } = await db.query<LimitRequestRow>(`SELECT ${COLUMNS} FROM limit_requests WHERE id = $1 AND ${scope}${forUpdate ? ' FOR UPDATE' : ''}`, params);
  return (await withHistory(db, rows))[0];
}

/** The principal's limit requests (`customerId`, `status` optional filters), newest first. */
export async function listLimitRequests(
  db: Database, principal: Principal, filter: { customerId?: string; status?: string }, limit: number,
): Promise<LimitRequest[]> {
  const params: unknown[] = [];
  let where = scopeFilter(principal, 'customer_id', params);
  if (filter.customerId !== undefined) {
    params.push(filter.customerId);
    where += ` AND customer_id = $${params.length}`;
  }
  if (filter.status !== undefined) {
    params.push(filter.status);
    where += ` AND status = $${params.length}`;
  }
  params.push(limit);
  const { rows } = await db.query<LimitRequestRow>(
    `SELECT ${COLUMNS} FROM limit_requests WHERE ${where} ORDER BY submitted_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return withHistory(db, rows);
}

/** Inserts a submitted limit request and its first audit entry; id and number come from one sequence. */
export async function insertLimitRequest(tx: Database, input: LimitRequestInput, actor: string, currentLimit: string | null): Promise<LimitRequest> {
  const { rows } = await tx.query<LimitRequestRow>(
    `WITH seq AS (SELECT nextval('limit_request_number_seq') AS n, date_trunc('second', now()) AS at)
     INSERT INTO limit_requests (id, number, customer_id, kind, amount, currency, status, requested_by, submitted_at, current_limit, input)
     SELECT 'LR' || lpad(n::text, 6, '0'), 'LR-' || to_char(at, 'YYYY') || '-' || lpad(n::text, 6, '0'), $1, $2, $3, $4, 'submitted', $5, at, $6, $7
     FROM seq RETURNING ${COLUMNS}`,
    [input.customerId, input.kind, input.amount, input.currency, actor, currentLimit, JSON.stringify(input)],
  );
  const row = rows[0]!;
  await tx.query(`INSERT INTO limit_request_events (limit_request_id, status, actor, at) VALUES ($1, 'submitted', $2, $3)`, [row.id, actor, row.submitted_at]);
  return (await withHistory(tx, [row]))[0]!;
}

/** Writes limit requests as they are (the demo seed): ids, numbers and audit trails kept; the sequence moves past them. */
export async function writeSeededLimitRequests(tx: Database, requests: readonly LimitRequest[]): Promise<void> {
  for (const r of requests) {
    const { id: _id, number: _n, status: _s, requestedBy: _b, submittedAt: _a, currentLimit: _c, decision: _d, history: _h, ...input } = r;
    const inserted = await tx.query(
      `INSERT INTO limit_requests (id, number, customer_id, kind, amount, currency, status, requested_by, submitted_at, current_limit, input, decision)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [r.id, r.number, r.customerId, r.kind, r.amount, r.currency, r.status, r.requestedBy, r.submittedAt, r.currentLimit ?? null,
        JSON.stringify(input), r.decision ? JSON.stringify(r.decision) : null],
    );
    if (inserted.rows.length === 0) continue;
    for (const e of r.history) {
      await tx.query('INSERT INTO limit_request_events (limit_request_id, status, actor, at, note) VALUES ($1,$2,$3,$4,$5)', [r.id, e.status, e.actor, e.at, e.note ?? null]);
    }
  }
  await tx.query(`SELECT setval('limit_request_number_seq',
    COALESCE((SELECT max(substring(id FROM 3)::bigint) FROM limit_requests WHERE id ~ '^LR[0-9]+$'), 0) + 1, false)`);
}
