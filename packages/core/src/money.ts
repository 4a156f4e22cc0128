import DecimalJs from 'decimal.js';
import * as z from 'zod/mini';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './schemas/limits.js';

/**
 * The one Decimal constructor Credit Kit computes with: 40 significant digits, half-up rounding.
 * A clone, so a host's own global decimal.js configuration is never touched.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = DecimalJs;

const DIGITS = `\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}})?`;
/**
 * A decimal amount as text: optional minus, at most 24 digits, optional fraction of at most 10.
 * No exponent, no grouping. The bound keeps every amount (and sums of millions of them) inside
 * `Decimal`'s 40 significant digits, so nothing is ever rounded silently.
 */
export const DECIMAL_PATTERN = new RegExp(`^-?${DIGITS}$`);
/** `DECIMAL_PATTERN` without the minus. */
export const NON_NEGATIVE_DECIMAL_PATTERN = new RegExp(`^${DIGITS}$`);
const NON_NEGATIVE_PATTERN = NON_NEGATIVE_DECIMAL_PATTERN;
/** The shape of a decimal whatever its length: tells "too many digits" from "not a decimal". */
const DECIMAL_SHAPE = /^-?\d+(\.\d+)?$/;

const AMOUNT_MESSAGE = 'must be a decimal amount such as "1234.56"';
const NON_NEGATIVE_MESSAGE = 'must be a decimal amount of zero or more, such as "1234.56"';
/** Message for a well-formed decimal with too many digits. */
export const DIGITS_MESSAGE = `must have at most ${MAX_INTEGER_DIGITS} digits before the decimal point and ${MAX_FRACTION_DIGITS} after`;

/** The message for a string that fails an amount pattern: too long, or not a decimal at all. */
function amountMessage(shapeMessage: string) {
  return (issue: { readonly input?: unknown }) =>
    typeof issue.input === 'string' && DECIMAL_SHAPE.test(issue.input.trim()) ? DIGITS_MESSAGE : shapeMessage;
}

/** Whether `value` is a decimal string within the contract's digit bounds. */
export function isBoundedDecimal(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Wire amount: a decimal string, e.g. `"1234567.89"` (may be negative). */
export const moneyString = z.string().check(z.regex(DECIMAL_PATTERN, { error: amountMessage(AMOUNT_MESSAGE) }));
/** Wire amount of zero or more. */
export const nonNegativeMoneyString = z.string().check(z.regex(NON_NEGATIVE_PATTERN, { error: amountMessage(NON_NEGATIVE_MESSAGE) }));

function numberToDecimalString(value: number): string {
  // Number#toString gives the shortest round-tripping digits; Decimal turns an exponent form into plain digits.
  return new Decimal(value).toFixed();
}

function amountInput(pattern: RegExp, message: string) {
  return z.pipe(
    z.union([
      z.string().check(z.trim(), z.regex(pattern, { error: amountMessage(message) })),
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
