import { isAllocationInput, isReceivableInput } from '../aging/fast-validate.js';
import { INVALID_AMOUNT, minorUnitsFromDecimalText } from '../aging/minor-units.js';
import type { Receivable } from '../schemas/receivables.js';

/**
 * A hand-written check of wire items (`receivableSchema`) for pages of thousands of items: the
 * aging fast validator (equal to `receivableInputSchema` by its property tests) plus what the wire
 * form adds, amounts as untrimmed decimal strings. Equal to `receivableSchema` by its own property
 * test. Messages for bad items always come from zod.
 */

/** `nonNegativeMoneyString`: `^\d+(\.\d+)?$` exactly (no trimming, no numbers). */
export function isWireAmount(value: unknown): boolean {
  return typeof value === 'string' && minorUnitsFromDecimalText(value, 0) !== INVALID_AMOUNT;
}

/** True when `receivableSchema` accepts `value`. */
export function isReceivable(value: unknown): value is Receivable {
  if (!isReceivableInput(value)) return false;
  const item = value as Record<string, unknown>;
  if (!isWireAmount(item.amount)) return false;
  const payments = item.payments as readonly Record<string, unknown>[] | undefined;
  if (payments !== undefined) {
    for (let i = 0; i < payments.length; i++) if (!isWireAmount(payments[i]!.amount)) return false;
  }
  return true;
}
