import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './schemas/limits.js';

// Amounts as text without a schema library: the patterns, their messages and the checks on them.
// `money-string.ts` builds the zod schemas from these and re-exports them.

const DIGITS = `\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}})?`;
/**
 * A decimal amount as text: optional minus, at most 24 digits, optional fraction of at most 10.
 * No exponent, no grouping. The bound keeps every amount (and sums of millions of them) inside
 * `Decimal`'s 40 significant digits, so nothing is ever rounded silently.
 */
export const DECIMAL_PATTERN = /* @__PURE__ */ new RegExp(`^-?${DIGITS}$`);
/** `DECIMAL_PATTERN` without the minus. */
export const NON_NEGATIVE_DECIMAL_PATTERN = /* @__PURE__ */ new RegExp(`^${DIGITS}$`);
/** The shape of a decimal whatever its length: tells "too many digits" from "not a decimal". */
const DECIMAL_SHAPE = /^-?\d+(\.\d+)?$/;

/** @internal */
export const AMOUNT_MESSAGE = 'must be a decimal amount such as "1234.56"';
/** @internal */
export const NON_NEGATIVE_MESSAGE = 'must be a decimal amount of zero or more, such as "1234.56"';
/** Message for a well-formed decimal with too many digits. */
export const DIGITS_MESSAGE = `must have at most ${MAX_INTEGER_DIGITS} digits before the decimal point and ${MAX_FRACTION_DIGITS} after`;

/**
 * The message for a string that fails an amount pattern: too long, or not a decimal at all.
 * @internal
 */
export function amountMessage(shapeMessage: string) {
  return (issue: { readonly input?: unknown }) =>
    typeof issue.input === 'string' && DECIMAL_SHAPE.test(issue.input.trim()) ? DIGITS_MESSAGE : shapeMessage;
}

/** The message of a string that fails `DECIMAL_PATTERN` (zod calls it with the issue). */
export const amountPatternMessage = /* @__PURE__ */ amountMessage(AMOUNT_MESSAGE);
/** The message of a string that fails `NON_NEGATIVE_DECIMAL_PATTERN`. */
export const nonNegativeAmountPatternMessage = /* @__PURE__ */ amountMessage(NON_NEGATIVE_MESSAGE);

/** Whether `value` is a decimal string within the contract's digit bounds. */
export function isBoundedDecimal(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Number of digits after the decimal point of a validated decimal string. */
export function decimalPlaces(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}
