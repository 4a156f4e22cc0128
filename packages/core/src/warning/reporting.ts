import * as z from 'zod/mini';
import { formatIsoDay, isoDate, parseIsoDay } from '../dates.js';
import { Decimal, nonNegativeMoneyInput } from '../money.js';
import { parseWith } from '../validate.js';

/**
 * Amount thresholds of the reporting rule (domain.md §5): below the first, report at least
 * 25 days before the due date; from the first, within 2 days of discovery; from the second, within
 * 24 hours.
 */
export const REPORTING_THRESHOLDS = Object.freeze({ withinDays: '1000000', withinHours: '5000000' });

/** Which reporting rule applies to an amount. */
export type ReportingRule = 'days-before-due' | 'days-after-discovery' | 'hours-after-discovery';

/** When a warning must be reported. */
export interface ReportingDeadline {
  /** The rule the amount falls under. */
  rule: ReportingRule;
  /** Last day to report, `YYYY-MM-DD`; for the 24-hour rule, the day after discovery. */
  reportBy: string;
  /** 25 for `days-before-due`, 2 for `days-after-discovery`. */
  days?: number;
  /** 24 for `hours-after-discovery`. */
  hours?: number;
  /** The deadline fell before the discovery day (due date under 25 days away): report at once. */
  late: boolean;
}

const DAYS_BEFORE_DUE = 25;
const DAYS_AFTER_DISCOVERY = 2;
const HOURS_AFTER_DISCOVERY = 24;

const inputSchema = z
  .object({ amount: nonNegativeMoneyInput, discoveredOn: isoDate, dueDate: z.optional(isoDate) })
  .check(
    z.superRefine((input, ctx) => {
      if (input.dueDate === undefined && new Decimal(input.amount).lt(REPORTING_THRESHOLDS.withinDays)) {
        ctx.issues.push({
          code: 'custom',
          message: 'is required when the amount is below 1,000,000 (the report is due 25 days before it)',
          path: ['dueDate'],
          input: input.dueDate,
        });
      }
    }),
  );

/**
 * The reporting deadline of a warning by the amount at stake (domain.md §5): below 1,000,000, at
 * least 25 days before the due date; from 1,000,000, within 2 days of discovery; from 5,000,000,
 * within 24 hours. Dates are calendar days, so "within 24 hours" of a discovery on day D ends on D + 1.
 *
 * @param amount - amount at stake, decimal string or number, zero or more
 * @param discoveredOn - day the signal was discovered, `YYYY-MM-DD`
 * @param dueDate - due date of the receivable or loan; required below 1,000,000
 * @throws CreditKitValidationError on a malformed input or a missing due date below 1,000,000
 */
export function reportingDeadline(amount: string | number, discoveredOn: string, dueDate?: string): ReportingDeadline {
  const input = parseWith(inputSchema, { amount, discoveredOn, dueDate }, 'reportingDeadline input');
  const value = new Decimal(input.amount);
  const discovered = parseIsoDay(input.discoveredOn);
  if (value.gte(REPORTING_THRESHOLDS.withinHours)) {
    return { rule: 'hours-after-discovery', reportBy: formatIsoDay(discovered + 1), hours: HOURS_AFTER_DISCOVERY, late: false };
  }
  if (value.gte(REPORTING_THRESHOLDS.withinDays)) {
    return { rule: 'days-after-discovery', reportBy: formatIsoDay(discovered + DAYS_AFTER_DISCOVERY), days: DAYS_AFTER_DISCOVERY, late: false };
  }
  const reportBy = parseIsoDay(input.dueDate!) - DAYS_BEFORE_DUE;
  return { rule: 'days-before-due', reportBy: formatIsoDay(reportBy), days: DAYS_BEFORE_DUE, late: reportBy < discovered };
}
