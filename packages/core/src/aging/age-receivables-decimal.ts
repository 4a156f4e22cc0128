import { Decimal, toMoneyString } from '../money.js';
import { ageResolvedExactly, type ExactArithmetic } from './age-exactly.js';
import { resolveAgingOptions, type AgingOptionsInput, type ResolvedAgingOptions } from './aging-options.js';
import type { AgingResult } from './aging-result.js';
import type { ReceivableInput } from './receivable-schema.js';

/**
 * The reference implementation of aging: zod validation and decimal.js arithmetic, written
 * independently of the minor-unit hot path. Property tests prove the hot path and its BigInt
 * fallback (`age-receivables.ts`) give identical results; pages never load it.
 */

/** Additions and subtractions never round: precision is as large as decimal.js allows. */
const Exact = /* @__PURE__ */ Decimal.clone({ precision: 1e9 });
type Exact = InstanceType<typeof Exact>;

const decimalArithmetic = (scale: number): ExactArithmetic<Exact> => ({
  zero: new Exact(0),
  of: (amount) => new Exact(amount),
  plus: (a, b) => a.plus(b),
  minus: (a, amount) => a.minus(amount),
  negated: (a) => a.negated(),
  isZero: (a) => a.isZero(),
  format: (a) => toMoneyString(a, scale),
});

/** `ageReceivables` computed entirely with decimal.js: identical results, slower. */
export function ageReceivablesWithDecimal(items: readonly ReceivableInput[], options: AgingOptionsInput): AgingResult {
  return ageResolvedWithDecimal(items, resolveAgingOptions(options));
}

/** `ageReceivablesWithDecimal` with options already resolved. */
export function ageResolvedWithDecimal(items: unknown, options: ResolvedAgingOptions): AgingResult {
  return ageResolvedExactly(items, options, decimalArithmetic);
}
