/**
 * Exact money in plain JS numbers: an amount with at most `scale` decimal places, times 10^scale,
 * is an integer, and integers up to `Number.MAX_SAFE_INTEGER` add exactly. Aging sums in these
 * minor units on its hot path and is proven equal to decimal.js by property tests.
 *
 * The parsers return a non-negative integer, or one of the negative codes below (amounts on this
 * path are never negative, so the codes cannot be confused with a value).
 */

/** The value is not a valid non-negative amount (the zod schema rejects it too). */
export const INVALID_AMOUNT = -1;
/** The value is valid but has more decimal places than the scale in use. */
export const NEEDS_LARGER_SCALE = -2;
/** The value is valid but too large for exact integer arithmetic (or written with an exponent). */
export const TOO_LARGE = -3;

/** The largest scale (decimal places) the integer path handles; beyond it aging uses decimal.js. */
export const MAX_FAST_SCALE = 6;

/** 10^0 … 10^15, exact as doubles. */
export const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Array.from({ length: 16 }, (_, i) => 10 ** i);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Largest n for which n × 10 + 9 is still computed exactly. */
const MAX_BEFORE_DIGIT = /* @__PURE__ */ Math.floor(MAX_SAFE / 10);
/** Largest integer amount that, times 10^scale, stays safe. */
const MAX_WHOLE_AT_SCALE: readonly number[] = /* @__PURE__ */ POWERS_OF_TEN.map((p) => Math.floor(MAX_SAFE / p));

/**
 * Minor units of a decimal string (`"1234.5"`, scale 2 → `123450`) that must match
 * `^\d+(\.\d+)?$` as it is; no trimming here.
 */
export function minorUnitsFromDecimalText(text: string, scale: number): number {
  const length = text.length;
  let units = 0;
  let tooLarge = false;
  let i = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) break; // '.'
    const digit = code - 48;
    if (digit < 0 || digit > 9) return INVALID_AMOUNT;
    if (units > MAX_BEFORE_DIGIT) tooLarge = true;
    else units = units * 10 + digit;
  }
  if (i === 0) return INVALID_AMOUNT; // no integer digits: "", ".5"
  let places = 0;
  if (i < length) {
    i++; // skip '.'
    if (i === length) return INVALID_AMOUNT; // "12."
    for (; i < length; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return INVALID_AMOUNT;
      places++;
      if (units > MAX_BEFORE_DIGIT) tooLarge = true;
      else units = units * 10 + digit;
    }
  }
  if (places > scale) return NEEDS_LARGER_SCALE;
  if (tooLarge) return TOO_LARGE;
  units *= POWERS_OF_TEN[scale - places]!;
  return units > MAX_SAFE ? TOO_LARGE : units;
}

/**
 * Minor units of a function-input amount: a decimal string (trimmed, like the zod schema does) or a
 * finite number of zero or more. Agrees with `nonNegativeMoneyInput` on what is valid.
 */
export function minorUnitsFromAmount(value: unknown, scale: number): number {
  if (typeof value === 'string') {
    const units = minorUnitsFromDecimalText(value, scale);
    if (units !== INVALID_AMOUNT) return units;
    // Rare: surrounding whitespace, which the schema trims before checking the pattern.
    const trimmed = value.trim();
    return trimmed.length === value.length ? INVALID_AMOUNT : minorUnitsFromDecimalText(trimmed, scale);
  }
  if (typeof value === 'number') {
    if (!(value >= 0) || value === Infinity) return INVALID_AMOUNT;
    // `+ 0` turns -0 into 0.
    if (Number.isInteger(value) && value <= MAX_WHOLE_AT_SCALE[scale]!) return value * POWERS_OF_TEN[scale]! + 0;
    // String() gives the same shortest round-trip digits decimal.js uses; an exponent form means
    // the number is huge or tiny, which the decimal.js path handles.
    const text = String(value);
    return text.indexOf('e') === -1 ? minorUnitsFromDecimalText(text, scale) : TOO_LARGE;
  }
  return INVALID_AMOUNT;
}

/**
 * Decimal places the exact result needs for this amount: the places of the trimmed string, or of
 * the number's shortest decimal form (`Infinity` for an exponent form). 0 for anything invalid.
 */
export function amountDecimalPlaces(value: unknown): number {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 0;
    text = String(value);
    if (text.indexOf('e') !== -1) return Infinity;
  } else return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Formats minor units as a decimal string with exactly `scale` places: `-123450`, 2 → `"-1234.50"`.
 * Exact for every safe integer and every bigint.
 */
export function formatMinorUnits(units: number | bigint, scale: number): string {
  if (typeof units === 'bigint') return formatBigMinorUnits(units, scale);
  const negative = units < 0;
  const magnitude = negative ? -units : units;
  if (scale === 0) return negative ? `-${magnitude}` : `${magnitude}`;
  const factor = POWERS_OF_TEN[scale]!;
  // Exact: below 2^53 the division's rounding error is under 1/factor, and a quotient that is not
  // an integer lies at least 1/factor from the next one, so the floor is the true integer part.
  const whole = Math.floor(magnitude / factor);
  let digits = `${magnitude - whole * factor}`;
  while (digits.length < scale) digits = `0${digits}`;
  return negative ? `-${whole}.${digits}` : `${whole}.${digits}`;
}

function formatBigMinorUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

// Signed amounts (a credit note makes a row's total negative): the same integer path, with a sign.

/**
 * Minor units of a signed decimal string (`"-0.05"`, scale 2 → `-5`), or `NaN` when the text is not
 * a plain decimal, has more places than `scale`, or is too large for a safe integer (sort keys
 * fall back to `signedMinorUnitsBig` then).
 */
export function signedMinorUnits(text: string, scale: number): number {
  const negative = text.charCodeAt(0) === 45; /* - */
  const units = minorUnitsFromDecimalText(negative ? text.slice(1) : text, scale);
  if (units < 0) return NaN;
  return negative ? -units || 0 : units;
}

/** Minor units of a signed decimal string as an exact bigint; throws a RangeError when it has more places than `scale`. */
export function signedMinorUnitsBig(text: string, scale: number): bigint {
  const negative = text.charCodeAt(0) === 45;
  const magnitude = negative ? text.slice(1) : text;
  const dot = magnitude.indexOf('.');
  const places = dot < 0 ? 0 : magnitude.length - dot - 1;
  if (places > scale || !/^\d+(\.\d+)?$/.test(magnitude)) throw new RangeError(`${text} is not a decimal with at most ${scale} places`);
  const digits = (dot < 0 ? magnitude : magnitude.slice(0, dot) + magnitude.slice(dot + 1)) + '0'.repeat(scale - places);
  const units = BigInt(digits);
  return negative ? -units : units;
}

/** Whether a decimal string is not zero (`"-0.00"` is zero). */
export function isNonZeroDecimal(text: string): boolean {
  return /[1-9]/.test(text);
}

/** Whether a decimal string is greater than zero. */
export function isPositiveDecimal(text: string): boolean {
  return text.charCodeAt(0) !== 45 && /[1-9]/.test(text);
}

/**
 * An exact running sum of signed decimal strings at a fixed scale: integer arithmetic in a
 * `number` while the sum stays a safe integer, switching to `bigint` before it would not.
 */
export class ExactSum {
  private small = 0;
  private big: bigint | undefined;

  constructor(readonly scale: number) {}

  /** Adds a decimal string with at most `scale` places. */
  add(text: string): void {
    if (this.big === undefined) {
      const units = signedMinorUnits(text, this.scale);
      if (!Number.isNaN(units) && Math.abs(this.small) + Math.abs(units) <= Number.MAX_SAFE_INTEGER) {
        this.small += units;
        return;
      }
      this.big = BigInt(this.small);
    }
    this.big += signedMinorUnitsBig(text, this.scale);
  }

  /** The sum with exactly `scale` places (never `-0`). */
  toString(): string {
    return this.big === undefined ? formatMinorUnits(this.small, this.scale) : formatMinorUnits(this.big, this.scale);
  }
}
