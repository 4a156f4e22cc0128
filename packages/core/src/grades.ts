import * as z from 'zod/mini';
import { CreditKitValidationError } from './errors.js';

/** The nine grades of the three-class, nine-grade scale, best first (domain.md §3). */
export const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'] as const;
export type BaseGrade = (typeof GRADES)[number];
export type GradeModifier = '+' | '-' | '';
/** A grade as written: a base grade with an optional `+` or `-` (never `AAA+`). */
export type Grade = `${BaseGrade}${GradeModifier}`;

export interface ParsedGrade {
  readonly grade: Grade;
  readonly base: BaseGrade;
  readonly modifier: GradeModifier;
  /** 0 for the best grade (AAA); larger is worse. Comparable across modifiers. */
  readonly rank: number;
}

const GRADE_PATTERN = /^(AAA|AA|A|BBB|BB|B|CCC|CC|C)([+-]?)$/;

/** Every valid grade, best first: AAA, AA+, AA, AA-, A+, …, C-. */
export const ALL_GRADES: readonly Grade[] = /* @__PURE__ */ GRADES.flatMap((base) =>
  (base === 'AAA' ? ['', '-'] : ['+', '', '-']).map((m) => `${base}${m}` as Grade),
);

/** Parses `"BBB-"`; accepts the Unicode minus `−`. Returns `null` when it is not a grade. */
export function tryParseGrade(text: unknown): ParsedGrade | null {
  if (typeof text !== 'string') return null;
  const match = GRADE_PATTERN.exec(text.trim().replace('\u2212', '-'));
  if (!match) return null;
  const base = match[1] as BaseGrade;
  const modifier = (match[2] ?? '') as GradeModifier;
  if (base === 'AAA' && modifier === '+') return null;
  const rank = GRADES.indexOf(base) * 3 + (modifier === '+' ? 0 : modifier === '' ? 1 : 2);
  return { grade: `${base}${modifier}`, base, modifier, rank };
}

/** Parses `"BBB-"`, throwing `CreditKitValidationError` for anything else (including `AAA+`). */
export function parseGrade(text: string): ParsedGrade {
  const parsed = tryParseGrade(text);
  if (!parsed) {
    throw new CreditKitValidationError('grade', [
      { path: '', code: 'invalid_grade', message: `${JSON.stringify(text)} ${GRADE_MESSAGE}` },
    ]);
  }
  return parsed;
}

const GRADE_MESSAGE = 'is not a grade: use AAA, AA, A, BBB, BB, B, CCC, CC or C, optionally with + or - (there is no AAA+)';

/** Schema of a grade string; the output is the normalised grade. */
export const gradeSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine((v) => tryParseGrade(v) !== null, GRADE_MESSAGE)),
  /* @__PURE__ */ z.transform((v: string) => tryParseGrade(v)!.grade),
);

/** Wire form of a grade (no normalisation): exactly one of the valid grade strings. */
export const gradeWire = /* @__PURE__ */ z.enum(ALL_GRADES as [Grade, ...Grade[]]);

/** Negative when `a` is better than `b`, 0 when equal, positive when worse: sorts best first. */
export function compareGrades(a: string, b: string): number {
  return parseGrade(a).rank - parseGrade(b).rank;
}

/** What a grade means for credit policy (domain.md §3). */
export interface GradePolicy {
  readonly base: BaseGrade;
  /** `market` (AAA), `support` (AA), `conditional` (A), `maintain` (BBB), `exit` (BB and below). */
  readonly stance: 'market' | 'support' | 'conditional' | 'maintain' | 'exit';
  /** Whether a new credit relationship may be opened. */
  readonly newCredit: boolean;
  /** Whether unsecured credit is allowed. */
  readonly unsecuredAllowed: boolean;
  /** Whether existing relationships are kept. */
  readonly keepExisting: boolean;
  /** Whether an exit plan should be prepared. */
  readonly exitPlan: boolean;
  /** English summary of the policy. */
  readonly description: string;
}

const POLICIES: Record<BaseGrade, Omit<GradePolicy, 'base'>> = {
  AAA: { stance: 'market', newCredit: true, unsecuredAllowed: true, keepExisting: true, exitPlan: false,
    description: 'Market actively; unsecured credit allowed.' },
  AA: { stance: 'support', newCredit: true, unsecuredAllowed: false, keepExisting: true, exitPlan: false,
    description: 'Support actively.' },
  A: { stance: 'conditional', newCredit: true, unsecuredAllowed: false, keepExisting: true, exitPlan: false,
    description: 'Support where willingness and capacity to repay are shown.' },
  BBB: { stance: 'maintain', newCredit: false, unsecuredAllowed: false, keepExisting: true, exitPlan: false,
    description: 'No new credit relationships; keep the existing ones and exit when possible.' },
  BB: { stance: 'exit', newCredit: false, unsecuredAllowed: false, keepExisting: false, exitPlan: true,
    description: 'Prepare an exit plan and exit.' },
  B: { stance: 'exit', newCredit: false, unsecuredAllowed: false, keepExisting: false, exitPlan: true,
    description: 'Prepare an exit plan and exit.' },
  CCC: { stance: 'exit', newCredit: false, unsecuredAllowed: false, keepExisting: false, exitPlan: true,
    description: 'Prepare an exit plan and exit.' },
  CC: { stance: 'exit', newCredit: false, unsecuredAllowed: false, keepExisting: false, exitPlan: true,
    description: 'Prepare an exit plan and exit.' },
  C: { stance: 'exit', newCredit: false, unsecuredAllowed: false, keepExisting: false, exitPlan: true,
    description: 'Prepare an exit plan and exit.' },
};

/** What the grade allows (domain.md §3). A modifier does not change the policy of its base grade. */
export function gradePolicy(grade: string): GradePolicy {
  const { base } = parseGrade(grade);
  return { base, ...POLICIES[base] };
}
