import * as z from 'zod/mini';
import { exposureComponentsSchema, exposureOf, parseCreditCheckPolicy, type CreditExposure } from './exposure.js';
import { gradePolicy, gradeSchema } from './grades.js';
import { Decimal, nonNegativeMoneyInput } from './money.js';
import type { CreditCheckPolicyInput } from './schemas/policy.js';
import { parseWith } from './validate.js';

/** What the check knows about the customer. Amounts as decimal strings (or numbers). */
export const creditCheckProfileSchema = z.object({
  grade: gradeSchema,
  /** The granted limit. */
  granted: nonNegativeMoneyInput,
  /** Exposure components, as for `creditExposure`. */
  components: exposureComponentsSchema,
  /** Total amount overdue. */
  overdueAmount: z.optional(nonNegativeMoneyInput),
  /** Days overdue of the oldest overdue item. */
  oldestOverdueDays: z.optional(z.int().check(z.gte(0))),
  /** On the blacklist (domain.md §6). */
  blacklisted: z.optional(z.boolean()),
});
export type CreditProfileInput = z.input<typeof creditCheckProfileSchema>;

/** The order (new credit) being checked. */
export const creditOrderSchema = z.object({ amount: nonNegativeMoneyInput });
export type CreditOrderInput = z.input<typeof creditOrderSchema>;

/** Stable codes of the reasons `creditCheck` may give. */
export type CreditCheckReasonCode =
  | 'blacklisted'
  | 'limit-exceeded'
  | 'overdue-amount'
  | 'overdue-days'
  | 'grade-no-new-credit'
  | 'utilisation';

export interface CreditCheckReason {
  readonly code: CreditCheckReasonCode;
  readonly severity: 'warning' | 'block';
  /** English sentence with the numbers. */
  readonly message: string;
}

export interface CreditCheckResult {
  /** The worst reason: `blocked` if any blocks, else `warning` if any warns, else `ok`. */
  readonly status: 'ok' | 'warning' | 'blocked';
  /** Blocking reasons first, each rule at most once, in a fixed order. */
  readonly reasons: CreditCheckReason[];
  /** The exposure with the order counted as used. */
  readonly exposure: CreditExposure;
}

/**
 * Checks whether a customer may take more credit (an order) or, without an order, how they stand.
 *
 * Blocks: blacklisted; used (with the order) above the granted limit; `overdueAmount` above
 * `policy.maxOverdueAmount`; `oldestOverdueDays` above `policy.maxOverdueDays`; and — only when an
 * order is given, since checking the standing of an existing relationship asks for no new credit —
 * a grade whose `gradePolicy` forbids new credit (BBB and below).
 * Warns: utilisation at or past `policy.utilisationWarning` (not repeated when the limit is already exceeded).
 * A threshold the policy leaves out is not checked.
 *
 * @param policy defaults to `DEFAULT_CREDIT_POLICY.creditCheck`.
 * @throws CreditKitValidationError naming each bad path: the profile's bare (`components.openOrders`),
 *   the others prefixed (`order.amount`, `policy.maxOverdueDays`).
 */
export function creditCheck(profile: CreditProfileInput, order?: CreditOrderInput, policy?: CreditCheckPolicyInput): CreditCheckResult {
  const data = parseWith(creditCheckProfileSchema, profile, 'credit check profile');
  const orderData = order === undefined ? undefined : parseWith(z.object({ order: creditOrderSchema }), { order }, 'credit check order').order;
  const rules = parseCreditCheckPolicy(policy, 'credit check policy');
  const exposure = exposureOf(
    { granted: data.granted, components: data.components, ...(orderData ? { orderAmount: orderData.amount } : {}) },
    rules,
  );

  const reasons: CreditCheckReason[] = [];
  const block = (code: CreditCheckReasonCode, message: string) => reasons.push({ code, severity: 'block', message });

  if (data.blacklisted) block('blacklisted', 'The customer is on the blacklist.');
  if (exposure.overLimit) {
    block('limit-exceeded', `Used ${exposure.used}${orderData ? ` (with the order of ${exposure.orderAmount})` : ''} exceeds the granted limit of ${exposure.granted} by ${exposure.overBy}.`);
  }
  if (rules.maxOverdueAmount !== undefined && data.overdueAmount !== undefined && new Decimal(data.overdueAmount).gt(rules.maxOverdueAmount)) {
    block('overdue-amount', `Overdue amount ${data.overdueAmount} is above the maximum of ${rules.maxOverdueAmount}.`);
  }
  if (rules.maxOverdueDays !== undefined && data.oldestOverdueDays !== undefined && data.oldestOverdueDays > rules.maxOverdueDays) {
    block('overdue-days', `The oldest overdue item is ${data.oldestOverdueDays} days overdue, past the maximum of ${rules.maxOverdueDays} days.`);
  }
  if (orderData) {
    const allowed = gradePolicy(data.grade);
    if (!allowed.newCredit) block('grade-no-new-credit', `Grade ${data.grade} allows no new credit: ${allowed.description}`);
  }
  if (exposure.nearLimit) {
    reasons.push({
      code: 'utilisation',
      severity: 'warning',
      message: `Utilisation ${exposure.utilisation} is at or past the warning threshold of ${rules.utilisationWarning}.`,
    });
  }

  const status = reasons.some((r) => r.severity === 'block') ? 'blocked' : reasons.length > 0 ? 'warning' : 'ok';
  return { status, reasons, exposure };
}
