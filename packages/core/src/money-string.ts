import * as z from 'zod/mini';
import { numberToPlainDecimal } from './decimal-string.js';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './schemas/limits.js';

// Amounts as text: the wire and input schemas, without Decimal, so a schema (and a page that only
// validates and shows amounts) does not pull in decimal.js. `money.ts` re-exports all of it.

const DIGITS = `\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}})?`;
/**
 * A decimal amount as text: optional minus, at most 24 digits, optional fraction of at most 10.
 * No exponent, no grouping. The bound keeps every amount (and sums of millions of them) inside
 * `Decimal`'s 40 significant digits, so nothing is ever rounded silently.
 */
export const DECIMAL_PATTERN = /* @__PURE__ */ new RegExp(`^-?${DIGITS}$`);
/** `DECIMAL_PATTERN` without the minus. */
export const NON_NEGATIVE_DECIMAL_PATTERN = /* @__PURE__ */ new RegExp(`^${DIGITS}$`);
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
export const moneyString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(DECIMAL_PATTERN, { error: /* @__PURE__ */ amountMessage(AMOUNT_MESSAGE) }));
/** Wire amount of zero or more. */
export const nonNegativeMoneyString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(NON_NEGATIVE_PATTERN, { error: /* @__PURE__ */ amountMessage(NON_NEGATIVE_MESSAGE) }));

function amountInput(pattern: RegExp, message: string) {
  return z.pipe(
    z.union([
      z.string().check(z.trim(), z.regex(pattern, { error: amountMessage(message) })),
      z.number({ error: message }).check(
        z.refine((n) => Number.isFinite(n), message),
        z.refine((n) => pattern === DECIMAL_PATTERN || n >= 0, message),
      ),
    ], { error: message }),
    z.transform((v: string | number) => (typeof v === 'number' ? numberToPlainDecimal(v) : v)),
  );
}

/** Function-input amount: a decimal string or a finite number; always a decimal string after parsing. */
export const moneyInput = /* @__PURE__ */ amountInput(DECIMAL_PATTERN, AMOUNT_MESSAGE);
/** Function-input amount of zero or more. */
export const nonNegativeMoneyInput = /* @__PURE__ */ amountInput(NON_NEGATIVE_PATTERN, NON_NEGATIVE_MESSAGE);

/** Number of digits after the decimal point of a validated decimal string. */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** A non-money decimal input (coefficient, ratio): decimal string or finite number → decimal string. */
export const decimalInput = moneyInput;
/** A non-money decimal input of zero or more. */
export const nonNegativeDecimalInput = nonNegativeMoneyInput;
