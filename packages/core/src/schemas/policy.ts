import * as z from 'zod/mini';
import { ALL_GRADES, gradeWire, type Grade } from '../grades.js';
import { nonNegativeDecimalInput, nonNegativeMoneyInput } from '../money.js';
import { boundedArray, CONTRACT_LIMITS } from './common.js';

/**
 * The host's credit policy: every number the sources leave to the host (domain.md: "host policy").
 * Function-input forms: decimals may be given as strings or numbers and come out as strings.
 * `DEFAULT_CREDIT_POLICY` documents a sensible default for each part.
 */

/**
 * An object with one optional member per grade. Not `z.partialRecord`: that rejects the whole
 * object over one key it does not know, where the contract ignores unknown fields.
 */
function perGrade<T extends z.ZodMiniType>(value: T) {
  const shape = Object.fromEntries(ALL_GRADES.map((grade) => [grade, z.optional(value)])) as Record<Grade, z.ZodMiniOptional<T>>;
  return z.object(shape);
}

const score = z.number().check(z.gte(0), z.lte(100));
const wholeDays = z.int().check(z.gte(0));

/** Rating: weights of the three dimensions and the lowest score of each grade. */
export const ratingPolicySchema = z.object({
  weights: z.object({
    performanceCapacity: nonNegativeDecimalInput,
    creditPerformance: nonNegativeDecimalInput,
    impression: nonNegativeDecimalInput,
  }),
  /** Best grade first; `minScore` strictly descending; the last must be 0 so every score gets a grade. */
  cutoffs: boundedArray(z.object({ grade: gradeWire, minScore: score }), CONTRACT_LIMITS.policyRows).check(z.minLength(1)),
});
export type RatingPolicyInput = z.input<typeof ratingPolicySchema>;
export type RatingPolicy = z.output<typeof ratingPolicySchema>;

/** Limit: grade and debt-ratio coefficients of the maximum comprehensive limit formula (domain.md §4). */
export const limitPolicySchema = z.object({
  /**
   * Coefficient per grade; a modified grade (`AA-`) falls back to its base grade (`AA`).
   * Every grade optional; a key that is no grade is dropped, as unknown fields are everywhere.
   */
  gradeCoefficients: perGrade(nonNegativeDecimalInput),
  /** `upTo` inclusive and ascending; a debt ratio above the last `upTo` gets coefficient 0. */
  debtRatioCoefficients: boundedArray(z.object({ upTo: nonNegativeDecimalInput, coefficient: nonNegativeDecimalInput }), CONTRACT_LIMITS.policyRows),
  /** Cap the granted limit by the collateral value. */
  capGrantedByCollateral: z.optional(z.boolean()),
  /** Theoretical maximum debt capacity per grade: the maximum limit never exceeds it. */
  gradeMaximums: z.optional(perGrade(nonNegativeMoneyInput)),
});
export type LimitPolicyInput = z.input<typeof limitPolicySchema>;
export type LimitPolicy = z.output<typeof limitPolicySchema>;

/** Names of the exposure components a profile may carry. */
export const EXPOSURE_COMPONENTS = ['openReceivables', 'openOrders', 'undelivered', 'specialItems'] as const;
export type ExposureComponent = (typeof EXPOSURE_COMPONENTS)[number];

/** Exposure and credit check thresholds. */
export const creditCheckPolicySchema = z.object({
  /** Components counted as used; the others are shown only. Default: open receivables. */
  countedComponents: z.optional(boundedArray(z.enum(EXPOSURE_COMPONENTS), EXPOSURE_COMPONENTS.length)),
  /** Utilisation (used ÷ granted) at or past which the check warns, e.g. `"0.8"`. */
  utilisationWarning: z.optional(nonNegativeDecimalInput),
  /** Overdue amount past which the check blocks. */
  maxOverdueAmount: z.optional(nonNegativeMoneyInput),
  /** Days overdue of the oldest item past which the check blocks. */
  maxOverdueDays: z.optional(wholeDays),
});
export type CreditCheckPolicyInput = z.input<typeof creditCheckPolicySchema>;
export type CreditCheckPolicy = z.output<typeof creditCheckPolicySchema>;

/** One aging bucket: inclusive days overdue. `{ maxDays: 0 }` is "not yet due". */
export const agingBucketSchema = z.object({
  label: z.optional(z.string()),
  minDays: z.optional(z.int()),
  maxDays: z.optional(z.int()),
});
export type AgingBucket = z.output<typeof agingBucketSchema>;

/** Collection stages of an open item by days relative to its due date (domain.md §6). */
export const collectionPolicySchema = z.object({
  /** Days before due when a reminder goes to the salesperson. */
  reminderDaysBeforeDue: wholeDays,
  /** Days overdue when the collection letter is issued (0 = on the due date). */
  letterAfterDays: wholeDays,
  /** Days overdue when the letter escalates. */
  escalateAfterDays: wholeDays,
  /** Days overdue when the case goes to arbitration or a lawsuit. */
  legalAfterDays: wholeDays,
});
export type CollectionPolicy = z.output<typeof collectionPolicySchema>;

/** Thresholds for signals derived from data (domain.md §5). */
export const warningPolicySchema = z.object({
  /** Collateral value down by more than this share of its appraised value is a severe signal. */
  collateralDropRatio: nonNegativeDecimalInput,
  /** "Due within N days and expected unpaid" window. */
  dueSoonDays: wholeDays,
  /** Maximum credit period in days; past it is a signal. */
  maxCreditPeriodDays: wholeDays,
});
export type WarningPolicy = z.output<typeof warningPolicySchema>;

/** The whole policy as served by `GET /credit-policy`. */
export const creditPolicySchema = z.object({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "CNY"')),
  rating: ratingPolicySchema,
  limit: limitPolicySchema,
  creditCheck: creditCheckPolicySchema,
  agingBuckets: boundedArray(agingBucketSchema, CONTRACT_LIMITS.policyAgingBuckets),
  collection: collectionPolicySchema,
  warning: warningPolicySchema,
});
export type CreditPolicyInput = z.input<typeof creditPolicySchema>;
export type CreditPolicy = z.output<typeof creditPolicySchema>;

const gradeCoefficients: Partial<Record<Grade, string>> = {
  AAA: '1', AA: '0.9', A: '0.8', BBB: '0.6', BB: '0.4', B: '0.2', CCC: '0', CC: '0', C: '0',
};

/**
 * Default policy. The sources give no numbers for weights, cut-offs or coefficients; these are
 * conservative illustrations, to be replaced by the host's own.
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicy = {
  currency: 'CNY',
  rating: {
    weights: { performanceCapacity: '0.5', creditPerformance: '0.3', impression: '0.2' },
    cutoffs: [
      { grade: 'AAA', minScore: 95 }, { grade: 'AA+', minScore: 92 }, { grade: 'AA', minScore: 88 },
      { grade: 'AA-', minScore: 85 }, { grade: 'A+', minScore: 82 }, { grade: 'A', minScore: 78 },
      { grade: 'A-', minScore: 75 }, { grade: 'BBB+', minScore: 72 }, { grade: 'BBB', minScore: 68 },
      { grade: 'BBB-', minScore: 65 }, { grade: 'BB+', minScore: 62 }, { grade: 'BB', minScore: 58 },
      { grade: 'BB-', minScore: 55 }, { grade: 'B+', minScore: 52 }, { grade: 'B', minScore: 48 },
      { grade: 'B-', minScore: 45 }, { grade: 'CCC+', minScore: 42 }, { grade: 'CCC', minScore: 38 },
      { grade: 'CCC-', minScore: 35 }, { grade: 'CC+', minScore: 32 }, { grade: 'CC', minScore: 28 },
      { grade: 'CC-', minScore: 25 }, { grade: 'C+', minScore: 20 }, { grade: 'C', minScore: 10 },
      { grade: 'C-', minScore: 0 },
    ],
  },
  limit: {
    gradeCoefficients: gradeCoefficients as Record<Grade, string>,
    debtRatioCoefficients: [
      { upTo: '0.4', coefficient: '1' },
      { upTo: '0.55', coefficient: '0.9' },
      { upTo: '0.7', coefficient: '0.7' },
      { upTo: '0.85', coefficient: '0.4' },
    ],
    capGrantedByCollateral: false,
  },
  creditCheck: {
    countedComponents: ['openReceivables', 'openOrders'],
    utilisationWarning: '0.8',
    maxOverdueDays: 90,
  },
  agingBuckets: [
    { label: 'Not due', maxDays: 0 },
    { label: '1–30', minDays: 1, maxDays: 30 },
    { label: '31–60', minDays: 31, maxDays: 60 },
    { label: '61–90', minDays: 61, maxDays: 90 },
    { label: '91–180', minDays: 91, maxDays: 180 },
    { label: '181–365', minDays: 181, maxDays: 365 },
    { label: 'Over 365', minDays: 366 },
  ],
  collection: { reminderDaysBeforeDue: 7, letterAfterDays: 0, escalateAfterDays: 30, legalAfterDays: 90 },
  warning: { collateralDropRatio: '0.35', dueSoonDays: 30, maxCreditPeriodDays: 180 },
};
