import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDay, parseIsoDay } from '@credit-kit/core';

/**
 * How the aging report reads `receivable_open_months` on one as-of date. A month whose due dates
 * all fall in one bucket counts as a whole at its first day. A month cut by a bucket edge counts as
 * a whole at the first day of its longest run of days in one bucket (`anchor`), and the items due
 * on its other days are moved to their own bucket one by one (`moves`): on a month-end as-of date
 * those are a day or two per edge.
 */
export interface MonthSplits {
  /** Months cut by a bucket edge (`YYYY-MM-01`) and the day each counts at. */
  readonly months: readonly string[];
  readonly anchors: readonly string[];
  /** Day ranges of those months whose items are moved: month, first and last day, the month's anchor. */
  readonly moves: {
    readonly months: readonly string[];
    readonly from: readonly string[];
    readonly to: readonly string[];
    readonly anchors: readonly string[];
  };
}

/**
 * The month splits of an as-of date for buckets starting at `thresholds` days overdue (the
 * `minDays` of every bucket after the first, ascending). An item due on day `due` is
 * `asOf − due` days overdue, so the bucket changes between the days `asOf − t` and `asOf − t + 1`.
 */
export function monthSplits(asOf: string, thresholds: readonly number[]): MonthSplits {
  const asOfDay = parseIsoDay(asOf);
  // Last day before each edge, grouped by the month it lies in (the edge must fall inside it).
  const cutsByMonth = new Map<number, number[]>();
  for (const threshold of thresholds) {
    const last = asOfDay - threshold;
    const { year, month, day } = civilFromDays(last);
    if (day === daysInMonth(year, month)) continue; // the edge is between two months
    const first = daysFromCivil(year, month, 1);
    const cuts = cutsByMonth.get(first) ?? [];
    cuts.push(last);
    cutsByMonth.set(first, cuts);
  }
  const months: string[] = [];
  const anchors: string[] = [];
  const moves = { months: [] as string[], from: [] as string[], to: [] as string[], anchors: [] as string[] };
  for (const [first, cuts] of [...cutsByMonth].sort((a, b) => a[0] - b[0])) {
    const { year, month } = civilFromDays(first);
    const end = first + daysInMonth(year, month) - 1;
    const runs: [number, number][] = [];
    let start = first;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      runs.push([start, cut]);
      start = cut + 1;
    }
    runs.push([start, end]);
    const longest = runs.reduce((best, run) => (run[1] - run[0] > best[1] - best[0] ? run : best));
    const monthText = formatIsoDay(first);
    const anchor = formatIsoDay(longest[0]);
    months.push(monthText);
    anchors.push(anchor);
    for (const run of runs) {
      if (run === longest) continue;
      moves.months.push(monthText);
      moves.from.push(formatIsoDay(run[0]));
      moves.to.push(formatIsoDay(run[1]));
      moves.anchors.push(anchor);
    }
  }
  return { months, anchors, moves };
}
