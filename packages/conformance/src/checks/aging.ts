import { Decimal, agingReportSchema, todayIso, type AgingReport } from '@credit-kit/core';
import type { CheckContext } from './context.js';
import { walkCursorPages } from './pages.js';

const EP = 'GET /receivables/aging';
type Bucket = AgingReport['buckets'][number];

const sum = (amounts: readonly string[]) => amounts.reduce((s, a) => s.plus(a), new Decimal(0));
/** Whether a bucket counts as overdue (starts at day 1 or later), as not due (ends at day 0 or before), or neither is known. */
const overdueBucket = (b: Bucket): boolean | undefined =>
  b.minDays !== undefined && b.minDays >= 1 ? true : b.maxDays !== undefined && b.maxDays <= 0 ? false : undefined;

/**
 * Walks the aging report to its end and checks sums where the faults hide: every row's buckets add
 * up to its total and its overdue buckets to `overdue` (on every page, not only the first), the
 * totals add up the same way and are the same on every page, and when the walk ends, the rows of a
 * currency add up to that currency's totals.
 */
export async function checkAgingReport(ctx: CheckContext): Promise<void> {
  const { rec } = ctx;
  const asOf = todayIso();
  const first = await ctx.get(`/receivables/aging?asOf=${asOf}&groupBy=customer&limit=${ctx.pageSize}`);
  if (!rec.status(EP, first, 200)) return;
  const report = rec.schema(EP, first, agingReportSchema, 'first page');
  if (!report) return;
  rec.check(EP, 'is as of the date asked for', report.asOf === asOf, `asOf ${report.asOf}`);
  const firstTotals = JSON.stringify(report.totals);
  const overdueKnown = report.buckets.every((b) => overdueBucket(b) !== undefined);

  const { pages, ended } = await walkCursorPages<AgingReport>(ctx, {
    endpoint: EP,
    path: (cursor) => `/receivables/aging?asOf=${asOf}&groupBy=customer&limit=${ctx.pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    schema: agingReportSchema,
    items: (page) => page.rows,
    key: (row) => `${(row as { customerId: string }).customerId}|${(row as { currency: string }).currency}`,
    nextCursor: (page) => page.nextCursor,
    total: (page) => page.totalRows,
    inspect: (page) => {
      const problems: string[] = [];
      if (JSON.stringify(page.totals) !== firstTotals) problems.push('`totals` differ from the first page\'s');
      const currencies = new Set(page.totals.map((t) => t.currency));
      for (const t of page.totals) {
        if (t.buckets.length !== page.buckets.length) problems.push(`${t.currency} has ${t.buckets.length} bucket totals for ${page.buckets.length} buckets`);
        else if (!sum(t.buckets).eq(t.total)) problems.push(`${t.currency} bucket totals sum to ${sum(t.buckets).toFixed()}, total ${t.total}`);
      }
      for (const row of page.rows) {
        const who = `row ${row.customerId} ${row.currency}`;
        if (!currencies.has(row.currency)) problems.push(`${who}: currency without totals`);
        if (row.buckets.length !== page.buckets.length) {
          problems.push(`${who}: ${row.buckets.length} amounts for ${page.buckets.length} buckets`);
          continue;
        }
        if (!sum(row.buckets).eq(row.total)) problems.push(`${who}: buckets sum to ${sum(row.buckets).toFixed()}, total ${row.total}`);
        if (overdueKnown) {
          const overdue = sum(row.buckets.filter((_, i) => overdueBucket(page.buckets[i]!)));
          if (!overdue.eq(row.overdue)) problems.push(`${who}: overdue buckets sum to ${overdue.toFixed()}, overdue ${row.overdue}`);
        }
      }
      return problems;
    },
  });
  if (!ended || pages.length === 0) return;
  const failures: string[] = [];
  for (const t of report.totals) {
    const rows = pages.flatMap((p) => p.rows).filter((r) => r.currency === t.currency);
    const total = sum(rows.map((r) => r.total));
    if (!total.eq(t.total)) failures.push(`${t.currency} rows sum to ${total.toFixed()}, totals say ${t.total}`);
    t.buckets.forEach((amount, i) => {
      const bucket = sum(rows.map((r) => r.buckets[i] ?? '0'));
      if (!bucket.eq(amount)) failures.push(`${t.currency} bucket ${i + 1} rows sum to ${bucket.toFixed()}, totals say ${amount}`);
    });
  }
  rec.all(EP, 'the rows of every page add up to `totals`', failures);
}
