// Shared by the receivables and import node tests and by bench/server: where the built server is,
// a throwaway PostgreSQL cluster from the server's test harness (test/postgres.mjs), and the check
// that the month totals are in step with the items.
import assert from 'node:assert/strict';
import { postgresUnavailable, startPostgres } from '../../test/postgres.mjs';

/** The built package (tests import the build); `CK_SERVER_MODULE` points elsewhere for a dev bundle. */
export const SERVER_MODULE = process.env.CK_SERVER_MODULE ?? new URL('../../dist/index.js', import.meta.url).href;

/**
 * A throwaway PostgreSQL cluster `{ url, stop }`, or the one-line reason it cannot run here
 * (under CI=true a missing PostgreSQL throws instead: CI must not skip).
 */
export async function startTestPostgres() {
  const reason = postgresUnavailable();
  if (reason) return reason;
  return startPostgres();
}

/** `receivable_open_months` equals the open items summed per customer, currency and due month. */
export async function assertOpenMonthsInStep(db, message = 'the open months are the open items summed by due month') {
  const { rows } = await db.query(
    `SELECT coalesce(json_agg(d), '[]'::json) AS differences FROM (
       (SELECT customer_id, currency, month, open, items FROM receivable_open_months
        EXCEPT ALL
        SELECT customer_id, currency, date_trunc('month', due_date)::date, sum(open), count(*)::int FROM receivables WHERE open <> 0 GROUP BY 1, 2, 3)
       UNION ALL
       (SELECT customer_id, currency, date_trunc('month', due_date)::date, sum(open), count(*)::int FROM receivables WHERE open <> 0 GROUP BY 1, 2, 3
        EXCEPT ALL
        SELECT customer_id, currency, month, open, items FROM receivable_open_months)
     ) d`,
  );
  assert.deepEqual(rows[0].differences, [], message);
}

