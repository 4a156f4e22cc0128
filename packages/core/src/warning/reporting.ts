import * as z from 'zod/mini';
import { formatIsoDay, parseIsoDay } from '../day-numbers.js';
import { isoDate } from '../dates.js';
import { Decimal, nonNegativeMoneyInput } from '../money.js';
import { parseWith } from '../validate.js';

/**
 * Amount thresholds of the reporting rule (003 公司客户贷款风险预警制度 第十一条(一)1): below the first,
 * report at least 25 days before the due date; from the first (inclusive), 30 days before due or within
 * 2 days of discovery; from the second (inclusive), 30 days before due or within 24 hours.
 */
export const REPORTING_THRESHOLDS = /* @__PURE__ */ Object.freeze({ withinDays: '1000000', withinHours: '5000000' });

/**
 * What is being reported (003 第十一条(一)):
 * - `due-soon` — a loan or receivable due within 30 days expected to go unpaid: the deadline grows with the amount;
 * - `interest-in-arrears` — 贷款欠息: "发生欠息后2日内", at any amount;
 * - `group-member` — a related group member's warning: "上报时间为发现问题后的2日内";
 * - `abnormal-financials` — abnormal financial indicators: "上报时间为发现问题后的2日内";
 * - `major-event` — 重大事项: "一律视红色预警,在24小时内上报".
 */
export const REPORTING_KINDS = ['due-soon', 'interest-in-arrears', 'group-member', 'abnormal-financials', 'major-event'] as const;
export type ReportingKind = (typeof REPORTING_KINDS)[number];

/** Which reporting rule applies. */
export type ReportingRule = 'days-before-due' | 'days-after-discovery' | 'hours-after-discovery';

/** When a warning must be reported. */
export interface ReportingDeadline {
  /** The rule of the leg that decides the deadline. */
  rule: ReportingRule;
  /** Last day to report, `YYYY-MM-DD`; for the 24-hour rule, the day after discovery. */
  reportBy: string;
  /** 25 or 30 for `days-before-due`, 2 for `days-after-discovery`. */
  days?: number;
  /** 24 for `hours-after-discovery`. */
  hours?: number;
  /** The deadline fell before the discovery day: report at once. */
  late: boolean;
}

const DAYS_BEFORE_DUE_SMALL = 25;
const DAYS_BEFORE_DUE_LARGE = 30;
const DAYS_AFTER_DISCOVERY = 2;
const HOURS_AFTER_DISCOVERY = 24;

const inputSchema = /* @__PURE__ */ z
  .object({
    kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(REPORTING_KINDS)),
    amount: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
    discoveredOn: isoDate,
    dueDate: /* @__PURE__ */ z.optional(isoDate),
  })
  .check(
    /* @__PURE__ */ z.superRefine((input, ctx) => {
      if ((input.kind ?? 'due-soon') !== 'due-soon') return;
      if (input.amount === undefined) {
        ctx.issues.push({ code: 'custom', message: 'is required for a due-soon report (the deadline grows with it)', path: ['amount'], input: input.amount });
      } else if (input.dueDate === undefined && nonNegativeMoneyInput.safeParse(input.amount).success && new Decimal(input.amount).lt(REPORTING_THRESHOLDS.withinDays)) {
        ctx.issues.push({
          code: 'custom',
          message: 'is required when the amount is below 1,000,000 (the report is due 25 days before it)',
          path: ['dueDate'],
          input: input.dueDate,
        });
      }
    }),
  );
/** Input of `reportingDeadlineFor`. */
export type ReportingDeadlineInput = z.input<typeof inputSchema>;

/**
 * The reporting deadline of a warning (003 第十一条(一)), calendar days ("within 24 hours" of a discovery
 * on day D ends on D + 1):
 * - `due-soon` (default) by amount: below 1,000,000, at least 25 days before due ("至少在贷款到期前25天");
 *   from 1,000,000 (incl.), "到期前30天或发现风险2日内" — whichever comes first; from 5,000,000 (incl.),
 *   "到期前30天或发现风险24小时内" — whichever comes first. Without a due date only the discovery leg applies.
 * - `interest-in-arrears`, `group-member`, `abnormal-financials`: within 2 days of discovery, any amount.
 * - `major-event`: within 24 hours.
 *
 * Where the two legs fall on one day, the discovery leg is reported. `late` is true when the deadline is
 * before the discovery day (report at once).
 *
 * @throws CreditKitValidationError on malformed input, a missing amount, or a missing due date below 1,000,000
 */
export function reportingDeadlineFor(input: ReportingDeadlineInput): ReportingDeadline {
  const data = parseWith(inputSchema, input, 'reportingDeadline input');
  const discovered = parseIsoDay(data.discoveredOn);
  const afterDays = (): ReportingDeadline => ({ rule: 'days-after-discovery', reportBy: formatIsoDay(discovered + DAYS_AFTER_DISCOVERY), days: DAYS_AFTER_DISCOVERY, late: false });
  const afterHours = (): ReportingDeadline => ({ rule: 'hours-after-discovery', reportBy: formatIsoDay(discovered + 1), hours: HOURS_AFTER_DISCOVERY, late: false });
  const beforeDue = (days: number): ReportingDeadline => {
    const day = parseIsoDay(data.dueDate!) - days;
    return { rule: 'days-before-due', reportBy: formatIsoDay(day), days, late: day < discovered };
  };
  const earlier = (discovery: ReportingDeadline): ReportingDeadline => {
    if (data.dueDate === undefined) return discovery;
    const due = beforeDue(DAYS_BEFORE_DUE_LARGE);
    return parseIsoDay(due.reportBy) < parseIsoDay(discovery.reportBy) ? due : discovery;
  };

  switch (data.kind ?? 'due-soon') {
    case 'major-event':
      return afterHours();
    case 'interest-in-arrears':
    case 'group-member':
    case 'abnormal-financials':
      return afterDays();
    case 'due-soon': {
      const value = new Decimal(data.amount!);
      if (value.gte(REPORTING_THRESHOLDS.withinHours)) return earlier(afterHours());
      if (value.gte(REPORTING_THRESHOLDS.withinDays)) return earlier(afterDays());
      return beforeDue(DAYS_BEFORE_DUE_SMALL);
    }
  }
}

/**
 * The deadline of a `due-soon` report by amount: `reportingDeadlineFor({ amount, discoveredOn, dueDate })`.
 *
 * @param amount - amount at stake, decimal string or number, zero or more
 * @param discoveredOn - day the signal was discovered, `YYYY-MM-DD`
 * @param dueDate - due date of the receivable or loan; required below 1,000,000
 * @throws CreditKitValidationError on a malformed input or a missing due date below 1,000,000
 */
export function reportingDeadline(amount: string | number, discoveredOn: string, dueDate?: string): ReportingDeadline {
  return reportingDeadlineFor({ amount, discoveredOn, ...(dueDate === undefined ? {} : { dueDate }) });
}
