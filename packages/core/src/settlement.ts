import * as z from 'zod/mini';
import { compareGrades, gradeSchema } from './grades.js';
import { SETTLEMENT_METHODS, type SettlementMethod } from './schemas/settlement-methods.js';
import { DEFAULT_MAX_CREDIT_PERIOD_DAYS, DEFAULT_SETTLEMENT_POLICY, settlementPolicySchema, type SettlementPolicyInput } from './schemas/policy.js';
import { parseWith } from './validate.js';

/**
 * The customer's payment record with us: `good` (pays on time), `fair` (occasionally late), `poor`
 * (habitually late or now overdue), `unverified` (no record yet: "资信较好但尚未进一步证实").
 */
export const PAYMENT_RECORDS = ['good', 'fair', 'poor', 'unverified'] as const;
export type PaymentRecord = (typeof PAYMENT_RECORDS)[number];

/** What `allowedSettlementMethods` reads: the grade and the payment record. */
export const settlementStandingSchema = /* @__PURE__ */ z.object({ grade: gradeSchema, paymentRecord: /* @__PURE__ */ z.enum(PAYMENT_RECORDS) });
export type SettlementStandingInput = z.input<typeof settlementStandingSchema>;

/** The standing of 003's settlement rule: 资信差 / 资信一般 (or good but unverified) / 资信好、实力强. */
export type CreditStanding = 'poor' | 'fair' | 'good';

/** Result of `allowedSettlementMethods`. */
export interface AllowedSettlement {
  readonly standing: CreditStanding;
  /** The methods the standing allows, in `SETTLEMENT_METHODS` order. */
  readonly methods: readonly SettlementMethod[];
  /**
   * With installments or open credit: the payment term and the cumulative amount that must be set
   * ("在付款期限和累计金额上应有明确规定"), and "清旧款、发新货" (old balance cleared before new goods ship).
   */
  readonly openCredit?: { readonly maxTermDays: number; readonly cumulativeCap: 'granted-limit'; readonly clearOldBeforeNew: true };
}

/**
 * Settlement methods by standing (003 应收账款事前管理 1.): "(1)对资信差的客户一律现款交易。(2)对资信一般或
 * 资信较好但尚未进一步证实的客户,在现款交易不被接受的情况下可以采用承兑汇票结算方式。(3)对资信好、实力强、
 * 有前景的客户可以采用分期付款和赊销的方式,但在付款期限和累计金额上应有明确规定,并应坚持清旧款、发新货的原则。"
 *
 * Standing (the grade cut-offs are ours, in `policy.settlement`): `poor` — payment record poor, or a grade
 * worse than `billMinGrade` (default BBB-) → cash only; `good` — grade at least `openCreditMinGrade`
 * (default A-) and a good payment record → cash, bank acceptance bill, installments, open credit, with the
 * term (`policy.maxTermDays`, default the 最长赊销期 of the warning policy) and the granted limit as the cap;
 * otherwise `fair` → cash or bank acceptance bill.
 *
 * @throws CreditKitValidationError naming each bad path
 */
export function allowedSettlementMethods(standing: SettlementStandingInput, policy?: SettlementPolicyInput): AllowedSettlement {
  const data = parseWith(settlementStandingSchema, standing, 'settlement standing');
  const rules = parseWith(z.object({ policy: settlementPolicySchema }), { policy: policy ?? DEFAULT_SETTLEMENT_POLICY }, 'settlement policy').policy;
  const defaults = DEFAULT_SETTLEMENT_POLICY;
  const billMin = rules.billMinGrade ?? defaults.billMinGrade!;
  const openMin = rules.openCreditMinGrade ?? defaults.openCreditMinGrade!;
  if (data.paymentRecord === 'poor' || compareGrades(data.grade, billMin) > 0) return { standing: 'poor', methods: ['cash'] };
  if (data.paymentRecord === 'good' && compareGrades(data.grade, openMin) <= 0) {
    return {
      standing: 'good',
      methods: [...SETTLEMENT_METHODS],
      openCredit: { maxTermDays: rules.maxTermDays ?? DEFAULT_MAX_CREDIT_PERIOD_DAYS, cumulativeCap: 'granted-limit', clearOldBeforeNew: true },
    };
  }
  return { standing: 'fair', methods: ['cash', 'bank_acceptance_bill'] };
}
