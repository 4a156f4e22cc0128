import { ageResolvedExactly, type ExactArithmetic } from './age-exactly.js';
import type { ResolvedAgingOptions } from './aging-options.js';
import type { AgingResult } from './aging-result.js';
import { formatMinorUnits, signedMinorUnitsBig } from './minor-units.js';

/** Sums in BigInt minor units at the run's scale: exact at any size, and no decimal.js on the page. */
const bigintArithmetic = (scale: number): ExactArithmetic<bigint> => ({
  zero: 0n,
  of: (amount) => signedMinorUnitsBig(amount, scale),
  plus: (a, b) => a + b,
  minus: (a, amount) => a - signedMinorUnitsBig(amount, scale),
  negated: (a) => -a,
  isZero: (a) => a === 0n,
  format: (a) => formatMinorUnits(a, scale),
});

/**
 * Aging for what the minor-unit hot path cannot hold (amounts past `Number.MAX_SAFE_INTEGER` minor
 * units, more than 6 decimal places): zod validation and BigInt sums, identical to decimal.js's.
 */
export function ageResolvedWithBigInt(items: unknown, options: ResolvedAgingOptions): AgingResult {
  return ageResolvedExactly(items, options, bigintArithmetic);
}
