import DecimalJs from 'decimal.js';
import * as z from 'zod/mini';

/**
 * The one Decimal constructor Credit Kit computes with: 40 significant digits, half-up rounding.
 * A clone, so a host's own global decimal.js configuration is never touched.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

/** A decimal amount as text: optional minus, digits, optional fraction. No exponent, no grouping. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
const NON_NEGATIVE_PATTERN = /^\d+(\.\d+)?$/;

const AMOUNT_MESSAGE = 'must be a decimal amount such as "1234.56"';
const NON_NEGATIVE_MESSAGE = 'must be a decimal amount of zero or more, such as "1234.56"';

/** Wire amount: a decimal string, e.g. `"1234567.89"` (may be negative). */
export const moneyString = z.string().check(z.regex(DECIMAL_PATTERN, AMOUNT_MESSAGE));
/** Wire amount of zero or more. */
export const nonNegativeMoneyString = z.string().check(z.regex(NON_NEGATIVE_PATTERN, NON_NEGATIVE_MESSAGE));

function numberToDecimalString(value: number): string {
  // Number#toString gives the shortest round-tripping digits; Decimal turns an exponent form into plain digits.
  return new Decimal(value).toFixed();
}

function amountInput(pattern: RegExp, message: string) {
  return z.pipe(
    z.union([
      z.string().check(z.trim(), z.regex(pattern, message)),
      z.number({ error: message }).check(
        z.refine((n) => Number.isFinite(n), message),
        z.refine((n) => pattern === DECIMAL_PATTERN || n >= 0, message),
      ),
    ], { error: message }),
    z.transform((v: string | number) => (typeof v === 'number' ? numberToDecimalString(v) : v)),
  );
}

/** Function-input amount: a decimal string or a finite number; always a decimal string after parsing. */
export const moneyInput = amountInput(DECIMAL_PATTERN, AMOUNT_MESSAGE);
/** Function-input amount of zero or more. */
export const nonNegativeMoneyInput = amountInput(NON_NEGATIVE_PATTERN, NON_NEGATIVE_MESSAGE);

/** A Decimal from an already validated decimal string. */
export function dec(value: string | number | Decimal): Decimal {
  return new Decimal(value);
}

/** Formats to a fixed number of decimal places (default 2), rounding half-up; `-0.00` becomes `0.00`. */
export function toMoneyString(value: Decimal, places = 2, rounding: DecimalJs.Rounding = DecimalJs.ROUND_HALF_UP): string {
  const text = value.toFixed(places, rounding);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Number of digits after the decimal point of a validated decimal string. */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** A non-money decimal input (coefficient, ratio): decimal string or finite number → decimal string. */
export const decimalInput = moneyInput;
/** A non-money decimal input of zero or more. */
export const nonNegativeDecimalInput = nonNegativeMoneyInput;
