import type { AgingBucketDefinition, AgingReport } from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { scopeFilter } from '../auth/scope.js';
import { decodeKeyCursor, encodeKeyCursor, queryFingerprint } from './cursor.js';
import { SIGN_SQL } from './write.js';

/** Memory for the report's hash aggregation (per query, not per session). */
const AGING_WORK_MEM = '64MB';

/** What one aging page asks for. */
export interface AgingPageQuery {
  /** The as-of date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Completed buckets (core's `completeAgingBuckets` of the policy's). */
  readonly buckets: readonly AgingBucketDefinition[];
  readonly principal: Principal;
  /** `nextCursor` of the previous page, if any. */
  readonly cursor?: string | undefined;
  /** Rows per page. */
  readonly limit: number;
}

/** The lower bounds (minDays) of every bucket after the first, for `width_bucket`. */
function thresholds(buckets: readonly AgingBucketDefinition[]): number[] {
  return buckets.slice(1).map((bucket) => bucket.minDays!);
}

/**
 * The cursor's fingerprint: a cursor from one report is refused by another (other as-of date or
 * buckets) rather than silently skipping rows.
 */
function agingFingerprint(query: AgingPageQuery): string {
  return queryFingerprint(`aging|${query.asOf}|customer|${thresholds(query.buckets).join(',')}`);
}

/**
 * The report's scale, as core computes it: 2, or the most decimal places of any amount or payment
 * among the items in scope. Ledgers past 2 places are rare, so this is a probe of a partial index.
 */
async function reportScale(db: Database, principal: Principal): Promise<number> {
  const params: unknown[] = [];
  const scope = scopeFilter(principal, 'customer_id', params);
  const { rows } = await db.query<{ places: number | null }>(
    `SELECT max(places)::int AS places FROM receivables WHERE places > 2 AND ${scope}`,
    params,
  );
  return Math.max(2, rows[0]?.places ?? 0);
}

/**
 * The SQL of one aging page. The items on the as-of date come from two disjoint sources:
 * - open items settled on or before it (document dated and every payment made by then): their
 *   maintained open amount is the as-of residual — an index-only scan of the open-items index;
 * - items paid after it (`last_paid_on` > as-of, an index range): recomputed from the payments
 *   dated on or before it. Only a past as-of date has any.
 * Items dated after the as-of date are in neither. Open amounts are summed as exact NUMERIC per
 * customer, currency and bucket (`width_bucket` of the days overdue), pivoted into one row per
 * customer and currency, paged by keyset on (customer, currency), and totalled per currency.
 */
function agingSql(bucketCount: number, scopeB: string, scopeR: string): string {
  const bucketSums = Array.from({ length: bucketCount }, (_, k) => `coalesce(sum(amount) FILTER (WHERE bucket = ${k}), 0) AS b${k}`);
  const money = (expr: string) => `round(${expr}, $2::int)::text`;
  const bucketArray = (prefix: string) =>
    `json_build_array(${Array.from({ length: bucketCount }, (_, k) => money(`${prefix}b${k}`)).join(', ')})`;
  const totalBuckets = Array.from({ length: bucketCount }, (_, k) => `sum(b${k}) AS b${k}`);
  return `
WITH items AS (
  SELECT b.customer_id, b.currency, b.due_date, b.open
  FROM receivables b
  WHERE b.open <> 0 AND b.settled_on <= $1::date AND ${scopeB}
  UNION ALL
  SELECT r.customer_id, r.currency, r.due_date, ${SIGN_SQL('r')} * (r.amount - coalesce(p.paid, 0))
  FROM receivables r
  CROSS JOIN LATERAL (
    SELECT sum(p.amount) AS paid FROM receivable_payments p
    WHERE p.customer_id = r.customer_id AND p.receivable_id = r.id AND p.paid_on <= $1::date
  ) p
  WHERE r.last_paid_on > $1::date AND r.document_date <= $1::date AND ${scopeR}
), by_bucket AS (
  SELECT customer_id, currency, width_bucket($1::date - due_date, $3::int[]) AS bucket,
         sum(open) AS amount, min(due_date) AS oldest
  FROM items WHERE open <> 0
  GROUP BY 1, 2, 3
), report_rows AS (
  SELECT customer_id, currency, sum(amount) AS total, min(oldest) AS oldest, ${bucketSums.join(', ')}
  FROM by_bucket GROUP BY 1, 2
), page AS (
  SELECT * FROM report_rows
  WHERE $4::text IS NULL OR (customer_id, currency) > ($4::text, $5::char(3))
  ORDER BY customer_id, currency
  LIMIT $6::int + 1
), totals AS (
  SELECT currency, sum(total) AS total, ${totalBuckets.join(', ')} FROM report_rows GROUP BY currency
)
SELECT json_build_object(
  'totalRows', (SELECT count(*) FROM report_rows),
  'totals', coalesce((SELECT json_agg(json_build_object(
      'currency', t.currency, 'total', ${money('t.total')}, 'overdue', ${money('t.total - t.b0')},
      'buckets', ${bucketArray('t.')}) ORDER BY t.currency) FROM totals t), '[]'::json),
  'rows', coalesce((SELECT json_agg(json_strip_nulls(json_build_object(
      'customerId', p.customer_id, 'customerName', c.name, 'currency', p.currency,
      'total', ${money('p.total')}, 'overdue', ${money('p.total - p.b0')}, 'buckets', ${bucketArray('p.')},
      'oldestDueDate', to_char(p.oldest, 'YYYY-MM-DD'), 'maxDaysOverdue', greatest(0, $1::date - p.oldest),
      'salesperson', c.salesperson, 'region', c.region)) ORDER BY p.customer_id, p.currency)
    FROM page p LEFT JOIN customers c ON c.id = p.customer_id), '[]'::json)
) AS report`;
}

/**
 * One page of `GET /receivables/aging`: rows per customer and currency in customer order, after
 * the cursor's; totals per currency and `totalRows` over the whole report (the principal's
 * customers only, like the rows). Equal to core's `ageReceivables` over the same items (property
 * test `aging.node-test.mjs`).
 */
export async function agingPage(db: Database, query: AgingPageQuery): Promise<AgingReport> {
  const fingerprint = agingFingerprint(query);
  const after = query.cursor ? decodeKeyCursor(query.cursor, fingerprint) : null;
  const scale = await reportScale(db, query.principal);
  const params: unknown[] = [query.asOf, scale, thresholds(query.buckets), after?.[0] ?? null, after?.[1] ?? null, query.limit];
  const scopeB = scopeFilter(query.principal, 'b.customer_id', params);
  const scopeR = scopeFilter(query.principal, 'r.customer_id', params);
  // One aggregation over the ledger: room to hash it in memory, and no JIT compile (which costs
  // more than it saves on a query planned afresh each time).
  const { rows } = await db.transaction(async (tx) => {
    await tx.exec(`SET LOCAL work_mem = '${AGING_WORK_MEM}'; SET LOCAL jit = off`);
    return tx.query<{ report: { totalRows: number; totals: AgingReport['totals']; rows: AgingReport['rows'] } }>(
      agingSql(query.buckets.length, scopeB, scopeR),
      params,
    );
  });
  const report = rows[0]!.report;
  const more = report.rows.length > query.limit;
  const pageRows = more ? report.rows.slice(0, query.limit) : report.rows;
  const last = pageRows[pageRows.length - 1];
  return {
    asOf: query.asOf,
    buckets: query.buckets.map((bucket) => ({ ...bucket })),
    totals: report.totals,
    rows: pageRows,
    nextCursor: more && last ? encodeKeyCursor([last.customerId, last.currency], fingerprint) : null,
    totalRows: Number(report.totalRows),
  };
}

/** Rows of a whole report (every row, no cursor): what a cache keeps. */
export const WHOLE_REPORT_LIMIT = 1_000_000_000;

function compareKey(row: { customerId: string; currency: string }, key: readonly [string, string]): number {
  if (row.customerId !== key[0]) return row.customerId < key[0] ? -1 : 1;
  return row.currency < key[1] ? -1 : row.currency > key[1] ? 1 : 0;
}

/**
 * One page of a whole report computed by `agingPage` with `WHOLE_REPORT_LIMIT`: the same rows,
 * totals and cursors as `agingPage` with the query's cursor and limit would give.
 */
export function pageOfReport(whole: AgingReport, query: AgingPageQuery): AgingReport {
  const fingerprint = agingFingerprint(query);
  const after = query.cursor ? decodeKeyCursor(query.cursor, fingerprint) : null;
  let start = 0;
  if (after) {
    let lo = 0, hi = whole.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKey(whole.rows[mid]!, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const rows = whole.rows.slice(start, start + query.limit);
  const last = rows[rows.length - 1];
  const more = start + query.limit < whole.rows.length;
  return { ...whole, rows, nextCursor: more && last ? encodeKeyCursor([last.customerId, last.currency], fingerprint) : null };
}
