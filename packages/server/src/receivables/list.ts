import type { Receivable, ReceivablePage } from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { scopeFilter } from '../auth/scope.js';
import { decodeKeyCursorFull, encodeKeyCursor, queryFingerprint } from './cursor.js';

/** What one `GET /receivables` page asks for. */
export interface ReceivableListQuery {
  readonly principal: Principal;
  readonly customerId?: string | undefined;
  /** Leave out items whose document date is after it. */
  readonly asOf?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit: number;
}

interface ReceivableRow {
  customer_id: string;
  id: string;
  customer_name: string | null;
  document_number: string | null;
  document_date: string;
  due_date: string;
  amount: string;
  currency: string;
  kind: Receivable['kind'] | null;
  disputed: boolean | null;
  salesperson: string | null;
  region: string | null;
  payments: { date: string; amount: string }[] | null;
}

/** A stored row as the contract serves it (optional fields absent rather than null). */
function toWire(row: ReceivableRow): Receivable {
  const item: Receivable = {
    id: row.id,
    customerId: row.customer_id,
    documentDate: row.document_date,
    dueDate: row.due_date,
    amount: row.amount,
    currency: row.currency,
  };
  if (row.customer_name !== null) item.customerName = row.customer_name;
  if (row.document_number !== null) item.documentNumber = row.document_number;
  if (row.kind !== null) item.kind = row.kind;
  if (row.payments !== null) item.payments = row.payments;
  if (row.disputed !== null) item.disputed = row.disputed;
  if (row.salesperson !== null) item.salesperson = row.salesperson;
  if (row.region !== null) item.region = row.region;
  return item;
}

/**
 * One page of `GET /receivables`, as the mock serves it: items in a stable order (by customer, then
 * by id, code-unit order), `asOf` leaving out items dated after it, cursor paging by keyset on
 * (customer, id), `total` counting every match (computed on the first page, then carried in the
 * cursor). Only the principal's customers' items; the caller answers 404 for a `customerId` the
 * principal may not see.
 */
export async function receivablePage(db: Database, query: ReceivableListQuery): Promise<ReceivablePage> {
  const fingerprint = queryFingerprint(`receivables|${query.customerId ?? ''}|${query.asOf ?? ''}`);
  const after = query.cursor ? decodeKeyCursorFull(query.cursor, fingerprint, 2) : null;
  const params: unknown[] = [];
  const conditions = [scopeFilter(query.principal, 'r.customer_id', params)];
  if (query.customerId !== undefined) {
    params.push(query.customerId);
    conditions.push(`r.customer_id = $${params.length}`);
  }
  if (query.asOf !== undefined) {
    params.push(query.asOf);
    conditions.push(`r.document_date <= $${params.length}::date`);
  }
  const filter = conditions.join(' AND ');

  let total = after?.total;
  if (total === undefined) {
    const counted = await db.query<{ n: string }>(`SELECT count(*) AS n FROM receivables r WHERE ${filter}`, params);
    total = Number(counted.rows[0]!.n);
  }

  const pageParams = [...params];
  let keyset = '';
  if (after) {
    pageParams.push(after.key[0], after.key[1]);
    keyset = ` AND (r.customer_id, r.id) > ($${pageParams.length - 1}::text, $${pageParams.length}::text)`;
  }
  pageParams.push(query.limit + 1);
  const { rows } = await db.query<ReceivableRow>(
    `SELECT r.customer_id, r.id, r.customer_name, r.document_number,
            to_char(r.document_date, 'YYYY-MM-DD') AS document_date, to_char(r.due_date, 'YYYY-MM-DD') AS due_date,
            r.amount::text AS amount, r.currency::text AS currency, r.kind, r.disputed, r.salesperson, r.region,
            CASE WHEN r.last_paid_on IS NOT NULL THEN (
              SELECT json_agg(json_build_object('date', to_char(p.paid_on, 'YYYY-MM-DD'), 'amount', p.amount::text) ORDER BY p.line)
              FROM receivable_payments p WHERE p.customer_id = r.customer_id AND p.receivable_id = r.id
            ) END AS payments
     FROM receivables r
     WHERE ${filter}${keyset}
     ORDER BY r.customer_id, r.id
     LIMIT $${pageParams.length}`,
    pageParams,
  );
  const more = rows.length > query.limit;
  const items = (more ? rows.slice(0, query.limit) : rows).map(toWire);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: more && last ? encodeKeyCursor([last.customerId, last.id], fingerprint, total) : null,
    total,
  };
}
