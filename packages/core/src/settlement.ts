import * as z from 'zod/mini';
import { compareGrades, gradeSchema } from './grades.js';
import { isoDate, parseIsoDay, formatIsoDay } from './dates.js';
import { Decimal, nonNegativeMoneyInput, toMoneyString } from './money.js';
import { SETTLEMENT_METHODS, type SettlementMethod } from './schemas/application.js';
import {
  cashDiscountTermsSchema,
  DEFAULT_CREDIT_POLICY,
  DEFAULT_SETTLEMENT_POLICY,
  settlementPolicySchema,
  type CashDiscountTerms,
  type CashDiscountTermsInput,
  type SettlementPolicyInput,
} from './schemas/policy.js';
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
  const rules = parseWith(/* @__PURE__ */ z.object({ policy: settlementPolicySchema }), { policy: policy ?? DEFAULT_SETTLEMENT_POLICY }, 'settlement policy').policy;
  const defaults = DEFAULT_SETTLEMENT_POLICY;
  const billMin = rules.billMinGrade ?? defaults.billMinGrade!;
  const openMin = rules.openCreditMinGrade ?? defaults.openCreditMinGrade!;
  if (data.paymentRecord === 'poor' || compareGrades(data.grade, billMin) > 0) return { standing: 'poor', methods: ['cash'] };
  if (data.paymentRecord === 'good' && compareGrades(data.grade, openMin) <= 0) {
    return {
      standing: 'good',
      methods: [...SETTLEMENT_METHODS],
      openCredit: { maxTermDays: rules.maxTermDays ?? DEFAULT_CREDIT_POLICY.warning.maxCreditPeriodDays, cumulativeCap: 'granted-limit', clearOldBeforeNew: true },
    };
  }
  return { standing: 'fair', methods: ['cash', 'bank_acceptance_bill'] };
}

const invoiceSchema = /* @__PURE__ */ z.object({ amount: nonNegativeMoneyInput, invoiceDate: isoDate });
export type CashDiscountInvoiceInput = z.input<typeof invoiceSchema>;

/** Result of `cashDiscount`. Amounts with 2 decimals. */
export interface CashDiscountResult {
  /** Paid on or before `discountBy`. */
  readonly eligible: boolean;
  /** Last day of the discount window, `YYYY-MM-DD`. */
  readonly discountBy: string;
  /** Net due date, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** amount × percent ÷ 100, rounded half-up to the cent; 0 when not eligible. */
  readonly discount: string;
  /** amount − discount. */
  readonly payable: string;
}

/**
 * Cash discount for early payment or cash (003: "当其提前付款或现金交易时,可考虑给予信用优惠如现金折扣等").
 * Terms "2/10 net 30": 2 % off when paid within 10 days of the invoice date, else the full amount by day
 * 30. Exact decimal arithmetic; the discount is rounded half-up to the cent.
 *
 * @throws CreditKitValidationError naming each bad path (`invoice.amount`, `paymentDate`, `terms.percent`)
 */
export function cashDiscount(invoice: CashDiscountInvoiceInput, paymentDate: string, terms: CashDiscountTermsInput): CashDiscountResult {
  const data = parseWith(
    /* @__PURE__ */ z.object({ invoice: invoiceSchema, paymentDate: isoDate, terms: cashDiscountTermsSchema }),
    { invoice, paymentDate, terms },
    'cash discount',
  );
  const t: CashDiscountTerms = data.terms;
  const invoiced = parseIsoDay(data.invoice.invoiceDate);
  const discountBy = invoiced + t.withinDays;
  const eligible = parseIsoDay(data.paymentDate) <= discountBy;
  const amount = new Decimal(data.invoice.amount);
  const discount = eligible ? amount.times(t.percent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(0);
  return {
    eligible,
    discountBy: formatIsoDay(discountBy),
    dueDate: formatIsoDay(invoiced + t.netDays),
    discount: toMoneyString(discount),
    payable: toMoneyString(amount.minus(discount)),
  };
}

/** "2/10 net 30" for terms of 2 % within 10 days, net 30. */
export function formatCashDiscountTerms(terms: CashDiscountTermsInput): string {
  const t = parseWith(/* @__PURE__ */ z.object({ terms: cashDiscountTermsSchema }), { terms }, 'cash discount terms').terms;
  return `${new Decimal(t.percent).toFixed()}/${t.withinDays} net ${t.netDays}`;
}

/**
 * A payment record from the overdue figures a credit profile carries, for hosts that send none (ours):
 * the oldest item past the grace → `poor` (the practice stops supply then); any other amount overdue →
 * `fair`; nothing overdue → `good`.
 */
export function paymentRecordFromOverdue(overdue: { overdueAmount?: string | number; oldestOverdueDays?: number }, graceDays = 0): PaymentRecord {
  if ((overdue.oldestOverdueDays ?? 0) > graceDays) return 'poor';
  if (overdue.overdueAmount !== undefined && new Decimal(overdue.overdueAmount).gt(0)) return 'fair';
  return 'good';
}
