import DecimalJs from 'decimal.js';

// decimal.js's rounding modes as constants (a test holds them equal to `Decimal.ROUND_*`): read as
// `DecimalJs.ROUND_DOWN` in a top-level clone's options, a property read keeps the clone, and with
// it decimal.js, on pages that never compute.
/** Rounds towards zero (decimal.js `ROUND_DOWN`). */
export const ROUND_DOWN = 1;
/** Rounds to nearest, half away from zero (decimal.js `ROUND_HALF_UP`). */
export const ROUND_HALF_UP = 4;

/**
 * The one Decimal constructor Credit Kit computes with: 40 significant digits, half-up rounding.
 * A clone, so a host's own global decimal.js configuration is never touched.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({ precision: 40, rounding: ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

export * from './money-string.js';

/** A Decimal from an already validated decimal string. */
export function dec(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Formats to a fixed number of decimal places (default 2), rounding half-up; `-0.00` becomes `0.00`. */
export function toMoneyString(value: Decimal, places = 2, rounding: DecimalJs.Rounding = DecimalJs.ROUND_HALF_UP): string {
  const text = value.toFixed(places, rounding);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
