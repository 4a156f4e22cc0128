import * as z from 'zod/mini';
import { parseWith } from '../validate.js';
import type { WarningLevel } from '../schemas/warning-status.js';

/** The four alarm grades of fuzzy comprehensive evaluation, most severe first. */
export const FUZZY_GRADES = ['high', 'medium', 'low', 'lower'] as const;
/** A fuzzy alarm grade. */
export type FuzzyGrade = (typeof FUZZY_GRADES)[number];

/** Value of each grade in the score (domain.md §5): high 0.7, medium 0.5, low 0.3, lower 0.1. */
export const FUZZY_GRADE_VALUES: Readonly<Record<FuzzyGrade, number>> = /* @__PURE__ */ Object.freeze({ high: 0.7, medium: 0.5, low: 0.3, lower: 0.1 });

/**
 * Default warning level of each grade under the maximum-membership rule. Ours, not the practice's: 003 3.6
 * says only "根据最大隶属度原则确定风险等级" (the alarm grade of maximum membership) and names no colours.
 * In particular 较低警报 (lower) → none is a choice; `FuzzyEvaluateOptions.levels` changes it.
 */
export const FUZZY_GRADE_LEVELS: Readonly<Record<FuzzyGrade, WarningLevel>> = /* @__PURE__ */ Object.freeze({
  high: 'red',
  medium: 'orange',
  low: 'yellow',
  lower: 'none',
});

/** Memberships of the four grades, in the order high, medium, low, lower. */
export type FuzzyMemberships = [high: number, medium: number, low: number, lower: number];

/** One factor: a leaf with its memberships, or a group of weighted sub-factors (never both). */
export interface FuzzyFactor {
  /** Optional name, used in nothing but the caller's own bookkeeping. */
  name?: string | undefined;
  /** Relative weight among its siblings (normalised by their sum), zero or more. */
  weight: number;
  memberships?: Readonly<FuzzyMemberships> | undefined;
  factors?: readonly FuzzyFactor[] | undefined;
}

/** Options of `fuzzyEvaluate`: the documented choices the practice leaves open. */
export interface FuzzyEvaluateOptions {
  /** Warning level per alarm grade, over `FUZZY_GRADE_LEVELS` (e.g. `{ lower: 'yellow' }`). */
  readonly levels?: Partial<Record<FuzzyGrade, WarningLevel>>;
  /**
   * Which grade a tie of maximum memberships goes to: `more-severe` (default: an alarm should not be
   * understated) or `less-severe`. The practice names no tie rule.
   */
  readonly tie?: 'more-severe' | 'less-severe';
}

const optionsSchema = /* @__PURE__ */ z.object({
  levels: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.partialRecord(/* @__PURE__ */ z.enum(FUZZY_GRADES), /* @__PURE__ */ z.enum(['none', 'yellow', 'orange', 'red']))),
  tie: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['more-severe', 'less-severe'])),
});

/** The result of `fuzzyEvaluate`. */
export interface FuzzyEvaluation {
  /** Composite memberships (high, medium, low, lower), rounded to 10 decimal places. */
  memberships: FuzzyMemberships;
  /** memberships · (0.7, 0.5, 0.3, 0.1), rounded to 10 decimal places. */
  score: number;
  /** The grade of maximum membership; a tie goes to the more severe grade (unless `options.tie` says otherwise). */
  grade: FuzzyGrade;
  /** By default high → red, medium → orange, low → yellow, lower → none (`options.levels` overrides). */
  level: WarningLevel;
}

/** Results are rounded so that float noise neither shows nor breaks a tie. */
const PLACES = 10;

const MEMBERSHIP_MESSAGE = 'must be a number from 0 to 1';
const membership = /* @__PURE__ */ z.number({ error: MEMBERSHIP_MESSAGE }).check(/* @__PURE__ */ z.gte(0, MEMBERSHIP_MESSAGE), /* @__PURE__ */ z.lte(1, MEMBERSHIP_MESSAGE));
const membershipsSchema = /* @__PURE__ */ z
  .tuple([membership, membership, membership, membership], { error: 'must be four memberships [high, medium, low, lower]' })
  .check(/* @__PURE__ */ z.refine((m) => m.some((v) => v > 0), 'must have at least one membership above 0'));

const WEIGHT_MESSAGE = 'must be a number of zero or more';

// The "either memberships or factors" rule sits on the array: a check on the recursive object itself
// would make zod resolve the `factors` getter before `factorsSchema` exists.
const factorSchema = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  weight: /* @__PURE__ */ z.number({ error: WEIGHT_MESSAGE }).check(/* @__PURE__ */ z.gte(0, WEIGHT_MESSAGE)),
  memberships: /* @__PURE__ */ z.optional(membershipsSchema),
  get factors(): z.ZodMiniOptional<z.ZodMiniType<FuzzyFactor[]>> {
    return /* @__PURE__ */ z.optional(factorsSchema);
  },
});

const factorsSchema: z.ZodMiniType<FuzzyFactor[]> = /* @__PURE__ */ z.array(factorSchema).check(
  /* @__PURE__ */ z.minLength(1, 'must have at least one factor'),
  /* @__PURE__ */ z.refine((fs) => {
    const total = fs.reduce((sum, f) => sum + f.weight, 0);
    return fs.length === 0 || (total > 0 && Number.isFinite(total));
  }, 'must have weights adding up to a finite number above 0'),
  /* @__PURE__ */ z.superRefine((fs, ctx) => {
    fs.forEach((f, i) => {
      if ((f.memberships === undefined) === (f.factors === undefined)) {
        ctx.issues.push({ code: 'custom', message: 'must have either memberships or factors, not both and not neither', path: [i], input: f });
      }
    });
  }),
);

/**
 * Multi-level fuzzy comprehensive evaluation (domain.md §5). Each level's memberships are the
 * weighted average of its factors' memberships, weights normalised by their sum; a group's
 * memberships come from its own sub-factors, recursively. The score is the memberships' dot
 * product with the grade values (0.7, 0.5, 0.3, 0.1); the level follows the grade of maximum
 * membership, a tie going to the more severe grade (an alarm should not be understated).
 * Memberships are not money: floats are fine, and the results are rounded to 10 decimal places.
 *
 * @param factors - top-level factors; each has a weight ≥ 0 and either `memberships`
 *   (four numbers from 0 to 1, not all 0) or non-empty `factors`; siblings' weights may not all be 0
 * @param options - the level per grade and the tie rule (both ours; see `FuzzyEvaluateOptions`)
 * @throws CreditKitValidationError naming each bad factor
 */
export function fuzzyEvaluate(factors: readonly FuzzyFactor[], options: FuzzyEvaluateOptions = {}): FuzzyEvaluation {
  const valid = parseWith(factorsSchema, factors, 'fuzzyEvaluate factors');
  const opts = parseWith(optionsSchema, options, 'fuzzyEvaluate options');
  const lessSevere = opts.tie === 'less-severe';
  const memberships = compose(valid).map(round) as FuzzyMemberships;
  const score = round(FUZZY_GRADES.reduce((sum, grade, i) => sum + memberships[i]! * FUZZY_GRADE_VALUES[grade], 0));
  let best = 0;
  for (let i = 1; i < memberships.length; i++) {
    if (memberships[i]! > memberships[best]! || (lessSevere && memberships[i] === memberships[best])) best = i;
  }
  const grade = FUZZY_GRADES[best]!;
  return { memberships, score, grade, level: opts.levels?.[grade] ?? FUZZY_GRADE_LEVELS[grade] };
}

function compose(factors: readonly FuzzyFactor[]): number[] {
  const total = factors.reduce((sum, f) => sum + f.weight, 0);
  const out = [0, 0, 0, 0];
  for (const factor of factors) {
    const vector = factor.memberships ?? compose(factor.factors!);
    for (let i = 0; i < 4; i++) out[i]! += factor.weight * vector[i]!;
  }
  return out.map((v) => v / total);
}

function round(value: number): number {
  return Math.round(value * 10 ** PLACES) / 10 ** PLACES;
}
