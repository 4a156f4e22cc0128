import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { nonNegativeMoneyInput, nonNegativeMoneyString } from '../money-string.js';
import { requiredText, resourceId } from './common.js';
import { WARNING_LEVELS } from './warning-levels.js';

const months = /* @__PURE__ */ z.int({ error: 'must be a whole number of months' }).check(/* @__PURE__ */ z.gte(1, 'must be at least 1 month'), /* @__PURE__ */ z.lte(120, 'must be at most 120 months'));
const wholeDays = /* @__PURE__ */ z.int({ error: 'must be a whole number of days' }).check(/* @__PURE__ */ z.gte(0, 'must be 0 or more'));

/**
 * One review-frequency rule: a profile matching every condition given is reviewed at least every
 * `everyMonths`. The most frequent matching rule wins; no match → `defaultMonths`.
 */
export const reviewRuleSchema = /* @__PURE__ */ z.object({
  /** Stable key, shown as the reason (`new-customer`, `large-exposure`). */
  key: /* @__PURE__ */ requiredText(100),
  /** Established (or in production) less than a year before the as-of date. */
  newCustomer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** Granted limit at or above this amount. */
  minGranted: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  /** The grade (or its base grade) is this one or worse. */
  gradeAtOrBelow: /* @__PURE__ */ z.optional(gradeWire),
  /** Warning level at or above this one. */
  minWarningLevel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(WARNING_LEVELS)),
  everyMonths: months,
});
export type ReviewRule = z.output<typeof reviewRuleSchema>;

/** Review cycles as host policy; `DEFAULT_REVIEW_POLICY` documents the defaults. */
export const reviewPolicySchema = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ requiredText(100),
  rules: /* @__PURE__ */ z.array(reviewRuleSchema),
  /** Months between reviews when no rule matches. */
  defaultMonths: months,
  /**
   * A warning raised pulls the next review forward to at most this many days after it was raised,
   * per level (a level left out does not pull).
   */
  warningPullForwardDays: /* @__PURE__ */ z.partialRecord(/* @__PURE__ */ z.enum(WARNING_LEVELS), wholeDays),
  /** Entries due within this many days appear on the worklist as `due-soon`. */
  dueSoonDays: wholeDays,
});
export type ReviewPolicyInput = z.input<typeof reviewPolicySchema>;
export type ReviewPolicy = z.output<typeof reviewPolicySchema>;

/**
 * Default review cycles (our defaults; the sources say only that limits are recalculated when the
 * customer's information changes): large exposures (granted ≥ 10,000,000) or orange/red warnings
 * monthly, new customers and grades BBB+ and below quarterly, everyone else yearly; a red warning
 * pulls the review to the day it was raised, orange to within 14 days, yellow within 30.
 */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  version: 'default-review-1',
  rules: [
    { key: 'large-exposure', minGranted: '10000000', everyMonths: 1 },
    { key: 'warning', minWarningLevel: 'orange', everyMonths: 1 },
    { key: 'new-customer', newCustomer: true, everyMonths: 3 },
    { key: 'weak-grade', gradeAtOrBelow: 'BBB+', everyMonths: 3 },
  ],
  defaultMonths: 12,
  warningPullForwardDays: { red: 0, orange: 14, yellow: 30 },
  dueSoonDays: 30,
};

/** Why a limit is on the worklist, most urgent first. */
export const REVIEW_STATES = ['expired', 'overdue', 'due', 'due-soon'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** One limit due or overdue for review. */
export const reviewWorklistEntrySchema = /* @__PURE__ */ z.object({
  customerId: resourceId,
  customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  grade: gradeWire,
  granted: nonNegativeMoneyString,
  currency: /* @__PURE__ */ z.string(),
  state: /* @__PURE__ */ z.enum(REVIEW_STATES),
  /** The day the review is due (after any pull-forward by a warning). */
  reviewOn: isoDate,
  validUntil: /* @__PURE__ */ z.optional(isoDate),
  /** Days past `reviewOn` (negative: days left). */
  daysOverdue: /* @__PURE__ */ z.int(),
  /** Months between reviews by the policy, and the rule keys that set it. */
  everyMonths: /* @__PURE__ */ z.int(),
  basis: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** Set when a warning pulled the review forward. */
  pulledForwardBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ level: /* @__PURE__ */ z.enum(WARNING_LEVELS), raisedOn: isoDate })),
});
export type ReviewWorklistEntry = z.output<typeof reviewWorklistEntrySchema>;

/** `GET /reviews/worklist?asOf=`: limits due, overdue or expiring, most urgent first. */
export const reviewWorklistSchema = /* @__PURE__ */ z.object({
  asOf: isoDate,
  policyVersion: /* @__PURE__ */ z.string(),
  items: /* @__PURE__ */ z.array(reviewWorklistEntrySchema),
});
export type ReviewWorklist = z.output<typeof reviewWorklistSchema>;
