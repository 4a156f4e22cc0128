import { parseIsoDay } from '../day-numbers.js';
import { isIsoCurrency } from '../currencies.js';
import { CreditKitValidationError, type ValidationIssue } from '../errors.js';
import { toValidationIssues } from '../validate.js';
import { INVALID_AMOUNT, minorUnitsFromAmount } from './minor-units.js';
import { receivableInputSchema, receivablesArgumentSchema, type ReceivableInput } from './receivable-schema.js';

/**
 * A hand-written validator of open items for the aging hot path. It accepts exactly what
 * `receivableInputSchema` accepts (a property test feeds both valid and mutated items), without
 * zod's per-field allocations. Errors are never hand-written: on a bad item the zod schema is run
 * again on it, so the messages are zod's.
 */

/** What the items are called in error messages. */
export const AGING_SUBJECT = 'ageReceivables input';

/** Items whose issues are listed one by one in an error; past it, one summary issue counts the rest. */
export const MAX_REPORTED_ITEMS = 100;

/** An object zod's `z.object` accepts: not null, not an array. */
export function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `resourceId`: 1–64 of `A–Z a–z 0–9 . _ -`. */
export function isResourceId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length === 0 || length > 64) return false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    // 0-9, A-Z, a-z, '.', '_', '-'
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45)) {
      return false;
    }
  }
  return true;
}

/** `currencyCode`: an ISO 4217 code in circulation (a map look-up: as cheap as the letter test). */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && isIsoCurrency(value);
}

/** `z.optional(z.string())`. */
export function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** `z.optional(z.boolean())`. */
export function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/**
 * Sign of an open item by kind: 1 for an invoice, retention or no kind; -1 for a credit note or a
 * payment on account; 0 when the kind is not one of the four.
 */
export function kindSign(kind: unknown): 1 | -1 | 0 {
  if (kind === undefined || kind === 'invoice' || kind === 'retention') return 1;
  if (kind === 'credit_note' || kind === 'payment') return -1;
  return 0;
}

/** Day number of a real `YYYY-MM-DD` calendar date; `NaN` for anything else (as `isoDate` rejects it). */
export function dayOfDate(value: unknown): number {
  return typeof value === 'string' ? parseIsoDay(value) : NaN;
}

/** `nonNegativeMoneyInput`: a decimal string (trimmed) or a finite number, zero or more. */
export function isAmountInput(value: unknown): boolean {
  return minorUnitsFromAmount(value, 0) !== INVALID_AMOUNT;
}

/** `allocationInputSchema`: `{ date, amount }`. */
export function isAllocationInput(value: unknown): boolean {
  return isObjectLike(value) && !Number.isNaN(dayOfDate(value.date)) && isAmountInput(value.amount);
}

/** True when `receivableInputSchema` accepts `value`. */
export function isReceivableInput(value: unknown): value is ReceivableInput {
  if (!isObjectLike(value)) return false;
  const payments = value.payments;
  if (payments !== undefined) {
    if (!Array.isArray(payments)) return false;
    for (let i = 0; i < payments.length; i++) if (!isAllocationInput(payments[i])) return false;
  }
  return (
    isResourceId(value.id) &&
    isResourceId(value.customerId) &&
    isOptionalString(value.customerName) &&
    isOptionalString(value.documentNumber) &&
    !Number.isNaN(dayOfDate(value.documentDate)) &&
    !Number.isNaN(dayOfDate(value.dueDate)) &&
    isAmountInput(value.amount) &&
    isCurrencyCode(value.currency) &&
    kindSign(value.kind) !== 0 &&
    isOptionalBoolean(value.disputed) &&
    isOptionalString(value.salesperson) &&
    isOptionalString(value.region)
  );
}

/**
 * The validation error `parseWith(receivablesArgumentSchema, { items }, AGING_SUBJECT)` throws, or
 * `undefined` when the items are valid. Only the bad items (found with `isReceivableInput`) go
 * through zod, so this is fast on a million items. The issues are identical to `parseWith`'s for up
 * to `MAX_REPORTED_ITEMS` bad items; past that, one last issue at path `items` counts the rest.
 */
export function receivablesValidationError(items: unknown): CreditKitValidationError | undefined {
  if (!Array.isArray(items)) {
    const result = receivablesArgumentSchema.safeParse({ items });
    return result.success
      ? undefined
      : new CreditKitValidationError(AGING_SUBJECT, toValidationIssues(result.error.issues, { items }));
  }
  const root = { items };
  const issues: ValidationIssue[] = [];
  let reported = 0;
  let unreported = 0;
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    if (isReceivableInput(item)) continue;
    if (reported === MAX_REPORTED_ITEMS) {
      unreported++;
      continue;
    }
    const result = receivableInputSchema.safeParse(item);
    if (result.success) continue; // Cannot happen while the two validators agree; zod has the last word.
    reported++;
    const prefixed = result.error.issues.map((issue) => ({ ...issue, path: ['items', index, ...issue.path] }));
    issues.push(...toValidationIssues(prefixed, root));
  }
  if (unreported > 0) {
    issues.push({
      path: 'items',
      code: 'more_issues',
      message: `has ${unreported} more invalid ${unreported === 1 ? 'item' : 'items'} not listed here`,
    });
  }
  return issues.length === 0 ? undefined : new CreditKitValidationError(AGING_SUBJECT, issues);
}

/**
 * Throws the `CreditKitValidationError` of `receivablesValidationError` unless every item is valid.
 * The same check `ageReceivables` does, for hosts that validate before they store.
 */
export function assertReceivableInputs(items: unknown): asserts items is ReceivableInput[] {
  const error = receivablesValidationError(items);
  if (error) throw error;
}
