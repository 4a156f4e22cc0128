import * as z from 'zod/mini';
import { exposureComponentsSchema, exposureOf, parseCreditCheckPolicy, type CreditExposure } from './exposure.js';
import { gradePolicy, gradeSchema } from './grades.js';
import { compareDecimalStrings as compare } from './decimal-string.js';
import { nonNegativeMoneyInput } from './money-string.js';
import { SETTLEMENT_METHODS } from './schemas/settlement-methods.js';
import type { CreditCheckPolicyInput, SettlementPolicyInput } from './schemas/policy.js';
import { allowedSettlementMethods, PAYMENT_RECORDS } from './settlement.js';
import { parseWith } from './validate.js';

/** What the check knows about the customer. Amounts as decimal strings (or numbers). */
export const creditCheckProfileSchema = /* @__PURE__ */ z.object({
  grade: gradeSchema,
  /** The granted limit. */
  granted: nonNegativeMoneyInput,
  /** Exposure components, as for `creditExposure`. */
  components: exposureComponentsSchema,
  /** Total amount overdue. */
  overdueAmount: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  /** Days overdue of the oldest overdue item. */
  oldestOverdueDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  /** On the blacklist (domain.md §6). */
  blacklisted: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /**
   * Codes of the warning signals active today (e.g. from `deriveSignals`). `past-max-credit-period`
   * blocks an order: "设定最长的欠款期限…如到期未收回欠款,则立即停止供货" (最长赊销期).
   */
  activeSignalCodes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  /** Payment record with us; with the grade it decides the settlement methods allowed (`allowedSettlementMethods`). */
  paymentRecord: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(PAYMENT_RECORDS)),
});
export type CreditProfileInput = z.input<typeof creditCheckProfileSchema>;

/** The order (new credit) being checked. */
export const creditOrderSchema = /* @__PURE__ */ z.object({
  amount: nonNegativeMoneyInput,
  /**
   * The order opens a new credit relationship. A customer with no granted limit is a new relationship
   * whatever this says. BBB and worse may not open one: "不能新建立信贷关系".
   */
  newRelationship: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** How the order is to be settled; checked against the standing when the profile has a `paymentRecord`. */
  settlementMethod: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(SETTLEMENT_METHODS)),
});
export type CreditOrderInput = z.input<typeof creditOrderSchema>;

/** Stable codes of the reasons `creditCheck` may give. */
export type CreditCheckReasonCode =
  | 'blacklisted'
  | 'limit-exceeded'
  | 'overdue-amount'
  | 'overdue-days'
  | 'past-max-credit-period'
  | 'grade-no-new-credit'
  | 'grade-exit'
  | 'grade-maintain'
  | 'settlement-method'
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
 * Blocks:
 * - blacklisted;
 * - used (with the order) above the granted limit (最高赊销额: "超过这一额度不能发货");
 * - `overdueAmount` above `policy.maxOverdueAmount` (when the policy sets one);
 * - the oldest item more than the grace (`policy.overdueGraceDays`, else the deprecated
 *   `maxOverdueDays`, else **0**) days past its due date: "如到期未收回欠款,则立即停止供货" and
 *   "坚持清旧款、发新货" (clear the old balance before shipping new goods);
 * - `past-max-credit-period` among `activeSignalCodes` (最长赊销期 exceeded: stop supply, collect);
 * - only with an order, by grade (`gradePolicy`): a grade that allows no new relationship (BBB and
 *   worse) when the order opens one (`order.newRelationship`, or nothing granted yet) →
 *   `grade-no-new-credit`; an exit grade (BB and worse, "制定退出预案,坚决退出") on an existing
 *   relationship → `grade-exit`.
 *
 * - an `order.settlementMethod` the standing does not allow (`allowedSettlementMethods` of the grade and
 *   `paymentRecord`) → `settlement-method`, a block or, with `settlementPolicy.outsideAllowed: 'warn'`, a warning.
 *
 * Warns: an existing BBB relationship ordering → `grade-maintain` ("以存量维护为主,伺机退出": keep it,
 * exit when possible); utilisation at or past `policy.utilisationWarning` (not repeated when the limit
 * is already exceeded).
 *
 * @param policy defaults to `DEFAULT_CREDIT_POLICY.creditCheck`.
 * @throws CreditKitValidationError naming each bad path: the profile's bare (`components.openOrders`),
 *   the others prefixed (`order.amount`, `policy.overdueGraceDays`).
 */
export function creditCheck(
  profile: CreditProfileInput,
  order?: CreditOrderInput,
  policy?: CreditCheckPolicyInput,
  settlementPolicy?: SettlementPolicyInput,
): CreditCheckResult {
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
  if (rules.maxOverdueAmount !== undefined && data.overdueAmount !== undefined && compare(data.overdueAmount, rules.maxOverdueAmount) > 0) {
    block('overdue-amount', `Overdue amount ${data.overdueAmount} is above the maximum of ${rules.maxOverdueAmount}.`);
  }
  const grace = rules.overdueGraceDays ?? rules.maxOverdueDays ?? 0;
  if (data.oldestOverdueDays !== undefined && data.oldestOverdueDays > grace) {
    block(
      'overdue-days',
      `The oldest item is ${data.oldestOverdueDays} days past its due date, beyond the grace of ${grace} days: stop supply and collect (clear the old balance before shipping new goods).`,
    );
  }
  if (data.activeSignalCodes?.includes('past-max-credit-period')) {
    block('past-max-credit-period', 'An open item is past the maximum credit period: stop supply and collect.');
  }
  if (orderData) {
    const allowed = gradePolicy(data.grade);
    const newRelationship = orderData.newRelationship === true || compare(data.granted, '0') === 0;
    if (newRelationship && !allowed.newCredit) {
      block('grade-no-new-credit', `Grade ${data.grade} allows no new credit relationship: ${allowed.description}`);
    } else if (!allowed.keepExisting) {
      block('grade-exit', `Grade ${data.grade} calls for an exit: ${allowed.description}`);
    } else if (allowed.stance === 'maintain') {
      reasons.push({ code: 'grade-maintain', severity: 'warning', message: `Grade ${data.grade}: maintain the existing relationship and exit when possible.` });
    }
  }
  if (orderData?.settlementMethod !== undefined && data.paymentRecord !== undefined) {
    const allowed = allowedSettlementMethods({ grade: data.grade, paymentRecord: data.paymentRecord }, settlementPolicy);
    if (!allowed.methods.includes(orderData.settlementMethod)) {
      const outside = settlementPolicy?.outsideAllowed ?? 'block';
      reasons.push({
        code: 'settlement-method',
        severity: outside === 'warn' ? 'warning' : 'block',
        message: `Settlement by ${orderData.settlementMethod} is outside what a ${allowed.standing} standing allows (${allowed.methods.join(', ')}).`,
      });
    }
  }
  if (exposure.nearLimit) {
    reasons.push({
      code: 'utilisation',
      severity: 'warning',
      message: `Utilisation ${exposure.utilisation} is at or past the warning threshold of ${rules.utilisationWarning}.`,
    });
  }

  // Blocking reasons first; the order within each severity is the fixed order of the rules above.
  reasons.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1));
  const status = reasons.some((r) => r.severity === 'block') ? 'blocked' : reasons.length > 0 ? 'warning' : 'ok';
  return { status, reasons, exposure };
}
