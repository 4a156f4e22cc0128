import type { CreditApplication, CreditApplicationInput } from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { canSeeCustomer, scopeFilter, visibleCustomers } from '../auth/scope.js';
import { compact } from './rows.js';

export interface ApplicationRow {
  id: string; number: string; customer_id: string | null; status: CreditApplication['status']; submitted_at: string;
  submitted_by: string; input: CreditApplicationInput; decision: CreditApplication['decision'] | null;
}
interface EventRow { application_id: string; status: CreditApplication['status']; actor: string; at: string; note: string | null }

const APPLICATION_COLUMNS = 'id, number, customer_id, status, submitted_at, submitted_by, input, decision';

/** Whether the principal may see this application: its customer is in scope, or the principal submitted it. */
export function canSeeApplication(principal: Principal, row: Pick<ApplicationRow, 'customer_id' | 'submitted_by'>): boolean {
  if (row.submitted_by === principal.subject) return true;
  if (row.customer_id === null) return visibleCustomers(principal) === null;
  return canSeeCustomer(principal, row.customer_id);
}

/** The SQL condition for the applications the principal may see (`a` is `credit_applications`). */
export function applicationScope(principal: Principal, params: unknown[]): string {
  const customers = scopeFilter(principal, 'a.customer_id', params);
  if (customers === 'TRUE') return 'TRUE';
  params.push(principal.subject);
  return `(${customers} OR a.submitted_by = $${params.length})`;
}

async function withHistory(db: Database, rows: ApplicationRow[]): Promise<CreditApplication[]> {
  if (rows.length === 0) return [];
  const events = await db.query<EventRow>(
    'SELECT application_id, status, actor, at, note FROM application_events WHERE application_id = ANY($1::text[]) ORDER BY application_id, id',
    [rows.map((r) => r.id)],
  );
  const byApplication = new Map<string, CreditApplication['history']>();
  for (const e of events.rows) {
    const list = byApplication.get(e.application_id) ?? [];
    list.push(compact({ status: e.status, actor: e.actor, at: e.at, note: e.note }) as CreditApplication['history'][number]);
    byApplication.set(e.application_id, list);
  }
  return rows.map((row) =>
    compact({
      id: row.id, number: row.number, status: row.status, customerId: row.customer_id, submittedAt: row.submitted_at,
      request: row.input.request, decision: row.decision, history: byApplication.get(row.id) ?? [],
    }) as CreditApplication,
  );
}

/** The application row with this id (locked `FOR UPDATE` when asked, inside a transaction). */
export async function findApplicationRow(db: Database, id: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  const { rows } = await db.query<ApplicationRow>(`SELECT ${APPLICATION_COLUMNS} FROM credit_applications WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0];
}

export async function toApplication(db: Database, row: ApplicationRow): Promise<CreditApplication> {
  return (await withHistory(db, [row]))[0]!;
}

/** Applications matching `where` (`a` is `credit_applications`), newest first. */
export async function listApplications(db: Database, where: string, params: unknown[], limit: number): Promise<CreditApplication[]> {
  params.push(limit);
  const { rows } = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM credit_applications a WHERE ${where} ORDER BY a.submitted_at DESC, a.id DESC LIMIT $${params.length}`,
    params,
  );
  return withHistory(db, rows);
}

/** Inserts a submitted application and its first audit entry; the id and number come from one sequence. */
export async function insertApplication(
  tx: Database, input: CreditApplicationInput, customerId: string | null, actor: string,
): Promise<ApplicationRow> {
  const { rows } = await tx.query<ApplicationRow>(
    `WITH seq AS (SELECT nextval('credit_application_number_seq') AS n, date_trunc('second', now()) AS at)
     INSERT INTO credit_applications (id, number, customer_id, status, submitted_at, submitted_by, amount, currency, term_days, input)
     SELECT 'A' || lpad(n::text, 6, '0'), 'CA-' || to_char(at, 'YYYY') || '-' || lpad(n::text, 6, '0'), $1, 'submitted', at, $2, $3, $4, $5, $6
     FROM seq RETURNING ${APPLICATION_COLUMNS}`,
    [customerId, actor, input.request.amount, input.request.currency, input.request.termDays, JSON.stringify(input)],
  );
  const row = rows[0]!;
  await tx.query(`INSERT INTO application_events (application_id, status, actor, at) VALUES ($1, 'submitted', $2, $3)`, [row.id, actor, row.submitted_at]);
  return row;
}
