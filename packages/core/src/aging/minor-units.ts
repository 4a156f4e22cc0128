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
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Largest n for which n × 10 + 9 is still computed exactly. */
const MAX_BEFORE_DIGIT = Math.floor(MAX_SAFE / 10);
/** Largest integer amount that, times 10^scale, stays safe. */
const MAX_WHOLE_AT_SCALE: readonly number[] = POWERS_OF_TEN.map((p) => Math.floor(MAX_SAFE / p));

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
 * Exact for every safe integer.
 */
export function formatMinorUnits(units: number, scale: number): string {
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
