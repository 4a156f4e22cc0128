import * as z from 'zod/mini';
import { parseIsoDay } from '../day-numbers.js';
import { isoDate } from '../dates.js';
import { compareGrades, gradeSchema } from '../grades.js';
import { roundDecimal } from '../decimal-arithmetic.js';
import { compareDecimalStrings as compare } from '../decimal-string.js';
import { nonNegativeMoneyInput } from '../money-string.js';
import {
  DEFAULT_REVIEW_POLICY,
  REVIEW_STATES,
  reviewPolicySchema,
  type ReviewPolicy,
  type ReviewPolicyInput,
  type ReviewWorklist,
  type ReviewWorklistEntry,
} from '../schemas/review.js';
import { WARNING_LEVELS, type WarningLevel } from '../schemas/warning-levels.js';
import { parseWith } from '../validate.js';
import { addDays, addMonths, earlierDate } from './calendar.js';

/** What the review cycle looks at: a credit profile, plus what the host knows of the customer. */
export const reviewCandidateSchema = /* @__PURE__ */ z.object({
  customerId: /* @__PURE__ */ z.string(),
  customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  grade: gradeSchema,
  granted: nonNegativeMoneyInput,
  currency: /* @__PURE__ */ z.string(),
  /** The last rating: the cycle runs from it when no `nextReviewOn` was set. */
  ratedOn: isoDate,
  validUntil: /* @__PURE__ */ z.optional(isoDate),
  nextReviewOn: /* @__PURE__ */ z.optional(isoDate),
  /** Established or in production less than a year (e.g. `computeCreditLimit(...).newCompany`). */
  newCustomer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** The current warning, and the day it was raised (the earliest active signal's `raisedOn`). */
  warning: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ level: /* @__PURE__ */ z.enum(WARNING_LEVELS), raisedOn: /* @__PURE__ */ z.optional(isoDate) })),
});
export type ReviewCandidateInput = z.input<typeof reviewCandidateSchema>;

/** When a limit comes up for review, and why. */
export interface ReviewSchedule {
  /** Months between reviews under the policy. */
  readonly everyMonths: number;
  /** Keys of the rules that set `everyMonths` (empty: `defaultMonths`). */
  readonly basis: string[];
  /** The review day after any pull-forward. */
  readonly reviewOn: string;
  /** Set when a raised warning pulled the review forward. */
  readonly pulledForwardBy?: { readonly level: WarningLevel; readonly raisedOn: string };
}

const levelRank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);

function parsePolicy(policy: ReviewPolicyInput | undefined): ReviewPolicy {
  return parseWith(z.object({ policy: reviewPolicySchema }), { policy: policy ?? DEFAULT_REVIEW_POLICY }, 'review policy').policy;
}

/**
 * Months between reviews: the most frequent rule whose every condition matches (new customer;
 * granted ≥ `minGranted`; grade at or below `gradeAtOrBelow`; warning at or above `minWarningLevel`),
 * else `defaultMonths`. Ties list every rule that gives the same number.
 */
export function reviewFrequency(
  candidate: Pick<ReviewCandidateInput, 'grade' | 'granted' | 'newCustomer' | 'warning'>,
  policy?: ReviewPolicyInput,
): { everyMonths: number; basis: string[] } {
  const rules = parsePolicy(policy);
  const c = parseWith(z.pick(reviewCandidateSchema, { grade: true, granted: true, newCustomer: true, warning: true }), candidate, 'review candidate');
  const matching = rules.rules.filter(
    (rule) =>
      (rule.newCustomer === undefined || rule.newCustomer === (c.newCustomer ?? false)) &&
      (rule.minGranted === undefined || compare(c.granted, rule.minGranted) >= 0) &&
      (rule.gradeAtOrBelow === undefined || compareGrades(c.grade, rule.gradeAtOrBelow) >= 0) &&
      (rule.minWarningLevel === undefined || levelRank(c.warning?.level ?? 'none') >= levelRank(rule.minWarningLevel)),
  );
  if (matching.length === 0) return { everyMonths: rules.defaultMonths, basis: [] };
  const everyMonths = Math.min(...matching.map((r) => r.everyMonths));
  return { everyMonths, basis: matching.filter((r) => r.everyMonths === everyMonths).map((r) => r.key) };
}

/**
 * The review day of a limit: the earliest of its `nextReviewOn`, `ratedOn` + the policy's cycle, and
 * — when a warning was raised — `raisedOn` + the level's `warningPullForwardDays`.
 */
export function reviewSchedule(candidate: ReviewCandidateInput, policy?: ReviewPolicyInput): ReviewSchedule {
  const rules = parsePolicy(policy);
  const c = parseWith(reviewCandidateSchema, candidate, 'review candidate');
  const { everyMonths, basis } = reviewFrequency(c, rules);
  const byCycle = addMonths(c.ratedOn, everyMonths);
  const scheduled = c.nextReviewOn ? earlierDate(c.nextReviewOn, byCycle) : byCycle;
  const pull = c.warning ? rules.warningPullForwardDays[c.warning.level] : undefined;
  if (c.warning?.raisedOn && pull !== undefined) {
    const pulled = addDays(c.warning.raisedOn, pull);
    if (parseIsoDay(pulled) < parseIsoDay(scheduled)) {
      return { everyMonths, basis, reviewOn: pulled, pulledForwardBy: { level: c.warning.level, raisedOn: c.warning.raisedOn } };
    }
  }
  return { everyMonths, basis, reviewOn: scheduled };
}

/**
 * Review dates to propose with an approval decided on `decidedOn`: `nextReviewOn` one cycle later
 * (by `reviewFrequency`), `validUntil` one default cycle later (never before `nextReviewOn`).
 */
export function suggestReviewDates(
  candidate: Pick<ReviewCandidateInput, 'grade' | 'granted' | 'newCustomer' | 'warning'>,
  decidedOn: string,
  policy?: ReviewPolicyInput,
): { nextReviewOn: string; validUntil: string; everyMonths: number; basis: string[] } {
  const rules = parsePolicy(policy);
  const day = parseWith(z.object({ decidedOn: isoDate }), { decidedOn }, 'review dates').decidedOn;
  const { everyMonths, basis } = reviewFrequency(candidate, rules);
  const nextReviewOn = addMonths(day, everyMonths);
  const validUntil = addMonths(day, Math.max(everyMonths, rules.defaultMonths));
  return { nextReviewOn, validUntil, everyMonths, basis };
}

/**
 * The worklist of limits to review on `asOf`, most urgent first (expired, overdue, due, due soon;
 * then by review day; then customer id):
 * - `expired`: `validUntil` is before `asOf`;
 * - `overdue` / `due`: the review day (`reviewSchedule`) is before / on `asOf`;
 * - `due-soon`: the review day, or `validUntil`, is within `policy.dueSoonDays` after `asOf`.
 * Other limits are left out, and so are customers with no granted limit.
 *
 * @param policy defaults to `DEFAULT_REVIEW_POLICY`.
 * @throws CreditKitValidationError naming the bad candidate (`candidates[3].ratedOn`) or policy path.
 */
export function reviewWorklist(candidates: readonly ReviewCandidateInput[], asOf: string, policy?: ReviewPolicyInput): ReviewWorklist {
  const rules = parsePolicy(policy);
  const day = parseIsoDay(parseWith(z.object({ asOf: isoDate }), { asOf }, 'review worklist').asOf);
  const list = parseWith(z.object({ candidates: z.array(reviewCandidateSchema) }), { candidates }, 'review worklist').candidates;
  const items: ReviewWorklistEntry[] = [];
  for (const c of list) {
    if (compare(c.granted, '0') === 0) continue;
    const schedule = reviewSchedule(c, rules);
    const reviewDay = parseIsoDay(schedule.reviewOn);
    const validDay = c.validUntil ? parseIsoDay(c.validUntil) : Infinity;
    const state =
      validDay < day ? 'expired'
      : reviewDay < day ? 'overdue'
      : reviewDay === day ? 'due'
      : reviewDay - day <= rules.dueSoonDays || validDay - day <= rules.dueSoonDays ? 'due-soon'
      : null;
    if (state === null) continue;
    items.push({
      customerId: c.customerId,
      ...(c.customerName !== undefined ? { customerName: c.customerName } : {}),
      grade: c.grade,
      granted: roundDecimal(c.granted, 2),
      currency: c.currency,
      state,
      reviewOn: schedule.reviewOn,
      ...(c.validUntil ? { validUntil: c.validUntil } : {}),
      daysOverdue: day - reviewDay,
      everyMonths: schedule.everyMonths,
      basis: schedule.basis,
      ...(schedule.pulledForwardBy ? { pulledForwardBy: schedule.pulledForwardBy } : {}),
    });
  }
  const rank = (s: ReviewWorklistEntry['state']) => REVIEW_STATES.indexOf(s);
  items.sort((a, b) => rank(a.state) - rank(b.state) || parseIsoDay(a.reviewOn) - parseIsoDay(b.reviewOn) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return { asOf: formatDay(day), policyVersion: rules.version, items };
}

function formatDay(day: number): string {
  return addDays('1970-01-01', day);
}
