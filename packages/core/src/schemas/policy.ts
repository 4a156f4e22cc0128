import * as z from 'zod/mini';
import { ALL_GRADES, gradeWire, type Grade } from '../grades.js';
import { nonNegativeDecimalInput, nonNegativeMoneyInput } from '../money-string.js';
import { boundedArray, refined } from './common.js';

/**
 * The host's credit policy: every number the sources leave to the host (domain.md: "host policy").
 * Function-input forms: decimals may be given as strings or numbers and come out as strings.
 * `DEFAULT_CREDIT_POLICY` documents a sensible default for each part.
 */

/**
 * An object with one optional member per grade. Not `z.partialRecord`: that rejects the whole
 * object over one key it does not know, where the contract ignores unknown fields.
 */
function perGrade<T extends z.ZodMiniType>(value: T) {
  const shape = Object.fromEntries(ALL_GRADES.map((grade) => [grade, z.optional(value)])) as Record<Grade, z.ZodMiniOptional<T>>;
  return z.object(shape);
}

const score = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100));
const wholeDays = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0));

/** Rating: weights of the three dimensions and the lowest score of each grade. */
export const ratingPolicySchema = /* @__PURE__ */ z.object({
  weights: /* @__PURE__ */ z.object({
    performanceCapacity: nonNegativeDecimalInput,
    creditPerformance: nonNegativeDecimalInput,
    impression: nonNegativeDecimalInput,
  }),
  /** Best grade first; `minScore` strictly descending; the last must be 0 so every score gets a grade. */
  cutoffs: /* @__PURE__ */ boundedArray(/* @__PURE__ */ z.object({ grade: gradeWire, minScore: score }), 'policyRows').check(/* @__PURE__ */ z.minLength(1)),
});
export type RatingPolicyInput = z.input<typeof ratingPolicySchema>;
export type RatingPolicy = z.output<typeof ratingPolicySchema>;

/** Limit: grade and debt-ratio coefficients of the maximum comprehensive limit formula (domain.md §4). */
export const limitPolicySchema = /* @__PURE__ */ z.object({
  /**
   * Coefficient per grade; a modified grade (`AA-`) falls back to its base grade (`AA`).
   * Every grade optional; a key that is no grade is dropped, as unknown fields are everywhere.
   */
  gradeCoefficients: /* @__PURE__ */ perGrade(nonNegativeDecimalInput),
  /** `upTo` inclusive and ascending; a debt ratio above the last `upTo` gets coefficient 0. */
  debtRatioCoefficients: /* @__PURE__ */ boundedArray(/* @__PURE__ */ z.object({ upTo: nonNegativeDecimalInput, coefficient: nonNegativeDecimalInput }), 'policyRows'),
  /**
   * Cap every customer's granted limit by its pledged collateral (Σ appraised value × pledge ratio).
   * Ours, off by default: the practice asks it only of new companies (`newCompanyGrantedByCollateral`).
   */
  capGrantedByCollateral: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /**
   * A company founded or in production for less than a year (新成立或投产不到一年): granted ≤ Σ collateral
   * appraised value × pledge ratio — "重点考虑客户提供的足额有效担保价值来核定客户公开授信额度". Default true.
   */
  newCompanyGrantedByCollateral: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /**
   * Pledge ratio (抵质押率) of collateral given without one, and of the legacy single `collateralValue`.
   * Default "0.5": the practice's one figure ("应保持5成以下的抵押率", 002, for a property mortgage).
   */
  defaultPledgeRatio: /* @__PURE__ */ z.optional(nonNegativeDecimalInput),
  /** Theoretical maximum debt capacity per grade: the maximum limit never exceeds it. */
  gradeMaximums: /* @__PURE__ */ z.optional(/* @__PURE__ */ perGrade(nonNegativeMoneyInput)),
});
export type LimitPolicyInput = z.input<typeof limitPolicySchema>;
export type LimitPolicy = z.output<typeof limitPolicySchema>;

/** Names of the exposure components a profile may carry. */
export const EXPOSURE_COMPONENTS = ['openReceivables', 'openOrders', 'undelivered', 'specialItems'] as const;
const EXPOSURE_COMPONENT_COUNT = EXPOSURE_COMPONENTS.length;
export type ExposureComponent = (typeof EXPOSURE_COMPONENTS)[number];

/** Exposure and credit check thresholds. */
export const creditCheckPolicySchema = /* @__PURE__ */ z.object({
  /** Components counted as used; the others are shown only. Default: open receivables. */
  countedComponents: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(/* @__PURE__ */ z.enum(EXPOSURE_COMPONENTS), EXPOSURE_COMPONENT_COUNT)),
  /** Utilisation (used ÷ granted) at or past which the check warns, e.g. `"0.8"`. */
  utilisationWarning: /* @__PURE__ */ z.optional(nonNegativeDecimalInput),
  /** Overdue amount past which the check blocks. */
  maxOverdueAmount: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  /**
   * Grace in days past an item's due date before supply stops. The practice gives none: "如到期未收回欠款,
   * 则立即停止供货" (stop supply at once when the debt is not collected by its due date), so an order is blocked
   * as soon as the oldest item is more than this many days overdue. Default 0 (the practice's rule).
   */
  overdueGraceDays: /* @__PURE__ */ z.optional(wholeDays),
  /**
   * @deprecated the former name of `overdueGraceDays`; read only when `overdueGraceDays` is absent.
   * (It used to default to 90, which let supply run on for three months past due.)
   */
  maxOverdueDays: /* @__PURE__ */ z.optional(wholeDays),
  /**
   * What a blocking reason does at each point of the sale (ours: the practice names no stages):
   * `warn` lets it through with a warning, `hold` stops it until credit releases it, `block`
   * refuses it. Default: a quote warns, an order holds, a delivery and an invoice block.
   */
  stageActions: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({
      quote: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['warn', 'hold', 'block'])),
      order: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['warn', 'hold', 'block'])),
      delivery: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['warn', 'hold', 'block'])),
      invoice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['warn', 'hold', 'block'])),
    }),
  ),
});
export type CreditCheckPolicyInput = z.input<typeof creditCheckPolicySchema>;
export type CreditCheckPolicy = z.output<typeof creditCheckPolicySchema>;

/** One aging bucket: inclusive days overdue. `{ maxDays: 0 }` is "not yet due". */
export const agingBucketSchema = /* @__PURE__ */ z.object({
  label: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  minDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  maxDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
});
export type AgingBucket = z.output<typeof agingBucketSchema>;

/** Collection stages of an open item by days relative to its due date (domain.md §6). */
export const collectionPolicySchema = /* @__PURE__ */ z.object({
  /** Days before due when a reminder goes to the salesperson. */
  reminderDaysBeforeDue: wholeDays,
  /** Days overdue when the collection letter is issued (0 = on the due date). */
  letterAfterDays: wholeDays,
  /** Days overdue when the letter escalates. */
  escalateAfterDays: wholeDays,
  /** Days overdue when the case goes to arbitration or a lawsuit. */
  legalAfterDays: wholeDays,
});
export type CollectionPolicy = z.output<typeof collectionPolicySchema>;

/** Thresholds for signals derived from data (domain.md §5). */
export const warningPolicySchema = /* @__PURE__ */ z.object({
  /** Collateral value down by more than this share of its appraised value is a severe signal. */
  collateralDropRatio: nonNegativeDecimalInput,
  /** "Due within N days and expected unpaid" window. */
  dueSoonDays: wholeDays,
  /** Maximum credit period in days; past it is a signal. */
  maxCreditPeriodDays: wholeDays,
});
export type WarningPolicy = z.output<typeof warningPolicySchema>;

/** Cash discount terms, e.g. 2/10 net 30: `percent` off when paid within `withinDays`, else due in `netDays`. */
export const cashDiscountTermsSchema = /* @__PURE__ */ z
  .object({
    percent: /* @__PURE__ */ refined(nonNegativeDecimalInput, /* @__PURE__ */ z.refine((v: string) => !/^\d+(\.\d+)?$/.test(v) || Number(v) < 100, 'must be below 100')),
    withinDays: wholeDays,
    netDays: wholeDays,
  })
  .check(/* @__PURE__ */ z.refine((t) => t.withinDays <= t.netDays, { message: 'must not be after netDays', path: ['withinDays'] }));
export type CashDiscountTermsInput = z.input<typeof cashDiscountTermsSchema>;
export type CashDiscountTerms = z.output<typeof cashDiscountTermsSchema>;

/**
 * Settlement by standing (003: 资信差 → 现款; 资信一般 → 承兑汇票; 资信好、实力强 → 分期付款和赊销). The grade
 * cut-offs are ours; every field is optional with the default of `DEFAULT_SETTLEMENT_POLICY`.
 */
export const settlementPolicySchema = /* @__PURE__ */ z.object({
  /** Worst grade still allowed a bank acceptance bill; worse is cash only. Default BBB-. */
  billMinGrade: /* @__PURE__ */ z.optional(gradeWire),
  /** Worst grade allowed installments and open credit (with a good payment record). Default A-. */
  openCreditMinGrade: /* @__PURE__ */ z.optional(gradeWire),
  /** Longest payment term of installments or open credit; default the warning policy's `maxCreditPeriodDays`. */
  maxTermDays: /* @__PURE__ */ z.optional(wholeDays),
  /** A request outside the allowed methods: `block` (default) or `warn`, in the credit check and the form. */
  outsideAllowed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['block', 'warn'])),
  /** Cash discount for early payment or cash; none by default (the practice: "可考虑给予", may be given). */
  cashDiscount: /* @__PURE__ */ z.optional(cashDiscountTermsSchema),
});
export type SettlementPolicyInput = z.input<typeof settlementPolicySchema>;
export type SettlementPolicy = z.output<typeof settlementPolicySchema>;

/**
 * Receivables indicators after the sale (003 建立预警机制): a company-wide cap on total receivables
 * ("对公司应收账款总额设定一个最高限额,不得突破") and when an indicator is "面临突破" (near breach).
 */
export const receivablesPolicySchema = /* @__PURE__ */ z.object({
  /** Cap on the company's total receivables; none by default (the host's figure). */
  totalCap: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
  /** Share of a cap at or past which an indicator is near breach. Default "0.9". */
  nearBreachRatio: /* @__PURE__ */ z.optional(nonNegativeDecimalInput),
});
export type ReceivablesPolicyInput = z.input<typeof receivablesPolicySchema>;

/** The whole policy as served by `GET /credit-policy`. */
export const creditPolicySchema = /* @__PURE__ */ z.object({
  currency: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "CNY"')),
  rating: ratingPolicySchema,
  limit: limitPolicySchema,
  creditCheck: creditCheckPolicySchema,
  agingBuckets: /* @__PURE__ */ boundedArray(agingBucketSchema, 'policyAgingBuckets'),
  collection: collectionPolicySchema,
  warning: warningPolicySchema,
  /** Optional (added later): absent means `DEFAULT_SETTLEMENT_POLICY`. */
  settlement: /* @__PURE__ */ z.optional(settlementPolicySchema),
  /** Optional (added later): absent means `DEFAULT_RECEIVABLES_POLICY`. */
  receivables: /* @__PURE__ */ z.optional(receivablesPolicySchema),
});
export type CreditPolicyInput = z.input<typeof creditPolicySchema>;
export type CreditPolicy = z.output<typeof creditPolicySchema>;

const gradeCoefficients: Partial<Record<Grade, string>> = {
  AAA: '1', AA: '0.9', A: '0.8', BBB: '0.6', BB: '0.4', B: '0.2', CCC: '0', CC: '0', C: '0',
};

/** Default settlement policy: bills from BBB-, open credit from A- with a good record, outside → block. */
/**
 * The default longest credit period, in days (`DEFAULT_CREDIT_POLICY.warning.maxCreditPeriodDays`): its
 * own constant, so code that needs only it does not carry the whole default policy.
 */
export const DEFAULT_MAX_CREDIT_PERIOD_DAYS = 180;

export const DEFAULT_SETTLEMENT_POLICY: SettlementPolicy = { billMinGrade: 'BBB-', openCreditMinGrade: 'A-', outsideAllowed: 'block' };
/** Default receivables policy: no company-wide cap; near breach from 90 % of a cap. */
export const DEFAULT_RECEIVABLES_POLICY: z.output<typeof receivablesPolicySchema> = { nearBreachRatio: '0.9' };

/**
 * Default policy. The sources give no numbers for weights, cut-offs or coefficients; these are
 * conservative illustrations, to be replaced by the host's own.
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicy = {
  currency: 'CNY',
  rating: {
    weights: { performanceCapacity: '0.5', creditPerformance: '0.3', impression: '0.2' },
    cutoffs: [
      { grade: 'AAA', minScore: 95 }, { grade: 'AA+', minScore: 92 }, { grade: 'AA', minScore: 88 },
      { grade: 'AA-', minScore: 85 }, { grade: 'A+', minScore: 82 }, { grade: 'A', minScore: 78 },
      { grade: 'A-', minScore: 75 }, { grade: 'BBB+', minScore: 72 }, { grade: 'BBB', minScore: 68 },
      { grade: 'BBB-', minScore: 65 }, { grade: 'BB+', minScore: 62 }, { grade: 'BB', minScore: 58 },
      { grade: 'BB-', minScore: 55 }, { grade: 'B+', minScore: 52 }, { grade: 'B', minScore: 48 },
      { grade: 'B-', minScore: 45 }, { grade: 'CCC+', minScore: 42 }, { grade: 'CCC', minScore: 38 },
      { grade: 'CCC-', minScore: 35 }, { grade: 'CC+', minScore: 32 }, { grade: 'CC', minScore: 28 },
      { grade: 'CC-', minScore: 25 }, { grade: 'C+', minScore: 20 }, { grade: 'C', minScore: 10 },
      { grade: 'C-', minScore: 0 },
    ],
  },
  limit: {
    gradeCoefficients: gradeCoefficients as Record<Grade, string>,
    debtRatioCoefficients: [
      { upTo: '0.4', coefficient: '1' },
      { upTo: '0.55', coefficient: '0.9' },
      { upTo: '0.7', coefficient: '0.7' },
      { upTo: '0.85', coefficient: '0.4' },
    ],
    capGrantedByCollateral: false,
    newCompanyGrantedByCollateral: true,
    defaultPledgeRatio: '0.5',
  },
  creditCheck: {
    countedComponents: ['openReceivables', 'openOrders'],
    utilisationWarning: '0.8',
    overdueGraceDays: 0,
  },
  agingBuckets: [
    { label: 'Not due', maxDays: 0 },
    { label: '1–30', minDays: 1, maxDays: 30 },
    { label: '31–60', minDays: 31, maxDays: 60 },
    { label: '61–90', minDays: 61, maxDays: 90 },
    { label: '91–180', minDays: 91, maxDays: 180 },
    { label: '181–365', minDays: 181, maxDays: 365 },
    { label: 'Over 365', minDays: 366 },
  ],
  collection: { reminderDaysBeforeDue: 7, letterAfterDays: 0, escalateAfterDays: 30, legalAfterDays: 90 },
  warning: { collateralDropRatio: '0.35', dueSoonDays: 30, maxCreditPeriodDays: DEFAULT_MAX_CREDIT_PERIOD_DAYS },
  settlement: DEFAULT_SETTLEMENT_POLICY,
  receivables: DEFAULT_RECEIVABLES_POLICY,
};
