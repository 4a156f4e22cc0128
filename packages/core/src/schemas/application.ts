import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { DECIMAL_PATTERN, isBoundedDecimal, moneyString, nonNegativeMoneyString } from '../money-string.js';
import { decimalsIssue, futureDateIssue } from '../financial-consistency.js';
import { boundedArray, currencyCode, limitedText, objectWith, pushConsistencyIssues, requiredText, resourceId, timestamp, refined } from './common.js';
import { customerSchema } from './customer.js';
import { financialsConsistency, financialsSchema, tradingHistorySchema } from './financials.js';
import {
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_BY_EXTENSION,
  GUARANTEE_KINDS,
  MAX_ATTACHMENT_BYTES,
  MAX_IMPRESSION_SCORE,
  MAX_TERM_DAYS,
  MIN_IMPRESSION_SCORE,
  MIN_TERM_DAYS,
  RATIO_PATTERN,
} from './limits.js';
import { SETTLEMENT_METHODS, type SettlementMethod } from './settlement-methods.js';

export { SETTLEMENT_METHODS, type SettlementMethod };

export const COLLATERAL_TYPES = ['real_estate', 'equipment', 'inventory', 'receivables', 'deposit', 'securities', 'other'] as const;
export type CollateralType = (typeof COLLATERAL_TYPES)[number];


const positiveAmount = /* @__PURE__ */ refined(moneyString, 
  // Only a well-formed amount can be zero or less; a malformed one has its own message already.
  /* @__PURE__ */ z.refine((v) => !isBoundedDecimal(v) || (!v.startsWith('-') && /[1-9]/.test(v)), 'must be more than zero'),
);

/** Basic information on the application: the customer record without server-assigned fields. */
export const applicantSchema = /* @__PURE__ */ objectWith(customerSchema, {
  id: /* @__PURE__ */ z.optional(resourceId),
  paidInCapital: nonNegativeMoneyString,
});

/** 担保: a guarantor or a piece of collateral. */
export const guaranteeSchema = /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ z.enum(GUARANTEE_KINDS),
  /** Guarantor's name, or the collateral's owner. */
  owner: /* @__PURE__ */ requiredText('guaranteeOwner'),
  collateralType: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(COLLATERAL_TYPES)),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('guaranteeDescription')),
  appraisedValue: nonNegativeMoneyString,
  /** Share of the appraised value that may be lent against, e.g. `"0.6"`. */
  pledgeRatio: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(RATIO_PATTERN, 'must be a ratio between 0 and 1 such as "0.6"'))),
});
export type Guarantee = z.output<typeof guaranteeSchema>;

// Apart from the schema: an interpolation in its arguments would count as a side effect to bundlers.
const MIN_TERM_DAYS_MESSAGE = `must be at least ${MIN_TERM_DAYS} day`;
const MAX_TERM_DAYS_MESSAGE = `must be at most ${MAX_TERM_DAYS} days`;

export const creditRequestSchema = /* @__PURE__ */ z.object({
  amount: positiveAmount,
  currency: currencyCode,
  termDays: /* @__PURE__ */ z.int({ error: 'must be a whole number of days' }).check(
    /* @__PURE__ */ z.gte(MIN_TERM_DAYS, MIN_TERM_DAYS_MESSAGE),
    /* @__PURE__ */ z.lte(MAX_TERM_DAYS, MAX_TERM_DAYS_MESSAGE),
  ),
  purpose: /* @__PURE__ */ requiredText('requestPurpose'),
  settlementMethod: /* @__PURE__ */ z.enum(SETTLEMENT_METHODS),
});
export type CreditRequest = z.output<typeof creditRequestSchema>;

/** A file's type: the one reported, or the one its extension implies; `''` when neither is known. */
export function attachmentMimeType(file: { readonly type?: string; readonly name?: string }): string {
  if (file.type) return file.type;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name ?? '')?.[1]?.toLowerCase();
  return (extension && ATTACHMENT_TYPES_BY_EXTENSION[extension]) || '';
}

export const attachmentSchema = /* @__PURE__ */ z.object({
  fileName: /* @__PURE__ */ requiredText('attachmentFileName'),
  mimeType: /* @__PURE__ */ z.enum(ATTACHMENT_TYPES, { error: 'must be a PDF, JPEG, PNG or XLSX file' }),
  size: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1, 'is empty'), /* @__PURE__ */ z.lte(MAX_ATTACHMENT_BYTES, 'is larger than 20 MB')),
  /** Identifier the host returned when the file was uploaded. */
  uploadId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type Attachment = z.output<typeof attachmentSchema>;

/** 综合印象: the salesperson's qualitative notes and optional 0–100 score. */
export const impressionSchema = /* @__PURE__ */ z.object({
  notes: /* @__PURE__ */ limitedText('impressionNotes'),
  score: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(MIN_IMPRESSION_SCORE), /* @__PURE__ */ z.lte(MAX_IMPRESSION_SCORE))),
});

/**
 * What an application says as a whole, beyond each field: founded no later than today; capital in
 * the applicant's currency, the request and the guarantees' values in the request's, with no more
 * decimals than the currency has. (The statements' own rules come with their schema.)
 */
const applicationConsistency = /* @__PURE__ */ z.superRefine((input: { applicant?: unknown; request?: unknown; guarantees?: unknown }, ctx) => {
  // Zod runs this even when fields failed their own checks: read defensively, judge only valid values.
  const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const applicant = record(input.applicant);
  const request = record(input.request);
  const guarantees = Array.isArray(input.guarantees) ? input.guarantees.map(record) : [];
  pushConsistencyIssues(ctx, [], [
    futureDateIssue(['applicant', 'establishedOn'], applicant.establishedOn),
    decimalsIssue(['applicant', 'registeredCapital'], applicant.registeredCapital, applicant.currency),
    decimalsIssue(['applicant', 'paidInCapital'], applicant.paidInCapital, applicant.currency),
    decimalsIssue(['request', 'amount'], request.amount, request.currency),
    ...guarantees.map((g, i) => decimalsIssue(['guarantees', i, 'appraisedValue'], g.appraisedValue, request.currency)),
  ]);
});

/** Body of `POST /credit-applications` (授信申请). */
export const creditApplicationInputSchema = /* @__PURE__ */ z
  .object({
    applicant: applicantSchema,
    financials: /* @__PURE__ */ objectWith(financialsSchema, { customerId: /* @__PURE__ */ z.optional(resourceId) }).check(financialsConsistency),
    history: /* @__PURE__ */ z.optional(tradingHistorySchema),
    impression: impressionSchema,
    guarantees: /* @__PURE__ */ boundedArray(guaranteeSchema, 'guarantees'),
    request: creditRequestSchema,
    attachments: /* @__PURE__ */ boundedArray(attachmentSchema, 'attachments'),
  })
  .check(applicationConsistency);
export type CreditApplicationInput = z.output<typeof creditApplicationInputSchema>;

export const APPLICATION_STATUSES = ['draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** One step of the audit trail: who moved the application to which status, when. */
export const applicationEventSchema = /* @__PURE__ */ z.object({
  status: /* @__PURE__ */ z.enum(APPLICATION_STATUSES),
  actor: /* @__PURE__ */ z.string(),
  at: timestamp,
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/** What an approval grants: the limit, the term, optionally the grade and how long it holds. */
export const applicationDecisionSchema = /* @__PURE__ */ z.object({
  grantedLimit: nonNegativeMoneyString,
  termDays: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  grade: /* @__PURE__ */ z.optional(gradeWire),
  validUntil: /* @__PURE__ */ z.optional(isoDate),
});
export type ApplicationDecision = z.output<typeof applicationDecisionSchema>;

/** A credit application as the host stores it. */
export const creditApplicationSchema = /* @__PURE__ */ z.object({
  id: resourceId,
  /** Human-facing application number, e.g. `CA-2026-000123`. */
  number: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(APPLICATION_STATUSES),
  customerId: /* @__PURE__ */ z.optional(resourceId),
  submittedAt: timestamp,
  request: creditRequestSchema,
  decision: /* @__PURE__ */ z.optional(applicationDecisionSchema),
  history: /* @__PURE__ */ boundedArray(applicationEventSchema, 'applicationEvents'),
});
export type CreditApplication = z.output<typeof creditApplicationSchema>;

/**
 * `GET /credit-applications?customerId=&page=&pageSize=`: newest first. `page`, `pageSize` and
 * `total` are optional so a host that answers one unpaged list still conforms.
 */
export const creditApplicationListSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ boundedArray(creditApplicationSchema, 'applicationPageItems'),
  page: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  pageSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1))),
  total: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
});

/** Response of `POST /attachments` (multipart field `file`): the id to put in `attachments[].uploadId`. */
export const attachmentUploadSchema = /* @__PURE__ */ z.object({
  uploadId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  fileName: /* @__PURE__ */ z.string(),
  mimeType: /* @__PURE__ */ z.enum(ATTACHMENT_TYPES),
  size: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
});
export type AttachmentUpload = z.output<typeof attachmentUploadSchema>;

/**
 * Statuses a `POST /credit-applications/{id}/transitions` body may name. Only `under_review` is a
 * move; the decisions are answered `409 decision-required` (core's `transitionVerdict`), because only
 * `POST …/decision` decides, with the approval policy.
 */
export const TRANSITION_TARGETS = ['under_review', 'approved', 'rejected', 'returned'] as const;

/**
 * Body of `POST /credit-applications/{id}/transitions`: the status to move to and an optional note for
 * the audit trail.
 */
export const applicationTransitionSchema = /* @__PURE__ */ z.object({
  status: /* @__PURE__ */ z.enum(TRANSITION_TARGETS),
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000))),
});
export type ApplicationTransition = z.output<typeof applicationTransitionSchema>;
