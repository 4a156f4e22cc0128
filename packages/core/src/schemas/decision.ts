import * as z from 'zod/mini';
import { isIsoDate, parseIsoDay } from '../day-numbers.js';
import { isoDate } from '../dates.js';
import { DECIMAL_PATTERN, nonNegativeMoneyInput, nonNegativeMoneyString } from '../money-string.js';
import { guaranteeSchema } from './application.js';
import { SETTLEMENT_METHODS } from './settlement-methods.js';
import { objectWith, requiredText, timestamp } from './common.js';
import { receiptSchema } from './receipt.js';

/** Who acts: the subject (user id) and the roles the host's authentication gave it. */
export const principalSchema = /* @__PURE__ */ z.object({
  subject: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1, 'is required')),
  roles: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
});
export type Principal = z.output<typeof principalSchema>;

/** What an approver decides. */
export const DECISION_OUTCOMES = ['approve', 'reject', 'return'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Stable reason codes of a rejection or a return (translated by the widgets). */
export const DECISION_REASON_CODES = [
  'insufficient-repayment-capacity',
  'debt-ratio-too-high',
  'grade-too-low',
  'overdue-items',
  'insufficient-collateral',
  'above-computed-maximum',
  'blacklisted',
  'incomplete-information',
  'outdated-financials',
  'settlement-method-not-allowed',
  'other',
] as const;
export type DecisionReasonCode = (typeof DECISION_REASON_CODES)[number];

const positiveAmount = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(DECIMAL_PATTERN, 'must be a decimal amount such as "1234.56"'),
  /* @__PURE__ */ z.refine((v) => !v.startsWith('-') && /[1-9]/.test(v), 'must be more than zero'),
);

/** The conditions of an approval. `nextReviewOn` must not be after `validUntil`. */
export const decisionConditionsSchema = /* @__PURE__ */ z
  .object({
    /** The limit granted: the customer's whole limit after the decision (not an increment). */
    grantedLimit: positiveAmount,
    termDays: /* @__PURE__ */ z.int({ error: 'must be a whole number of days' }).check(/* @__PURE__ */ z.gte(1, 'must be at least 1 day'), /* @__PURE__ */ z.lte(3650, 'must be at most 3650 days')),
    settlementMethod: /* @__PURE__ */ z.enum(SETTLEMENT_METHODS),
    /** Collateral or guarantors the approval requires. */
    collateral: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(guaranteeSchema)),
    /** The limit lapses after this day. */
    validUntil: isoDate,
    /** The day the limit comes up for review. */
    nextReviewOn: isoDate,
  })
  .check(
    /* @__PURE__ */ z.superRefine((c, ctx) => {
      if (isIsoDate(c.validUntil) && isIsoDate(c.nextReviewOn) && parseIsoDay(c.nextReviewOn) > parseIsoDay(c.validUntil)) {
        ctx.issues.push({ code: 'custom', message: `must not be after validUntil (${c.validUntil})`, path: ['nextReviewOn'], input: c.nextReviewOn });
      }
    }),
  );
export type DecisionConditions = z.output<typeof decisionConditionsSchema>;

/**
 * Body of `POST …/decision`: approve with conditions, or reject / return with reason codes.
 * `override` (approve only) grants above the computed maximum, where the approval policy allows it.
 */
export const decisionInputSchema = /* @__PURE__ */ z
  .object({
    outcome: /* @__PURE__ */ z.enum(DECISION_OUTCOMES),
    conditions: /* @__PURE__ */ z.optional(decisionConditionsSchema),
    reasonCodes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(DECISION_REASON_CODES))),
    note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000, 'must be at most 2000 characters'))),
    override: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ reason: /* @__PURE__ */ requiredText(1000) })),
  })
  .check(
    /* @__PURE__ */ z.superRefine((d, ctx) => {
      if (d.outcome === 'approve' && d.conditions === undefined) {
        ctx.issues.push({ code: 'custom', message: 'is required to approve', path: ['conditions'], input: d.conditions });
      }
      if (d.outcome !== 'approve' && d.conditions !== undefined) {
        ctx.issues.push({ code: 'custom', message: `must be left out to ${d.outcome}`, path: ['conditions'], input: d.conditions });
      }
      if (d.outcome !== 'approve' && (d.reasonCodes?.length ?? 0) === 0) {
        ctx.issues.push({ code: 'custom', message: `must name at least one reason to ${d.outcome}`, path: ['reasonCodes'], input: d.reasonCodes });
      }
      if (d.outcome !== 'approve' && d.override !== undefined) {
        ctx.issues.push({ code: 'custom', message: 'applies only to an approval', path: ['override'], input: d.override });
      }
    }),
  );
export type DecisionInput = z.output<typeof decisionInputSchema>;

/** The levels of approval authority, lowest first. */
export const APPROVAL_LEVEL_NAMES = ['analyst', 'credit_manager', 'committee'] as const;

/**
 * Approval policy (host policy, `DEFAULT_APPROVAL_POLICY` documents the defaults): who may approve
 * how much, maker-checker, and whether a limit may go above the computed maximum.
 */
export const approvalPolicySchema = /* @__PURE__ */ z.object({
  /** The host's version of this policy, recorded in every decision receipt. */
  version: /* @__PURE__ */ requiredText(100),
  /**
   * Approval levels, lowest first: a principal holding one of `roles` may approve a granted limit
   * up to `upTo` (inclusive); the last level may leave `upTo` out (no ceiling).
   */
  levels: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z.object({
        level: /* @__PURE__ */ requiredText(100),
        roles: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1))).check(/* @__PURE__ */ z.minLength(1, 'must name at least one role')),
        upTo: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
      }),
    )
    .check(/* @__PURE__ */ z.minLength(1, 'must have at least one level')),
  /** Whoever submitted or prepared the request may not decide it. */
  makerChecker: /* @__PURE__ */ z.boolean(),
  /** Whether a limit above the computed maximum may be granted, with a reason, by `overrideLevels`. */
  allowOverride: /* @__PURE__ */ z.boolean(),
  /** Levels whose holders may override the computed maximum (default: the highest). */
  overrideLevels: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
});
export type ApprovalPolicyInput = z.input<typeof approvalPolicySchema>;
export type ApprovalPolicy = z.output<typeof approvalPolicySchema>;

/**
 * Default approval policy: an analyst approves up to 1,000,000, a credit manager (role
 * `credit_manager` or the credit service's `approver`) up to 5,000,000, the committee above;
 * maker-checker on; no limit above the computed maximum (override off). Our defaults: the sources
 * say only that approval is a separate step (审查审批) and that a change goes back to the approver.
 */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  version: 'default-approval-1',
  levels: [
    { level: 'analyst', roles: ['analyst'], upTo: '1000000' },
    { level: 'credit_manager', roles: ['credit_manager', 'approver'], upTo: '5000000' },
    { level: 'committee', roles: ['committee'] },
  ],
  makerChecker: true,
  allowOverride: false,
  overrideLevels: ['committee'],
};

/** A decision as stored and served, with its receipt. */
export const decisionSchema = /* @__PURE__ */ objectWith(decisionInputSchema, {
  conditions: /* @__PURE__ */ z.optional(decisionConditionsSchema),
  /** Who decided, and when. */
  decidedBy: /* @__PURE__ */ z.string(),
  decidedAt: timestamp,
  /** The approval level the decision was taken at. */
  level: /* @__PURE__ */ z.string(),
  /** The computed maximum the decision was checked against, when one was known. */
  computedMaximum: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  receipt: receiptSchema,
});
export type Decision = z.output<typeof decisionSchema>;
