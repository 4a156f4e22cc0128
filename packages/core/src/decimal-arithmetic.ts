import { formatMinorUnits, signedMinorUnitsBig } from './aging/minor-units.js';
import { decimalPlaces } from './money-string.js';

/**
 * Exact sums, products, quotients and rounding of decimal strings in BigInt, for rules that add,
 * multiply, compare and round amounts but never need decimal.js's transcendental functions: the
 * credit limit and its path to yes, the credit check, credit exposure (used, available,
 * utilisation) and the aging table's shares. Inputs are validated plain decimal strings
 * (`-?\d+(\.\d+)?`); results are plain decimal strings. Property-tested against decimal.js in
 * decimal-arithmetic.test.ts. A page that computes only this way needs no decimal.js.
 */

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(value: string): Scaled {
  const scale = decimalPlaces(value);
  return { units: signedMinorUnitsBig(value, scale), scale };
}

const pow10 = (n: number) => 10n ** BigInt(n);
const at = (x: Scaled, scale: number) => x.units * pow10(scale - x.scale);
const abs = (n: bigint) => (n < 0n ? -n : n);

/** Plain digits of `units × 10^-scale`, without trailing zeros in the fraction (`"-0"` is `"0"`). */
function plain({ units, scale }: Scaled): string {
  const text = formatMinorUnits(units, scale);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * How a result is rounded to its places: `half-up` to the nearest, half away from zero (decimal.js
 * `ROUND_HALF_UP`); `down` towards zero (`ROUND_DOWN`, truncation); `up` away from zero (`ROUND_UP`).
 */
export type DecimalRounding = 'half-up' | 'down' | 'up';

/** `units / divisor` rounded to a whole number as `rounding` says. */
function divideRounded(units: bigint, divisor: bigint, rounding: DecimalRounding): bigint {
  const negative = units < 0n !== divisor < 0n;
  const n = abs(units);
  const d = abs(divisor);
  let q = n / d;
  const r = n % d;
  if (rounding === 'half-up' ? 2n * r >= d : rounding === 'up' && r !== 0n) q += 1n;
  return negative ? -q : q;
}

/** The exact sum of `values`. */
export function addDecimals(...values: readonly string[]): string {
  const xs = values.map(scaled);
  const scale = Math.max(0, ...xs.map((x) => x.scale));
  return plain({ units: xs.reduce((sum, x) => sum + at(x, scale), 0n), scale });
}

/** The exact `a − b`. */
export function subtractDecimals(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  const scale = Math.max(x.scale, y.scale);
  return plain({ units: at(x, scale) - at(y, scale), scale });
}

/** The exact product `a × b`. */
export function multiplyDecimals(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  return plain({ units: x.units * y.units, scale: x.scale + y.scale });
}

/**
 * `value` rounded to `places` decimals (half away from zero unless `rounding` says otherwise) and
 * written with exactly that many, as `toMoneyString(new Decimal(value), places, rounding)` writes it:
 * a result of zero is never `-0.00`.
 */
export function roundDecimal(value: string, places: number, rounding: DecimalRounding = 'half-up'): string {
  const x = scaled(value);
  return formatMinorUnits(x.scale <= places ? at(x, places) : divideRounded(x.units, pow10(x.scale - places), rounding), places);
}

/**
 * `a ÷ b` rounded once to `places` decimals (half away from zero unless `rounding` says otherwise),
 * as decimal.js's `a.div(b).toFixed(places, rounding)` writes it (a negative quotient that rounds to
 * zero keeps its sign: `-0.0000`). Throws when `b` is zero.
 */
export function divideDecimals(a: string, b: string, places: number, rounding: DecimalRounding = 'half-up'): string {
  const x = scaled(a);
  const y = scaled(b);
  if (y.units === 0n) throw new RangeError('division by zero');
  // a ÷ b × 10^places = (x.units × 10^(y.scale + places)) ÷ (y.units × 10^x.scale)
  const numerator = x.units * pow10(y.scale + places);
  const denominator = y.units * pow10(x.scale);
  const units = divideRounded(numerator, denominator, rounding);
  const negativeZero = units === 0n && x.units !== 0n && x.units < 0n !== y.units < 0n;
  return negativeZero ? `-${formatMinorUnits(0n, places)}` : formatMinorUnits(units, places);
}
