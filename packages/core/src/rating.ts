import * as z from 'zod/mini';
import { CreditKitRuleError } from './errors.js';
import { compareGrades, gradePolicy, tryParseGrade, type Grade, type GradePolicy } from './grades.js';
import { addDecimals, divideDecimals, multiplyDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare } from './decimal-string.js';
import { nonNegativeDecimalInput, nonNegativeMoneyInput } from './money-string.js';
import { DEFAULT_CREDIT_POLICY, ratingPolicySchema, type RatingPolicyInput } from './schemas/policy.js';
import { parseWith } from './validate.js';
import { refined } from './schemas/common.js';

/** Largest total financing (inclusive) for which a customer manager may rate in-house (domain.md §3). */
export const INTERNAL_RATING_MAX_FINANCING = '1000000';
/** Best grade an in-house rating may give (domain.md §3). */
export const INTERNAL_RATING_MAX_GRADE: Grade = 'AA';

/** Whether a field passed its own schema (refinements run even after a field failed its pattern). */
const isDecimal = (value: unknown): value is string => typeof value === 'string' && nonNegativeDecimalInput.safeParse(value).success;

const SCORE_MESSAGE = 'must be a score from 0 to 100';

const dimensionScore = /* @__PURE__ */ refined(nonNegativeDecimalInput, /* @__PURE__ */ z.refine((v) => !isDecimal(v) || compare(v, '100') <= 0, SCORE_MESSAGE));

/** The three scored dimensions of the rating model (domain.md §3), each 0–100. */
export const ratingInputSchema = /* @__PURE__ */ z.object({
  /** Performance capacity 履约能力: financial strength. */
  performanceCapacity: dimensionScore,
  /** Credit performance 信用表现: payment history. */
  creditPerformance: dimensionScore,
  /** Overall impression 综合印象: the salesperson's qualitative view. */
  impression: dimensionScore,
});
export type RatingInput = z.input<typeof ratingInputSchema>;

/** Options of `rateCustomer`. */
export const ratingOptionsSchema = /* @__PURE__ */ z
  .object({
    /** An in-house rating by a customer manager: allowed up to 1,000,000 of financing and capped at AA. */
    internal: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    /** The customer's total financing; required when `internal`. */
    totalFinancing: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  })
  .check(
    /* @__PURE__ */ z.superRefine((options, ctx) => {
      if (options.internal && options.totalFinancing === undefined) {
        ctx.issues.push({
          code: 'custom',
          message: 'is required for an in-house rating (internal: true)',
          path: ['totalFinancing'],
          input: options,
        });
      }
    }),
  );
export type RatingOptions = z.input<typeof ratingOptionsSchema>;

/**
 * The rating policy with the rules the bare schema cannot express: weights summing to more than 0,
 * cut-offs best grade first with strictly descending `minScore`, the last at 0 so every score gets a grade.
 */
export const validRatingPolicySchema = /* @__PURE__ */ refined(ratingPolicySchema, 
  // Zod still runs this after a field failed a pattern, so each rule first checks its fields are valid.
  /* @__PURE__ */ z.superRefine((policy, ctx) => {
    const weights = Object.values(policy.weights);
    if (weights.every(isDecimal) && compare(addDecimals(...weights), '0') === 0) {
      ctx.issues.push({ code: 'custom', message: 'must not all be 0 (their sum divides the score)', path: ['weights'], input: policy.weights });
    }
    policy.cutoffs.forEach((cutoff, i) => {
      const previous = policy.cutoffs[i - 1];
      if (!previous) return;
      if (cutoff.minScore >= previous.minScore) {
        ctx.issues.push({
          code: 'custom',
          message: `must be lower than the previous cut-off's minScore (${previous.minScore}): cut-offs run from the best grade down`,
          path: ['cutoffs', i, 'minScore'],
          input: cutoff.minScore,
        });
      }
      if (tryParseGrade(cutoff.grade) && tryParseGrade(previous.grade) && compareGrades(cutoff.grade, previous.grade) <= 0) {
        ctx.issues.push({
          code: 'custom',
          message: `must be a worse grade than the previous cut-off's (${previous.grade}): cut-offs run from the best grade down`,
          path: ['cutoffs', i, 'grade'],
          input: cutoff.grade,
        });
      }
    });
    const last = policy.cutoffs[policy.cutoffs.length - 1];
    if (last && last.minScore !== 0) {
      ctx.issues.push({
        code: 'custom',
        message: 'must be 0 for the last cut-off, so that every score gets a grade',
        path: ['cutoffs', policy.cutoffs.length - 1, 'minScore'],
        input: last.minScore,
      });
    }
  }),
);

/** Result of `rateCustomer`. */
export interface RatingResult {
  /** Weighted average of the three dimensions, rounded half-up to 2 decimals. */
  readonly score: number;
  /** The grade, after the in-house cap when it applied. */
  readonly grade: Grade;
  /** What the grade allows (domain.md §3). */
  readonly policy: GradePolicy;
  /** True when an in-house rating lowered the grade to AA. */
  readonly capped: boolean;
  /** The grade the score alone gives, present only when `capped`. */
  readonly uncappedGrade?: Grade;
}

/**
 * Rates a customer from three dimension scores (domain.md §3).
 *
 * - `score` = Σ weightᵢ · scoreᵢ ÷ Σ weightᵢ, exact, then rounded half-up to 2 decimals.
 * - `grade` = the first cut-off (best first) whose `minScore` ≤ the returned score; the rounded score
 *   is used so that the score shown and the grade never disagree.
 * - `options.internal`: an in-house rating by a customer manager. `totalFinancing` above 1,000,000
 *   throws `CreditKitRuleError('internal-rating-financing-limit')`; otherwise a grade better than AA
 *   (AAA, AAA-, AA+) is lowered to AA and `capped` is true.
 *
 * @param policy defaults to `DEFAULT_CREDIT_POLICY.rating`.
 * @throws CreditKitValidationError naming each bad path: the input's bare (`impression`), the others
 *   prefixed (`policy.cutoffs[2].minScore`, `options.totalFinancing`).
 */
export function rateCustomer(input: RatingInput, policy?: RatingPolicyInput, options?: RatingOptions): RatingResult {
  const scores = parseWith(ratingInputSchema, input, 'rating input');
  const { weights, cutoffs } = parseWith(
    z.object({ policy: validRatingPolicySchema }),
    { policy: policy ?? DEFAULT_CREDIT_POLICY.rating },
    'rating policy',
  ).policy;
  const { internal = false, totalFinancing } = parseWith(z.object({ options: ratingOptionsSchema }), { options: options ?? {} }, 'rating options').options;

  if (internal && compare(totalFinancing!, INTERNAL_RATING_MAX_FINANCING) > 0) {
    throw new CreditKitRuleError(
      'internal-rating-financing-limit',
      `An in-house rating is allowed only up to ${INTERNAL_RATING_MAX_FINANCING} of total financing; this customer has ${totalFinancing}.`,
    );
  }

  const weightSum = addDecimals(weights.performanceCapacity, weights.creditPerformance, weights.impression);
  const weighted = addDecimals(
    multiplyDecimals(weights.performanceCapacity, scores.performanceCapacity),
    multiplyDecimals(weights.creditPerformance, scores.creditPerformance),
    multiplyDecimals(weights.impression, scores.impression),
  );
  // The exact weighted mean, rounded once, half-up to 2 decimals.
  const rounded = divideDecimals(weighted, weightSum, 2);

  // The validated policy ends with minScore 0 and scores are ≥ 0, so a cut-off always matches.
  const modelGrade = cutoffs.find((c) => compare(rounded, String(c.minScore)) >= 0)!.grade;
  const capped = internal && compareGrades(modelGrade, INTERNAL_RATING_MAX_GRADE) < 0;
  const grade = capped ? INTERNAL_RATING_MAX_GRADE : modelGrade;

  return {
    score: Number(rounded),
    grade,
    policy: gradePolicy(grade),
    capped,
    ...(capped ? { uncappedGrade: modelGrade } : {}),
  };
}
