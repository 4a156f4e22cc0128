import * as z from 'zod/mini';
import { CreditKitValidationError } from './errors.js';
import { addYears, isIsoDate, parseIsoDay } from './day-numbers.js';
import { isoDate } from './dates.js';
import { lookupDebtRatioCoefficient } from './debt-ratio.js';
import { gradeSchema, parseGrade, type Grade } from './grades.js';
import { addDecimals, divideDecimals, multiplyDecimals, roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare } from './decimal-string.js';
import { nonNegativeDecimalInput, nonNegativeMoneyInput } from './money-string.js';
import { DEFAULT_CREDIT_POLICY, limitPolicySchema, type LimitPolicy, type LimitPolicyInput } from './schemas/policy.js';
import { balanceSheetIssues } from './financial-consistency.js';
import { parseWith } from './validate.js';
import { refined } from './schemas/common.js';

// The formula computes in exact decimal arithmetic (decimal-arithmetic.ts): every sum and product is
// exact, so the one inexact step, ÷ 3, is the only rounding — and it rounds down (toward zero).

const ratioInput = /* @__PURE__ */ refined(nonNegativeDecimalInput, /* @__PURE__ */ z.refine((v: string) => !nonNegativeDecimalInput.safeParse(v).success || compare(v, '1') <= 0, 'must be a ratio from 0 to 1 such as "0.6"'));

/** Whether a field passed its own schema (refinements run even after a field failed its pattern). */
const isDecimal = (value: unknown): value is string => typeof value === 'string' && nonNegativeMoneyInput.safeParse(value).success;

/** Input of `computeCreditLimit`: amounts as decimal strings (or numbers), dates `YYYY-MM-DD`. */
export const creditLimitInputSchema = /* @__PURE__ */ z
  .object({
    /** Existing financing balance 现有融资余额. */
    existingFinancing: nonNegativeMoneyInput,
    /** Effective assets 有效资产: total assets net of hard-to-realise items, so never above total assets. */
    effectiveAssets: nonNegativeMoneyInput,
    totalAssets: nonNegativeMoneyInput,
    totalLiabilities: nonNegativeMoneyInput,
    grade: gradeSchema,
    /** Paid-in capital 实收资本: the cap of a customer founded or in production less than one year. */
    paidInCapital: nonNegativeMoneyInput,
    establishedOn: isoDate,
    /** Day production started 投产, when it differs from the founding: "新成立或投产不到一年" counts either. */
    productionStartedOn: /* @__PURE__ */ z.optional(isoDate),
    asOf: isoDate,
    /** Amount applied for; when absent the granted limit is the maximum. */
    requested: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
    /**
     * Appraised value of the collateral, as one item with the policy's `defaultPledgeRatio`. Prefer
     * `collateral`, which carries each item's own pledge ratio; both are counted when both are given.
     */
    collateralValue: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
    /** Each piece of collateral: appraised value 评估价值 and pledge ratio 抵质押率 (default `policy.defaultPledgeRatio`). */
    collateral: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ appraisedValue: nonNegativeMoneyInput, pledgeRatio: /* @__PURE__ */ z.optional(ratioInput) }))),
    /**
     * 最高理论承债能力 measured by the rating firm for this customer: "最高授信额度不得超过评级公司测算的
     * 最高理论承债能力". Caps the maximum.
     */
    debtCapacity: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  })
  .check(
    // Zod still runs this after a field failed a pattern, so each comparison first checks its fields are valid.
    /* @__PURE__ */ z.superRefine((input, ctx) => {
      for (const key of limitDatesAfterAsOf(input)) {
        ctx.issues.push({ code: 'custom', message: `must not be after asOf (${input.asOf})`, path: [key], input: input[key] });
      }
      // Effective assets are part of the total (the one balance-sheet rule, in financial-consistency.ts).
      const figures = isDecimal(input.effectiveAssets) && isDecimal(input.totalAssets) ? { effectiveAssets: input.effectiveAssets, totalAssets: input.totalAssets } : {};
      for (const issue of balanceSheetIssues(figures)) {
        ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: input.effectiveAssets });
      }
    }),
  );
export type CreditLimitInput = z.input<typeof creditLimitInputSchema>;

/** The limit policy with its table rules: at least one debt-ratio range, `upTo` strictly ascending. */
export const validLimitPolicySchema = /* @__PURE__ */ refined(limitPolicySchema, 
  /* @__PURE__ */ z.superRefine((policy, ctx) => {
    const ranges = policy.debtRatioCoefficients;
    if (ranges.length === 0) {
      ctx.issues.push({ code: 'custom', message: 'must have at least one range', path: ['debtRatioCoefficients'], input: ranges });
    }
    ranges.forEach((range, i) => {
      const previous = ranges[i - 1];
      if (previous && isDecimal(range.upTo) && isDecimal(previous.upTo) && compare(range.upTo, previous.upTo) <= 0) {
        ctx.issues.push({
          code: 'custom',
          message: `must be greater than the previous range's upTo (${previous.upTo}): ranges are ascending`,
          path: ['debtRatioCoefficients', i, 'upTo'],
          input: range.upTo,
        });
      }
    });
  }),
);

/** Pledge ratio when neither the item nor the policy gives one (see `LimitPolicy.defaultPledgeRatio`). */
export const DEFAULT_PLEDGE_RATIO = '0.5';

/** Stable codes of the caps `computeCreditLimit` may report. */
export type CreditLimitCap =
  /** The bracket (financing + assets × 7/3 − liabilities × 10/3) is negative: no credit. */
  | 'negative-formula'
  /** Total assets are 0: no debt ratio, coefficient 0 (listed when it lowered a positive bracket to 0). */
  | 'no-total-assets'
  /** The debt ratio is above the last range: coefficient 0 (listed when it lowered a positive bracket to 0). */
  | 'debt-ratio-above-ranges'
  /** Founded or in production less than one year before the as-of date: maximum ≤ paid-in capital. */
  | 'new-company-paid-in-capital'
  /** The customer's own 最高理论承债能力 (`debtCapacity`). */
  | 'debt-capacity'
  /** The policy's `gradeMaximums` (theoretical maximum debt capacity of the grade). */
  | 'grade-maximum'
  /** The requested amount was above the maximum. */
  | 'requested-above-maximum'
  /** A new company (`newCompanyGrantedByCollateral`): granted ≤ Σ appraised value × pledge ratio. */
  | 'new-company-collateral'
  /** `capGrantedByCollateral`: granted ≤ Σ appraised value × pledge ratio. */
  | 'collateral';

/** One line of the working, for a widget to show. */
export interface CreditLimitStep {
  /** Stable key for i18n, e.g. `bracket`, `gradeCoefficient`, `maximum`. */
  readonly key: string;
  /** English label. */
  readonly label: string;
  /**
   * The value: amounts with 2 decimals (intermediate amounts rounded half-up for display only; the
   * formula result, maximum and granted rounded down), coefficients as given, the ratio with 4.
   */
  readonly value: string;
  /** The arithmetic with the actual numbers, when there is any. */
  readonly formula?: string;
}

/** Result of `computeCreditLimit`. */
export interface CreditLimitResult {
  /** Maximum comprehensive credit limit 最高综合授信额度, 2 decimals. */
  readonly maximum: string;
  /** Granted (open) limit 公开授信额度, 2 decimals, never above `maximum`. */
  readonly granted: string;
  /** Formula result before the floor and the caps (may be negative), 2 decimals rounded toward zero. */
  readonly formulaResult: string;
  /** Codes of the caps that lowered a value, in the order they were applied. */
  readonly caps: CreditLimitCap[];
  /** The working, line by line. */
  readonly steps: CreditLimitStep[];
  /** totalLiabilities ÷ totalAssets, 4 decimals rounded up; `null` when total assets are 0. */
  readonly debtRatio: string | null;
  readonly gradeCoefficient: string;
  readonly debtRatioCoefficient: string;
  /** Founded or in production less than one year before `asOf` (新成立或投产不到一年). */
  readonly newCompany: boolean;
  /** Which date made it new: `established`, `production`, or both; absent when not new. */
  readonly newCompanyBy?: readonly ('established' | 'production')[];
  /** Σ appraised value × pledge ratio of the collateral given, 2 decimals rounded down. */
  readonly pledgedCollateral: string;
}

/** An amount rounded down (toward zero) to the cent. */
const cents = (value: string): string => roundDecimal(value, 2, 'down');
/** An intermediate amount for display, half-up to the cent (never `-0.00`). */
const shown = (value: string): string => roundDecimal(value, 2);
/** `value ÷ 3` for display, half-up to the cent: a third never ties, so this is the exact quotient rounded once. */
const shownThird = (value: string): string => roundDecimal(divideDecimals(value, '3', 2), 2);

/** The dates of a limit's input that a computation refuses. */
export type LimitDateField = 'establishedOn' | 'productionStartedOn';

/**
 * The founding and production dates that fall after `asOf`: a limit is not computed for a day before
 * the company existed or produced. Dates that are absent or not `YYYY-MM-DD` (the caller's own
 * check) are not listed.
 */
export function limitDatesAfterAsOf(dates: { readonly establishedOn?: unknown; readonly productionStartedOn?: unknown; readonly asOf: unknown }): LimitDateField[] {
  return (['establishedOn', 'productionStartedOn'] as const).filter((key) => {
    const day = dates[key];
    // Valid `YYYY-MM-DD` dates sort as their text does.
    return isIsoDate(day) && isIsoDate(dates.asOf) && day > dates.asOf;
  });
}

/**
 * 新成立或投产不到一年: `asOf` is before the first anniversary of `day` (the founding, or the start of
 * production), both valid `YYYY-MM-DD` dates. A company founded on 29 February has its anniversary
 * on 28 February of a common year (`addYears`).
 */
export function underOneYearAsOf(day: string, asOf: string): boolean {
  return parseIsoDay(asOf) < parseIsoDay(addYears(day, 1));
}

/**
 * The formula's bracket times 3, exact: 3 × existing financing + 7 × effective assets − 10 × total
 * liabilities (validated decimal strings). `computeCreditLimit` divides it by 3 once, at the end.
 */
export function limitBracketTimes3(existingFinancing: string, effectiveAssets: string, totalLiabilities: string): string {
  return subtractDecimals(addDecimals(multiplyDecimals(existingFinancing, '3'), multiplyDecimals(effectiveAssets, '7')), multiplyDecimals(totalLiabilities, '10'));
}

/** Grade coefficient of `grade`, else of its base grade; missing → validation error naming the policy path. */
function gradeCoefficientOf(grade: Grade, policy: LimitPolicy): { coefficient: string; from: Grade } {
  const { base } = parseGrade(grade);
  const own = policy.gradeCoefficients[grade];
  if (own !== undefined) return { coefficient: own, from: grade };
  const fallback = policy.gradeCoefficients[base];
  if (fallback !== undefined) return { coefficient: fallback, from: base };
  throw new CreditKitValidationError('credit limit policy', [
    {
      path: 'policy.gradeCoefficients',
      code: 'missing_grade',
      message: `has no coefficient for grade ${grade}${base === grade ? '' : ` or its base grade ${base}`}`,
    },
  ]);
}

function gradeMaximumOf(grade: Grade, policy: LimitPolicy): string | undefined {
  return policy.gradeMaximums?.[grade] ?? policy.gradeMaximums?.[parseGrade(grade).base];
}

/**
 * Computes the maximum comprehensive credit limit and the granted limit (domain.md §4):
 *
 *     maximum = (existingFinancing + effectiveAssets × 7/3 − totalLiabilities × 10/3)
 *               × gradeCoefficient × debtRatioCoefficient,   floored at 0
 *
 * - Exactness: the bracket is computed as (3·F + 7·A − 10·L) ÷ 3 and the coefficients multiply the
 *   numerator before the one division by 3, which is rounded **down** to the cent: the limit never
 *   holds a cent the formula does not give.
 * - Grade coefficient: the grade's own entry, else its base grade's (`AA-` → `AA`); neither →
 *   `CreditKitValidationError` naming `policy.gradeCoefficients`.
 * - Debt ratio = totalLiabilities ÷ totalAssets; its coefficient is the first range with ratio ≤ `upTo`;
 *   above the last `upTo` → 0; total assets of 0 → no ratio, coefficient 0.
 * - New company (新成立或投产不到一年): `asOf` before the first anniversary of `establishedOn` or of
 *   `productionStartedOn` → maximum ≤ paid-in capital ("最高授信额度原则上不超过实收资本总额").
 * - `debtCapacity` (the customer's 最高理论承债能力) and `policy.gradeMaximums` (grade, else base grade) cap the maximum too.
 * - Granted = `requested` (default: the maximum), at most the maximum and, for a new company (unless
 *   `policy.newCompanyGrantedByCollateral` is false) or with `policy.capGrantedByCollateral`, at most the
 *   pledged collateral Σ appraised value × pledge ratio (none = 0); rounded down to the cent.
 * - `caps` lists a cap only when it actually lowered the value.
 *
 * @param policy defaults to `DEFAULT_CREDIT_POLICY.limit`.
 * @throws CreditKitValidationError naming each bad path of the input or the policy (`policy.…`).
 */
export function computeCreditLimit(input: CreditLimitInput, policy?: LimitPolicyInput): CreditLimitResult {
  const data = parseWith(creditLimitInputSchema, input, 'credit limit input');
  const { policy: rules } = parseWith(
    z.object({ policy: validLimitPolicySchema }),
    { policy: policy ?? DEFAULT_CREDIT_POLICY.limit },
    'credit limit policy',
  );

  const steps: CreditLimitStep[] = [];
  const caps: CreditLimitCap[] = [];
  const F = data.existingFinancing;
  const A = data.effectiveAssets;
  const L = data.totalLiabilities;

  const bracketTimes3 = limitBracketTimes3(F, A, L);
  steps.push(
    { key: 'existingFinancing', label: 'Existing financing balance', value: shown(F) },
    { key: 'effectiveAssetsTimes7Over3', label: 'Effective assets × 7/3', value: shownThird(multiplyDecimals(A, '7')), formula: `${data.effectiveAssets} × 7 ÷ 3` },
    { key: 'liabilitiesTimes10Over3', label: 'Total liabilities × 10/3', value: shownThird(multiplyDecimals(L, '10')), formula: `${data.totalLiabilities} × 10 ÷ 3` },
    {
      key: 'bracket',
      label: 'Existing financing + effective assets × 7/3 − total liabilities × 10/3',
      value: shownThird(bracketTimes3),
      formula: `(3 × ${data.existingFinancing} + 7 × ${data.effectiveAssets} − 10 × ${data.totalLiabilities}) ÷ 3 = ${bracketTimes3} ÷ 3`,
    },
  );

  const grade = gradeCoefficientOf(data.grade, rules);
  steps.push({
    key: 'gradeCoefficient',
    label: `Grade coefficient (${data.grade})`,
    value: grade.coefficient,
    ...(grade.from === data.grade ? {} : { formula: `${data.grade} uses the coefficient of ${grade.from}` }),
  });

  const debt = lookupDebtRatioCoefficient(data.totalLiabilities, data.totalAssets, rules.debtRatioCoefficients);
  if (debt.ratio !== null) {
    steps.push({ key: 'debtRatio', label: 'Debt ratio (total liabilities ÷ total assets)', value: debt.ratio, formula: `${data.totalLiabilities} ÷ ${data.totalAssets}` });
  }
  const lastUpTo = rules.debtRatioCoefficients[rules.debtRatioCoefficients.length - 1]?.upTo;
  steps.push({
    key: 'debtRatioCoefficient',
    label: 'Debt-ratio coefficient',
    value: debt.coefficient,
    formula:
      debt.basis === 'no-total-assets'
        ? 'total assets are 0: no debt ratio, coefficient 0'
        : debt.basis === 'above-ranges'
          ? `debt ratio above the last range (${lastUpTo}): coefficient 0`
          : `debt ratio ≤ ${rules.debtRatioCoefficients[debt.rangeIndex!]!.upTo}`,
  });

  // One division, by 3, of the exact product, rounded down to the cent.
  const formulaResult = cents(divideDecimals(multiplyDecimals(multiplyDecimals(bracketTimes3, grade.coefficient), debt.coefficient), '3', 2, 'down'));
  steps.push({
    key: 'formulaResult',
    label: 'Bracket × grade coefficient × debt-ratio coefficient (rounded down to the cent)',
    value: formulaResult,
    formula: `${bracketTimes3} × ${grade.coefficient} × ${debt.coefficient} ÷ 3`,
  });

  const bracketSign = compare(bracketTimes3, '0');
  let maximum = formulaResult;
  if (bracketSign < 0) {
    // Coefficients are ≥ 0, so the result is ≤ 0 whatever they are: the formula gives no credit.
    maximum = cents('0');
    caps.push('negative-formula');
    steps.push({ key: 'floorAtZero', label: 'A negative result means no credit', value: maximum });
  } else if (bracketSign > 0 && debt.basis !== 'range') {
    caps.push(debt.basis === 'no-total-assets' ? 'no-total-assets' : 'debt-ratio-above-ranges');
  }

  const underOneYear = (day: string) => underOneYearAsOf(day, data.asOf);
  const newCompanyBy = [
    ...(underOneYear(data.establishedOn) ? (['established'] as const) : []),
    ...(data.productionStartedOn !== undefined && underOneYear(data.productionStartedOn) ? (['production'] as const) : []),
  ];
  const newCompany = newCompanyBy.length > 0;
  if (newCompany) {
    const paidIn = cents(data.paidInCapital);
    if (compare(paidIn, maximum) < 0) {
      maximum = paidIn;
      caps.push('new-company-paid-in-capital');
      steps.push({
        key: 'newCompanyCap',
        label: 'Founded or in production less than one year: capped at paid-in capital',
        value: maximum,
        formula: newCompanyBy.includes('established') ? `established ${data.establishedOn}, as of ${data.asOf}` : `production started ${data.productionStartedOn}, as of ${data.asOf}`,
      });
    }
  }

  if (data.debtCapacity !== undefined) {
    const cap = cents(data.debtCapacity);
    if (compare(cap, maximum) < 0) {
      maximum = cap;
      caps.push('debt-capacity');
      steps.push({ key: 'debtCapacityCap', label: "Capped at the customer's theoretical maximum debt capacity", value: maximum });
    }
  }

  const gradeMaximum = gradeMaximumOf(data.grade, rules);
  if (gradeMaximum !== undefined) {
    const cap = cents(gradeMaximum);
    if (compare(cap, maximum) < 0) {
      maximum = cap;
      caps.push('grade-maximum');
      steps.push({ key: 'gradeMaximumCap', label: `Capped at the maximum debt capacity of grade ${data.grade}`, value: maximum });
    }
  }
  steps.push({ key: 'maximum', label: 'Maximum comprehensive credit limit', value: maximum });

  let granted = maximum;
  if (data.requested !== undefined) {
    const requested = cents(data.requested);
    steps.push({ key: 'requested', label: 'Requested amount', value: requested });
    if (compare(requested, maximum) > 0) caps.push('requested-above-maximum');
    else granted = requested;
  }
  const defaultRatio = rules.defaultPledgeRatio ?? DEFAULT_PLEDGE_RATIO;
  const items = [
    ...(data.collateralValue !== undefined ? [{ appraisedValue: data.collateralValue, pledgeRatio: undefined }] : []),
    ...(data.collateral ?? []),
  ];
  const pledged = cents(addDecimals('0', ...items.map((item) => multiplyDecimals(item.appraisedValue, item.pledgeRatio ?? defaultRatio))));
  const collateralCap: CreditLimitCap | undefined =
    newCompany && (rules.newCompanyGrantedByCollateral ?? true) ? 'new-company-collateral' : rules.capGrantedByCollateral ? 'collateral' : undefined;
  if (collateralCap) {
    steps.push({
      key: 'collateralValue',
      label: 'Pledged collateral (appraised value × pledge ratio)',
      value: pledged,
      formula: items.length ? items.map((item) => `${item.appraisedValue} × ${item.pledgeRatio ?? defaultRatio}`).join(' + ') : 'no collateral',
    });
    if (compare(pledged, granted) < 0) {
      granted = pledged;
      caps.push(collateralCap);
    }
  }
  steps.push({ key: 'granted', label: 'Granted limit', value: granted });

  return {
    maximum,
    granted,
    formulaResult,
    caps,
    steps,
    debtRatio: debt.ratio,
    gradeCoefficient: grade.coefficient,
    debtRatioCoefficient: debt.coefficient,
    newCompany,
    ...(newCompany ? { newCompanyBy } : {}),
    pledgedCollateral: pledged,
  };
}
