import * as z from 'zod/mini';
import { numberToPlainDecimal } from './decimal-string.js';
import {
  AMOUNT_MESSAGE,
  amountMessage,
  amountPatternMessage,
  DECIMAL_PATTERN,
  NON_NEGATIVE_DECIMAL_PATTERN,
  NON_NEGATIVE_MESSAGE,
  nonNegativeAmountPatternMessage,
} from './money-text.js';

// Amounts as text: the wire and input schemas, without Decimal, so a schema (and a page that only
// validates and shows amounts) does not pull in decimal.js. `money.ts` re-exports all of it. The
// patterns and checks are in money-text.ts, which imports no zod.
export {
  amountPatternMessage,
  decimalPlaces,
  DECIMAL_PATTERN,
  DIGITS_MESSAGE,
  isBoundedDecimal,
  NON_NEGATIVE_DECIMAL_PATTERN,
  nonNegativeAmountPatternMessage,
} from './money-text.js';

const NON_NEGATIVE_PATTERN = NON_NEGATIVE_DECIMAL_PATTERN;

/** Wire amount: a decimal string, e.g. `"1234567.89"` (may be negative). */
export const moneyString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(DECIMAL_PATTERN, { error: amountPatternMessage }));
/** Wire amount of zero or more. */
export const nonNegativeMoneyString = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(NON_NEGATIVE_PATTERN, { error: nonNegativeAmountPatternMessage }));

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

/** A non-money decimal input (coefficient, ratio): decimal string or finite number → decimal string. */
export const decimalInput = moneyInput;
/** A non-money decimal input of zero or more. */
export const nonNegativeDecimalInput = nonNegativeMoneyInput;
