/**
 * Exact sums, products and half-up rounding of decimal strings in BigInt, for rules that add,
 * compare and round amounts but never need decimal.js's transcendental functions: credit exposure
 * (used, available, utilisation) and the aging table's shares. Inputs are validated plain decimal
 * strings (`-?\d+(\.\d+)?`); results are plain decimal strings. Property-tested against decimal.js
 * in decimal-arithmetic.test.ts. A page that only adds amounts this way needs no decimal.js.
 */

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(value: string): Scaled {
  const text = value.trim();
  const negative = text.startsWith('-');
  const body = negative || text.startsWith('+') ? text.slice(1) : text;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(body)) throw new TypeError(`not a decimal string: ${JSON.stringify(value)}`);
  const dot = body.indexOf('.');
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  const units = BigInt((dot < 0 ? body : body.slice(0, dot) || '0') + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);
const at = (x: Scaled, scale: number) => x.units * pow10(scale - x.scale);
const abs = (n: bigint) => (n < 0n ? -n : n);

/** Plain digits of `units × 10^-scale`, without trailing zeros in the fraction (`"-0"` is `"0"`). */
function plain({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = abs(units).toString().padStart(scale + 1, '0');
  let text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return negative && units !== 0n ? `-${text}` : text;
}

/** `units / divisor` rounded half away from zero (decimal.js `ROUND_HALF_UP`). */
function divideHalfUp(units: bigint, divisor: bigint): bigint {
  const negative = units < 0n !== divisor < 0n;
  const n = abs(units);
  const d = abs(divisor);
  let q = n / d;
  if (2n * (n % d) >= d) q += 1n;
  return negative ? -q : q;
}

/** Fixed `places` digits of `units × 10^-places`; `negativeZero` writes a negative value that rounded to 0 as `-0.00`. */
function fixed(units: bigint, places: number, negative: boolean, negativeZero: boolean): string {
  const digits = abs(units).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && (units !== 0n || negativeZero) ? `-${text}` : text;
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
 * `value` rounded half away from zero to `places` decimals and written with exactly that many, as
 * `toMoneyString(new Decimal(value), places)` writes it: a result of zero is never `-0.00`.
 */
export function roundDecimal(value: string, places: number): string {
  const x = scaled(value);
  const units = x.scale <= places ? at(x, places) : divideHalfUp(x.units, pow10(x.scale - places));
  return fixed(units, places, units < 0n, false);
}

/**
 * `a ÷ b` rounded once, half away from zero, to `places` decimals, as decimal.js's
 * `a.div(b).toFixed(places)` writes it (a negative quotient that rounds to zero keeps its sign:
 * `-0.0000`). Throws when `b` is zero.
 */
export function divideDecimals(a: string, b: string, places: number): string {
  const x = scaled(a);
  const y = scaled(b);
  if (y.units === 0n) throw new RangeError('division by zero');
  // a ÷ b × 10^places = (x.units × 10^(y.scale + places)) ÷ (y.units × 10^x.scale)
  const numerator = x.units * pow10(y.scale + places);
  const denominator = y.units * pow10(x.scale);
  const units = divideHalfUp(numerator, denominator);
  return fixed(units, places, x.units !== 0n && x.units < 0n !== y.units < 0n, true);
}
