import type { AgingBucketDefinition, AgingReport } from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { scopeFilter } from '../auth/scope.js';
import { decodeKeyCursor, encodeKeyCursor, queryFingerprint } from './cursor.js';
import { monthSplits } from './aging-months.js';
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
 * The SQL of one aging page. Parameters: $1 as-of date, $2 scale, $3 bucket thresholds, $4–$5 the
 * cut months and their anchors, $6–$9 the moved day ranges (`monthSplits`), $10–$11 the keyset
 * cursor, $12 the page size; then the scope's. The report on the as-of date is the sum of:
 * - `receivable_open_months`: every item's open amount after all its payments, a month at a time,
 *   in the bucket of the month's anchor day;
 * - moves: the items due on a cut month's other days, from the anchor's bucket to their own (an
 *   index-only range of the open-items index per customer, currency and month);
 * - corrections for the items settled after the as-of date (`settled_on`, an index range; only a
 *   past as-of date has any): their open amount taken away, and for those dated by then the as-of
 *   residual (the open amount plus the payments made after the as-of date) put back.
 * A row exists while it counts any item with a non-zero as-of amount. Sums are exact NUMERIC,
 * pivoted into one row per customer and currency, paged by keyset on (customer, currency), and
 * totalled per currency. A page row's oldest due date is its first open item settled by the as-of
 * date (an index probe) or a residual item's, whichever is earlier.
 */
function agingSql(bucketCount: number, scope: (column: string) => string): string {
  const bucketSums = Array.from({ length: bucketCount }, (_, k) => `coalesce(sum(open) FILTER (WHERE bucket = ${k}), 0) AS b${k}`);
  const money = (expr: string) => `round(${expr}, $2::int)::text`;
  const bucketArray = (prefix: string) =>
    `json_build_array(${Array.from({ length: bucketCount }, (_, k) => money(`${prefix}b${k}`)).join(', ')})`;
  const totalBuckets = Array.from({ length: bucketCount }, (_, k) => `sum(b${k}) AS b${k}`);
  const bucketOf = (day: string) => `width_bucket($1::date - ${day}, $3::int[])`;
  return `
WITH paid_later AS (
  SELECT p.customer_id, p.receivable_id, sum(p.amount) AS amount FROM receivable_payments p
  WHERE p.paid_on > $1::date AND ${scope('p.customer_id')} GROUP BY 1, 2
), later AS (
  SELECT r.customer_id, r.currency, r.due_date, r.open,
         CASE WHEN r.document_date <= $1::date
              THEN r.open + ${SIGN_SQL('r')} * coalesce(l.amount, 0) ELSE 0 END AS residual
  FROM receivables r LEFT JOIN paid_later l ON l.customer_id = r.customer_id AND l.receivable_id = r.id
  WHERE r.settled_on > $1::date AND ${scope('r.customer_id')}
), moves AS (
  SELECT b.customer_id, b.currency, x.day_from, x.anchor, sum(b.open) AS open
  FROM unnest($6::date[], $7::date[], $8::date[], $9::date[]) AS x(month, day_from, day_to, anchor)
  JOIN receivable_open_months m ON m.month = x.month
  JOIN receivables b ON b.customer_id = m.customer_id AND b.currency = m.currency AND b.due_date BETWEEN x.day_from AND x.day_to
  WHERE b.open <> 0 AND ${scope('m.customer_id')}
  GROUP BY 1, 2, 3, 4
), parts AS (
  SELECT s.customer_id, s.currency, ${bucketOf('coalesce(a.anchor, s.month)')} AS bucket, sum(s.open) AS open, sum(s.items) AS items
  FROM receivable_open_months s LEFT JOIN unnest($4::date[], $5::date[]) AS a(month, anchor) ON a.month = s.month
  WHERE ${scope('s.customer_id')}
  GROUP BY 1, 2, 3
  UNION ALL
  SELECT customer_id, currency, ${bucketOf('day_from')}, open, 0 FROM moves
  UNION ALL
  SELECT customer_id, currency, ${bucketOf('anchor')}, -open, 0 FROM moves
  UNION ALL
  SELECT customer_id, currency, ${bucketOf('due_date')}, sum(residual - open),
         count(*) FILTER (WHERE residual <> 0) - count(*) FILTER (WHERE open <> 0)
  FROM later GROUP BY 1, 2, 3
), report_rows AS (
  SELECT customer_id, currency, sum(open) AS total, ${bucketSums.join(', ')}
  FROM parts GROUP BY 1, 2 HAVING sum(items) > 0
), page AS (
  SELECT * FROM report_rows
  WHERE $10::text IS NULL OR (customer_id, currency) > ($10::text, $11::char(3))
  ORDER BY customer_id, currency
  LIMIT $12::int + 1
), later_oldest AS (
  SELECT customer_id, currency, min(due_date) AS oldest FROM later WHERE residual <> 0 GROUP BY 1, 2
), page_oldest AS (
  SELECT p.*, least(lo.oldest, (
    SELECT b.due_date FROM receivables b
    WHERE b.customer_id = p.customer_id AND b.currency = p.currency AND b.open <> 0 AND b.settled_on <= $1::date
    ORDER BY b.due_date LIMIT 1)) AS oldest
  FROM page p LEFT JOIN later_oldest lo ON lo.customer_id = p.customer_id AND lo.currency = p.currency
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
    FROM page_oldest p LEFT JOIN customers c ON c.id = p.customer_id), '[]'::json)
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
  const limits = thresholds(query.buckets);
  const splits = monthSplits(query.asOf, limits);
  const params: unknown[] = [
    query.asOf, scale, limits, splits.months, splits.anchors,
    splits.moves.months, splits.moves.from, splits.moves.to, splits.moves.anchors,
    after?.[0] ?? null, after?.[1] ?? null, query.limit,
  ];
  // Each use of the principal's scope appends its own parameter.
  const scope = (column: string) => scopeFilter(query.principal, column, params);
  // One aggregation over the ledger: room to hash it in memory, and no JIT compile (which costs
  // more than it saves on a query planned afresh each time).
  const { rows } = await db.transaction(async (tx) => {
    await tx.exec(`SET LOCAL work_mem = '${AGING_WORK_MEM}'; SET LOCAL jit = off`);
    return tx.query<{ report: { totalRows: number; totals: AgingReport['totals']; rows: AgingReport['rows'] } }>(
      agingSql(query.buckets.length, scope),
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
