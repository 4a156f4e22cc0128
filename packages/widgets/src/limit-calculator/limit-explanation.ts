import { limitBracketTimes3, lookupDebtRatioCoefficient, parseGrade, type CreditLimitCap, type CreditLimitResult, type LimitPolicy } from '@credit-kit/core/lean';
import type { LimitCalculatorMessages } from './limit-calculator.messages.js';
import type { WhatIfInput } from './what-if-form.js';

/**
 * Puts `computeCreditLimit`'s result into words: each step of the working with its label, the
 * calculation with the actual numbers and its value, and each cap that applied. Labels come from
 * the steps' stable `key`s, never from core's English text; numbers come pre-formatted.
 */

/** How amounts, coefficients, ratios and dates are written for the reader. */
export interface Formatters {
  money(amount: string): string;
  coefficient(value: string): string;
  percent(ratio: string): string;
  date(iso: string): string;
}

/** One line of the working. */
export interface StepLine {
  readonly key: string;
  readonly label: string;
  /** The arithmetic with the actual numbers, if the step has any. */
  readonly calculation?: string;
  readonly value: string;
  /** The maximum and the granted limit: the lines the working arrives at. */
  readonly total: boolean;
}

/** One cap that applied, in words. */
export interface CapLine {
  readonly code: CreditLimitCap;
  readonly text: string;
}

const COEFFICIENT_STEPS = new Set(['gradeCoefficient', 'debtRatioCoefficient']);
const TOTAL_STEPS = new Set(['maximum', 'granted']);

function stepValue(result: CreditLimitResult, key: string): string | undefined {
  return result.steps.find((step) => step.key === key)?.value;
}

/** The bracket (core's `limitBracketTimes3` ÷ 3) is a whole number: its ÷ 3 needs no rounding. */
function bracketIsWhole(input: WhatIfInput): boolean {
  const times3 = limitBracketTimes3(input.existingFinancing, input.effectiveAssets, input.totalLiabilities);
  return !times3.includes('.') && BigInt(times3) % 3n === 0n;
}

/** The working of `result`, line by line, in the reader's words. */
export function describeSteps(
  result: CreditLimitResult,
  input: WhatIfInput,
  policy: LimitPolicy,
  t: LimitCalculatorMessages['working'],
  f: Formatters,
): StepLine[] {
  const labels = t.labels as Record<string, string | ((grade: string) => string) | undefined>;
  const bracketExact = bracketIsWhole(input);
  const bracketShown = stepValue(result, 'bracket');
  const debt = lookupDebtRatioCoefficient(input.totalLiabilities, input.totalAssets, policy.debtRatioCoefficients);
  const lastUpTo = policy.debtRatioCoefficients[policy.debtRatioCoefficients.length - 1]?.upTo ?? '0';

  const calculationOf = (key: string): string | undefined => {
    switch (key) {
      case 'effectiveAssetsTimes7Over3':
        return `${f.money(input.effectiveAssets)} × 7 ÷ 3`;
      case 'liabilitiesTimes10Over3':
        return `${f.money(input.totalLiabilities)} × 10 ÷ 3`;
      case 'bracket':
        return `(3 × ${f.money(input.existingFinancing)} + 7 × ${f.money(input.effectiveAssets)} − 10 × ${f.money(input.totalLiabilities)}) ÷ 3`;
      case 'gradeCoefficient': {
        const base = parseGrade(input.grade).base;
        return policy.gradeCoefficients[input.grade as keyof LimitPolicy['gradeCoefficients']] === undefined && base !== input.grade
          ? t.gradeFallback(input.grade, base)
          : undefined;
      }
      case 'debtRatio':
        return `${f.money(input.totalLiabilities)} ÷ ${f.money(input.totalAssets)}`;
      case 'debtRatioCoefficient':
        if (debt.basis === 'no-total-assets') return t.noTotalAssets;
        if (debt.basis === 'above-ranges') return t.debtRatioAboveRanges(f.percent(lastUpTo));
        return t.debtRatioInRange(f.percent(policy.debtRatioCoefficients[debt.rangeIndex!]!.upTo));
      case 'formulaResult':
        return bracketShown === undefined
          ? undefined
          : `${bracketExact ? '' : '≈ '}${f.money(bracketShown)} × ${f.coefficient(result.gradeCoefficient)} × ${f.coefficient(result.debtRatioCoefficient)}`;
      case 'newCompanyCap':
        return t.newCompany(f.date(input.establishedOn), f.date(input.asOf));
      default:
        return undefined;
    }
  };

  return result.steps.map((step) => {
    const label = labels[step.key];
    const text = typeof label === 'function' ? label(input.grade) : (label ?? step.label);
    let value: string;
    if (COEFFICIENT_STEPS.has(step.key)) value = f.coefficient(step.value);
    else if (step.key === 'debtRatio') value = f.percent(step.value);
    else if (/^-?\d+(\.\d+)?$/.test(step.value)) value = `${step.key === 'bracket' && !bracketExact ? '≈ ' : ''}${f.money(step.value)}`;
    else value = step.value;
    const calculation = calculationOf(step.key);
    return { key: step.key, label: text, value, total: TOTAL_STEPS.has(step.key), ...(calculation ? { calculation } : {}) };
  });
}

/** Each cap that lowered the maximum or the granted limit, in the order core applied them. */
export function describeCaps(
  result: CreditLimitResult,
  input: WhatIfInput,
  policy: LimitPolicy,
  t: LimitCalculatorMessages['caps'],
  f: Formatters,
): CapLine[] {
  const lastUpTo = policy.debtRatioCoefficients[policy.debtRatioCoefficients.length - 1]?.upTo ?? '0';
  const money = (key: string, fallback: string) => f.money(stepValue(result, key) ?? fallback);
  return result.caps.map((code): CapLine => {
    switch (code) {
      case 'negative-formula':
        return { code, text: t.negativeFormula(money('bracket', result.formulaResult)) };
      case 'no-total-assets':
        return { code, text: t.noTotalAssets };
      case 'debt-ratio-above-ranges':
        return { code, text: t.debtRatioAboveRanges(f.percent(result.debtRatio ?? '0'), f.percent(lastUpTo)) };
      case 'new-company-paid-in-capital':
        return { code, text: t.newCompany(f.date(input.establishedOn), money('newCompanyCap', input.paidInCapital)) };
      case 'grade-maximum':
        return { code, text: t.gradeMaximum(input.grade, money('gradeMaximumCap', result.maximum)) };
      case 'requested-above-maximum':
        return { code, text: t.requestedAboveMaximum(money('requested', input.requested ?? '0'), f.money(result.maximum)) };
      case 'collateral':
        return { code, text: t.collateral(f.money(result.pledgedCollateral)) };
      case 'new-company-collateral':
        return { code, text: t.newCompanyCollateral(f.money(result.pledgedCollateral)) };
      case 'debt-capacity':
        return { code, text: t.debtCapacity(f.money(result.maximum)) };
      default:
        return { code, text: t.other(code) };
    }
  });
}
