import { divideDecimals, multiplyDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare, shiftDecimalString } from './decimal-string.js';

/** One row of the policy's debt-ratio table: ratios up to `upTo` (inclusive) get `coefficient`. */
export interface DebtRatioRange {
  readonly upTo: string;
  readonly coefficient: string;
}

/** How the debt-ratio coefficient was found. */
export interface DebtRatioLookup {
  /** totalLiabilities ÷ totalAssets, 4 decimals rounded up; `null` when total assets are 0. */
  readonly ratio: string | null;
  /** The coefficient, as a decimal string. */
  readonly coefficient: string;
  /** Index of the matching range, or `null` (no total assets, or above the last `upTo`). */
  readonly rangeIndex: number | null;
  /** `no-total-assets` and `above-ranges` give coefficient 0. */
  readonly basis: 'range' | 'no-total-assets' | 'above-ranges';
}

/**
 * Looks up the debt-ratio coefficient: the first range (ascending) whose `upTo` is ≥ the ratio;
 * above the last `upTo` → 0; total assets of 0 → no ratio and 0.
 *
 * The comparison is exact and needs no division: ratio ≤ upTo ⇔ liabilities ≤ upTo × assets.
 * The ratio returned for display is rounded *up* to 4 decimals, so a ratio just past a boundary
 * (0.40001) never shows as inside the range below it (it shows 0.4001, not 0.4000).
 */
export function lookupDebtRatioCoefficient(
  totalLiabilities: string,
  totalAssets: string,
  ranges: readonly DebtRatioRange[],
): DebtRatioLookup {
  if (compare(totalAssets, '0') === 0) return { ratio: null, coefficient: '0', rangeIndex: null, basis: 'no-total-assets' };
  const ratio = divideDecimals(totalLiabilities, totalAssets, 4, 'up');
  const index = ranges.findIndex((range) => compare(totalLiabilities, multiplyDecimals(totalAssets, range.upTo)) <= 0);
  const range = ranges[index];
  if (!range) return { ratio, coefficient: '0', rangeIndex: null, basis: 'above-ranges' };
  return { ratio, coefficient: shiftDecimalString(range.coefficient, 0), rangeIndex: index, basis: 'range' };
}
