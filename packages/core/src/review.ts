import * as z from 'zod/mini';
import { Decimal, moneyInput, nonNegativeMoneyInput, toMoneyString } from './money.js';
import { DEFAULT_RECEIVABLES_POLICY, receivablesPolicySchema, type ReceivablesPolicyInput } from './schemas/policy.js';
import { parseWith } from './validate.js';

/** How a customer has performed after the sale, each judged by the host: good, fair or poor. */
export const PERFORMANCE_RATINGS = ['good', 'fair', 'poor'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

const reviewInputSchema = /* @__PURE__ */ z.object({
  /** Repayment record 返款 since the last review. */
  repayment: /* @__PURE__ */ z.enum(PERFORMANCE_RATINGS),
  /** Sales performance 销售表现 (a distributor's sell-through, a project's progress). */
  sales: /* @__PURE__ */ z.enum(PERFORMANCE_RATINGS),
});
export type LimitReviewInput = z.input<typeof reviewInputSchema>;

/** What `reviewLimit` recommends. */
export interface LimitReview {
  readonly action: 'raise' | 'keep' | 'cut' | 'suspend';
  /** 先付款再发货: payment before delivery until the record improves. */
  readonly cashBeforeDelivery: boolean;
  /** English sentence. */
  readonly reason: string;
}

/**
 * After the sale (事后, 001): "可根据客户返款及其销售表现进行信用额度的调整,对部分信用表现差的客户可降低信用额度,
 * 甚至中止其信用额度,采用先付款再发货的形式…;对信用表现好的客户,并且销售业绩表现良好的客户,可以提高其信用额度".
 *
 * Poor repayment → cut, with cash before delivery; poor repayment and poor sales → suspend (our reading of
 * "甚至中止"); good repayment and good sales → raise; anything else → keep. A recommendation for the approver
 * who granted the limit (an approved limit changes only through them).
 */
export function reviewLimit(input: LimitReviewInput): LimitReview {
  const { repayment, sales } = parseWith(reviewInputSchema, input, 'limit review');
  if (repayment === 'poor' && sales === 'poor') {
    return { action: 'suspend', cashBeforeDelivery: true, reason: 'Poor repayment and poor sales: suspend the limit; payment before delivery.' };
  }
  if (repayment === 'poor') return { action: 'cut', cashBeforeDelivery: true, reason: 'Poor repayment: cut the limit; payment before delivery.' };
  if (repayment === 'good' && sales === 'good') return { action: 'raise', cashBeforeDelivery: false, reason: 'Good repayment and good sales: the limit may be raised.' };
  return { action: 'keep', cashBeforeDelivery: false, reason: 'Neither poor repayment nor good repayment with good sales: keep the limit.' };
}

/** Status of a receivables indicator: reported at once when `breach` or `near-breach` ("紧急报告"). */
export type IndicatorStatus = 'ok' | 'near-breach' | 'reducing' | 'breach';

const monthSchema = /* @__PURE__ */ z.object({
  /** 最高赊销额: the customer's maximum credit sale. */
  maximumCreditSale: nonNegativeMoneyInput,
  /** Credit sales outstanding at the start of the month. */
  outstanding: moneyInput,
  /** The month's collections 收款 and shipments 供货 on credit. */
  collections: nonNegativeMoneyInput,
  shipments: nonNegativeMoneyInput,
});
export type CollectionsIndicatorInput = z.input<typeof monthSchema>;

/** Result of `collectionsVsShipments`. Amounts with 2 decimals. */
export interface CollectionsIndicator {
  readonly status: IndicatorStatus;
  /** Outstanding above the maximum credit sale. */
  readonly overMaximum: boolean;
  /** collections − shipments (negative: the balance grew). */
  readonly netReduction: string;
  /** Breach or near breach: report at once. */
  readonly reportAtOnce: boolean;
}

/**
 * The 最高赊销额 indicator for a month (003 建立预警机制 1.): "对事实上高于设定最高赊销额的客户坚持每月的收款大于供货,
 * 逐步压缩到最高赊销额以内". Over the maximum: collections must exceed shipments (`reducing`), else `breach`.
 * Not over: `near-breach` when outstanding has reached `nearBreachRatio` (default 0.9, ours) of the maximum
 * ("面临突破"), else `ok`.
 */
export function collectionsVsShipments(input: CollectionsIndicatorInput, policy?: ReceivablesPolicyInput): CollectionsIndicator {
  const data = parseWith(monthSchema, input, 'collections indicator');
  const near = nearRatio(policy);
  const outstanding = new Decimal(data.outstanding);
  const max = new Decimal(data.maximumCreditSale);
  const net = new Decimal(data.collections).minus(data.shipments);
  const overMaximum = outstanding.gt(max);
  const status: IndicatorStatus = overMaximum ? (net.gt(0) ? 'reducing' : 'breach') : outstanding.gte(max.times(near)) ? 'near-breach' : 'ok';
  return { status, overMaximum, netReduction: toMoneyString(net), reportAtOnce: status === 'breach' || status === 'near-breach' };
}

/** Result of `totalReceivablesIndicator`. */
export interface TotalReceivablesIndicator {
  /** `ok` also when the policy sets no cap (`cap` absent). */
  readonly status: Exclude<IndicatorStatus, 'reducing'>;
  readonly total: string;
  readonly cap?: string;
  /** total ÷ cap with 4 decimals, when there is a cap above 0. */
  readonly share?: string;
  readonly reportAtOnce: boolean;
}

/**
 * The company-wide receivables cap (003: "增设应收账款总量预警指标…对公司应收账款总额设定一个最高限额,不得突破…
 * 当总量预警指标突破或面临突破时,也要紧急报告"). `breach` above `policy.totalCap`; `near-breach` from
 * `nearBreachRatio` of it.
 */
export function totalReceivablesIndicator(total: string | number, policy?: ReceivablesPolicyInput): TotalReceivablesIndicator {
  const { total: amount } = parseWith(z.object({ total: moneyInput }), { total }, 'total receivables');
  const rules = parseWith(z.object({ policy: receivablesPolicySchema }), { policy: policy ?? DEFAULT_RECEIVABLES_POLICY }, 'receivables policy').policy;
  const value = new Decimal(amount);
  if (rules.totalCap === undefined) return { status: 'ok', total: toMoneyString(value), reportAtOnce: false };
  const cap = new Decimal(rules.totalCap);
  const status = value.gt(cap) ? 'breach' : value.gte(cap.times(nearRatio(rules))) ? 'near-breach' : 'ok';
  return {
    status,
    total: toMoneyString(value),
    cap: toMoneyString(cap),
    ...(cap.gt(0) ? { share: value.div(cap).toFixed(4, Decimal.ROUND_HALF_UP) } : {}),
    reportAtOnce: status !== 'ok',
  };
}

function nearRatio(policy: ReceivablesPolicyInput | undefined): string {
  const rules = parseWith(z.object({ policy: receivablesPolicySchema }), { policy: policy ?? {} }, 'receivables policy').policy;
  return rules.nearBreachRatio ?? DEFAULT_RECEIVABLES_POLICY.nearBreachRatio!;
}
