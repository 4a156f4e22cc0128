import * as z from 'zod/mini';
import { CreditKitValidationError } from '../errors.js';
import { ALL_GRADES, gradePolicy, parseGrade, type Grade } from '../grades.js';
import { computeCreditLimit, creditLimitInputSchema, DEFAULT_PLEDGE_RATIO, type CreditLimitInput, type CreditLimitResult } from '../limit.js';
import { formatMinorUnits, signedMinorUnitsBig } from '../aging/minor-units.js';
import { roundDecimal, subtractDecimals } from '../decimal-arithmetic.js';
import { compareDecimalStrings as compare, shiftDecimalString } from '../decimal-string.js';
import { nonNegativeDecimalInput } from '../money-string.js';
import { DEFAULT_CREDIT_POLICY, type LimitPolicyInput } from '../schemas/policy.js';
import { parseWith } from '../validate.js';
import { refined } from '../schemas/common.js';

/**
 * The path to yes: when an amount is above what the limit rule gives, what would make it
 * approvable. Every figure comes from `computeCreditLimit` itself — each lever is a change to its
 * public input, searched to the cent — so the answer follows the rule whatever its internals.
 */

/** Options of `pathToYes`. */
export const pathToYesOptionsSchema = /* @__PURE__ */ z.object({
  /**
   * Pledge ratio 抵质押率 of the new collateral: the share of its appraised value that counts, 0 < ratio ≤ 1.
   * Default: the policy's `defaultPledgeRatio` (0.5 by default), as `computeCreditLimit` counts it.
   */
  pledgeRatio: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ refined(nonNegativeDecimalInput, /* @__PURE__ */ z.refine((v) => typeof v !== 'string' || (compare(v, '0') > 0 && compare(v, '1') <= 0), 'must be more than 0 and at most 1')),
  ),
  /**
   * How the liabilities paid down are funded: `equity` (default: by the owners or converted to
   * equity, assets unchanged) or `cash` (from the company's cash: total and effective assets fall by
   * the same amount).
   */
  paydownFundedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['equity', 'cash'])),
});
export type PathToYesOptions = z.input<typeof pathToYesOptionsSchema>;

/** The levers the path to yes moves, one at a time. */
export type PathLever = 'collateral' | 'liabilities' | 'grade' | 'paidInCapital';

/** One way to yes. */
export interface PathOption {
  readonly lever: PathLever;
  /**
   * `achievable`: the change below reaches the amount (and one cent less, or the next worse grade,
   * does not); `not-achievable`: no change of this lever alone reaches it; `not-applicable`: the
   * lever does not bind (e.g. paid-in capital of a company older than a year).
   */
  readonly status: 'achievable' | 'not-achievable' | 'not-applicable';
  /**
   * The change: the appraised value of new collateral to pledge at `pledgeRatio` (`collateral`), the
   * liabilities to pay down (`liabilities`), the paid-in capital to add (`paidInCapital`), each with
   * 2 decimals; or the grade needed (`grade`).
   */
  readonly change?: string;
  /**
   * The input field changed, with its value before and after. For `collateral` the change is one new
   * item appended to `collateral`, and `from` / `to` are the pledged collateral (Σ appraised value ×
   * pledge ratio, 2 decimals rounded down) before and after.
   */
  readonly field?: string;
  readonly from?: string;
  readonly to?: string;
  /** `collateral`: the pledge ratio the new collateral counts at. */
  readonly pledgeRatio?: string;
  /** The limit recomputed with the change: its working, step by step. */
  readonly result?: CreditLimitResult;
  /** `liabilities`: the pay-down that reaches the next (better) debt-ratio band, and what it gives. */
  readonly nextBand?: { readonly paydown: string; readonly debtRatio: string | null; readonly coefficient: string; readonly granted: string };
  /** English sentence with the numbers. */
  readonly message: string;
}

/** Result of `pathToYes`. */
export interface PathToYes {
  /** The amount asked for, 2 decimals. */
  readonly requested: string;
  /** The largest amount approvable today: the granted limit the rule gives with no amount requested. */
  readonly approvableToday: string;
  /** requested − approvableToday, at least 0. */
  readonly shortfall: string;
  /** The requested amount is approvable as it is. */
  readonly approvable: boolean;
  /** Today's computation, with its working. */
  readonly today: CreditLimitResult;
  /** One entry per lever, in a fixed order: collateral, liabilities, grade, paid-in capital. */
  readonly options: PathOption[];
}

/** An amount rounded down to the cent. */
const money = (value: string) => roundDecimal(value, 2, 'down');
/** Whole cents as an amount with 2 decimals (`12345n` → `"123.45"`). */
const fromCents = (cents: bigint) => formatMinorUnits(cents, 2);
/** The same amount in its shortest digits (`12300n` → `"123"`), as an input field carries it. */
const plainCents = (cents: bigint) => shiftDecimalString(fromCents(cents), 0);
/** A non-negative amount in whole cents, rounded down. */
const floorCents = (value: string) => signedMinorUnitsBig(money(value), 2);
const lowered = (r: CreditLimitResult, cap: 'collateral' | 'paidInCapital') =>
  cap === 'collateral' ? r.caps.includes('collateral') || r.caps.includes('new-company-collateral') : r.caps.includes('new-company-paid-in-capital');
/** Largest search bound: 10^18 cents (10^16 in currency units), far past any real balance sheet. */
const SEARCH_CEILING = 10n ** 18n;

/**
 * The least whole number of cents n in (lo, ceiling] with `reaches(n)`, assuming `reaches` is
 * monotone (false … false true … true); `null` when even the ceiling does not reach.
 */
function leastCents(reaches: (cents: bigint) => boolean, lo: bigint, ceiling: bigint): bigint | null {
  let fail = lo;
  let hi = lo + 1n > 1n ? lo + 1n : 1n;
  while (!reaches(hi)) {
    if (hi >= ceiling) return null;
    fail = hi;
    hi = hi * 2n + 1n < ceiling ? hi * 2n + 1n : ceiling;
  }
  while (hi - fail > 1n) {
    const mid = (fail + hi) / 2n;
    if (reaches(mid)) hi = mid;
    else fail = mid;
  }
  return hi;
}

/**
 * What would make `input.requested` approvable under the limit rule, and by how much, lever by lever:
 * - **collateral**: the appraised value of new collateral to pledge at `options.pledgeRatio` (default
 *   the policy's `defaultPledgeRatio`), appended to `collateral`; applies when the pledged collateral
 *   caps the granted limit — a company founded or in production less than a year (by default) or
 *   any customer under `capGrantedByCollateral`;
 * - **liabilities**: the liabilities to pay down (funded by `options.paydownFundedBy`), with the
 *   pay-down that reaches the next debt-ratio band on the way;
 * - **grade**: the worst grade that would give the amount (and what that grade allows);
 * - **paidInCapital**: for a company founded or in production less than a year whose maximum is
 *   capped at its paid-in capital, the paid-in capital to add;
 * - and the largest amount approvable today.
 * Each change is the least that works, to the cent: applied, `computeCreditLimit` gives at least the
 * amount; one cent less (or the next worse grade) does not. That minimality holds for policies whose
 * limit does not fall as a lever improves (debt-ratio coefficients not rising with the ratio, grade
 * coefficients not rising as grades worsen) — the default and any sensible policy.
 *
 * @throws CreditKitValidationError when `input.requested` is missing or any input is invalid.
 */
export function pathToYes(input: CreditLimitInput, policy?: LimitPolicyInput, options?: PathToYesOptions): PathToYes {
  const data = parseWith(creditLimitInputSchema, input, 'path to yes input');
  if (data.requested === undefined) {
    throw new CreditKitValidationError('path to yes input', [{ path: 'requested', code: 'required', message: 'is required: the amount to make approvable' }]);
  }
  const opts = parseWith(z.object({ options: pathToYesOptionsSchema }), { options: options ?? {} }, 'path to yes options').options;
  const pledgeRatio = opts.pledgeRatio === undefined ? undefined : shiftDecimalString(opts.pledgeRatio, 0);
  const { requested: _asked, ...base } = data;
  const compute = (changed: CreditLimitInput) => computeCreditLimit(changed, policy);
  const requested = money(data.requested);
  const today = compute(base);
  const approvableToday = today.granted;
  const reaches = (changed: CreditLimitInput) => {
    try {
      return compare(compute(changed).granted, requested) >= 0;
    } catch (error) {
      if (error instanceof CreditKitValidationError) return false;
      throw error;
    }
  };
  const approvable = compare(approvableToday, requested) >= 0;
  const result: Omit<PathToYes, 'options'> = {
    requested,
    approvableToday,
    shortfall: approvable ? money('0') : money(subtractDecimals(requested, approvableToday)),
    approvable,
    today,
  };
  if (approvable) return { ...result, options: [] };
  return {
    ...result,
    options: [
      collateralOption(base, today, requested, pledgeRatio, policy, reaches, compute),
      liabilitiesOption(base, today, opts.paydownFundedBy ?? 'equity', reaches, compute),
      gradeOption(base, reaches, compute),
      paidInCapitalOption(base, today, reaches, compute),
    ],
  };
}

type Compute = (input: CreditLimitInput) => CreditLimitResult;
type Reaches = (input: CreditLimitInput) => boolean;
type Base = Omit<z.output<typeof creditLimitInputSchema>, 'requested'>;

function collateralOption(
  base: Base,
  today: CreditLimitResult,
  requested: string,
  pledgeRatio: string | undefined,
  policy: LimitPolicyInput | undefined,
  reaches: Reaches,
  compute: Compute,
): PathOption {
  // Collateral caps only the granted limit: it helps when the pledged collateral is what lowered it.
  if (!lowered(today, 'collateral')) {
    return { lever: 'collateral', status: 'not-applicable', message: 'Collateral does not cap this limit: more collateral would not raise it.' };
  }
  if (compare(today.maximum, requested) < 0) {
    return { lever: 'collateral', status: 'not-achievable', message: `No amount of collateral alone reaches the amount: the maximum is ${today.maximum}.` };
  }
  // Without an explicit ratio the item takes the policy's default, exactly as computeCreditLimit counts it.
  const ratio = pledgeRatio ?? String((policy ?? DEFAULT_CREDIT_POLICY.limit).defaultPledgeRatio ?? DEFAULT_PLEDGE_RATIO);
  const pledging = (cents: bigint): CreditLimitInput => ({
    ...base,
    collateral: [...(base.collateral ?? []), { appraisedValue: fromCents(cents), ...(pledgeRatio === undefined ? {} : { pledgeRatio }) }],
  });
  const appraised = leastCents((c) => reaches(pledging(c)), 0n, SEARCH_CEILING);
  if (appraised === null) {
    return { lever: 'collateral', status: 'not-achievable', message: `No amount of collateral alone reaches the amount at a pledge ratio of ${ratio}.` };
  }
  const recomputed = compute(pledging(appraised));
  const change = fromCents(appraised);
  return {
    lever: 'collateral',
    status: 'achievable',
    change,
    field: 'collateral',
    from: today.pledgedCollateral,
    to: recomputed.pledgedCollateral,
    pledgeRatio: ratio,
    result: recomputed,
    message: `Pledge collateral appraised at ${change} (at a pledge ratio of ${ratio}): the pledged collateral becomes ${recomputed.pledgedCollateral} and the granted limit ${recomputed.granted}.`,
  };
}

function liabilitiesOption(base: Base, today: CreditLimitResult, fundedBy: 'equity' | 'cash', reaches: Reaches, compute: Compute): PathOption {
  const liabilities = base.totalLiabilities;
  const paidDown = (cents: bigint): CreditLimitInput => {
    const x = fromCents(cents);
    const changed = { ...base, totalLiabilities: subtractDecimals(liabilities, x) };
    if (fundedBy === 'cash') {
      changed.totalAssets = subtractDecimals(base.totalAssets, x);
      changed.effectiveAssets = subtractDecimals(base.effectiveAssets, x);
    }
    return changed;
  };
  const limit = fundedBy === 'cash' && compare(base.effectiveAssets, liabilities) < 0 ? base.effectiveAssets : liabilities;
  const ceiling = floorCents(limit);
  if (ceiling === 0n) return { lever: 'liabilities', status: 'not-applicable', message: 'There are no liabilities to pay down.' };

  const coefficient = today.debtRatioCoefficient;
  const safe = (cents: bigint) => {
    try {
      return compute(paidDown(cents));
    } catch (error) {
      if (error instanceof CreditKitValidationError) return null;
      throw error;
    }
  };
  const bandCents = leastCents((c) => {
    const r = safe(c);
    return r !== null && compare(r.debtRatioCoefficient, coefficient) > 0;
  }, 0n, ceiling);
  const band = bandCents === null ? null : safe(bandCents);
  const nextBand = bandCents !== null && band
    ? { paydown: fromCents(bandCents), debtRatio: band.debtRatio, coefficient: band.debtRatioCoefficient, granted: band.granted }
    : undefined;

  const cents = leastCents((c) => reaches(paidDown(c)), 0n, ceiling);
  const funding = fundedBy === 'cash' ? ' from cash (assets fall by the same amount)' : ' with new equity (assets unchanged)';
  if (cents === null) {
    return {
      lever: 'liabilities',
      status: 'not-achievable',
      ...(nextBand ? { nextBand } : {}),
      message: `Paying down liabilities${funding} alone does not reach the amount${nextBand ? `; paying down ${nextBand.paydown} reaches the next debt-ratio band (coefficient ${nextBand.coefficient}) and a granted limit of ${nextBand.granted}` : ''}.`,
    };
  }
  const changed = paidDown(cents);
  const recomputed = compute(changed);
  return {
    lever: 'liabilities',
    status: 'achievable',
    change: fromCents(cents),
    field: 'totalLiabilities',
    from: shiftDecimalString(liabilities, 0),
    to: String(changed.totalLiabilities),
    result: recomputed,
    ...(nextBand ? { nextBand } : {}),
    message: `Pay down ${fromCents(cents)} of liabilities${funding}: the debt ratio becomes ${recomputed.debtRatio ?? 'undefined'} (coefficient ${recomputed.debtRatioCoefficient}) and the granted limit ${recomputed.granted}.`,
  };
}

function gradeOption(base: Base, reaches: Reaches, compute: Compute): PathOption {
  const rank = parseGrade(base.grade).rank;
  // Better grades, from the next one up to AAA: the first that reaches is the least change.
  const better = ALL_GRADES.filter((g) => parseGrade(g).rank < rank).reverse();
  const needed = better.find((grade) => reaches({ ...base, grade }));
  if (needed === undefined) return { lever: 'grade', status: 'not-achievable', message: 'No better grade alone reaches the amount.' };
  const recomputed = compute({ ...base, grade: needed });
  const allows = gradePolicy(needed);
  return {
    lever: 'grade',
    status: 'achievable',
    change: needed,
    field: 'grade',
    from: base.grade,
    to: needed,
    result: recomputed,
    message: `A grade of ${needed as Grade} would give a granted limit of ${recomputed.granted} (${allows.description})`,
  };
}

function paidInCapitalOption(base: Base, today: CreditLimitResult, reaches: Reaches, compute: Compute): PathOption {
  if (!today.newCompany) {
    return { lever: 'paidInCapital', status: 'not-applicable', message: 'Paid-in capital caps only a company founded or in production less than a year.' };
  }
  if (!lowered(today, 'paidInCapital')) {
    return { lever: 'paidInCapital', status: 'not-applicable', message: 'Paid-in capital does not cap this limit: the maximum is below it.' };
  }
  const current = base.paidInCapital;
  const withTotal = (cents: bigint): CreditLimitInput => ({ ...base, paidInCapital: plainCents(cents) });
  const total = leastCents((c) => reaches(withTotal(c)), floorCents(current), SEARCH_CEILING);
  if (total === null) {
    const uncapped = compute(withTotal(SEARCH_CEILING));
    const why = lowered(uncapped, 'collateral')
      ? `the granted limit is also capped by the pledged collateral (${uncapped.pledgedCollateral}); see the collateral lever`
      : `the maximum is then ${uncapped.maximum}`;
    return { lever: 'paidInCapital', status: 'not-achievable', message: `More paid-in capital alone does not reach the amount: ${why}.` };
  }
  const to = fromCents(total);
  const recomputed = compute(withTotal(total));
  const change = roundDecimal(subtractDecimals(to, current), 2, 'up');
  return {
    lever: 'paidInCapital',
    status: 'achievable',
    change,
    field: 'paidInCapital',
    from: shiftDecimalString(current, 0),
    to: plainCents(total),
    result: recomputed,
    message: `Raise paid-in capital by ${change} to ${to}: the granted limit becomes ${recomputed.granted}.`,
  };
}
