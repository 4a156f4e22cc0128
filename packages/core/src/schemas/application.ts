import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { DECIMAL_PATTERN, isBoundedDecimal, moneyString, nonNegativeMoneyString } from '../money-string.js';
import { decimalsIssue, futureDateIssue } from '../financial-consistency.js';
import { boundedArray, CONTRACT_LIMITS, currencyCode, pushConsistencyIssues, requiredText, resourceId, timestamp } from './common.js';
import { customerSchema } from './customer.js';
import { financialsConsistency, financialsSchema, tradingHistorySchema } from './financials.js';
import {
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_BY_EXTENSION,
  GUARANTEE_KINDS,
  IMPRESSION_SCORE_RANGE,
  MAX_ATTACHMENT_BYTES,
  RATIO_PATTERN,
  TERM_DAYS_RANGE,
  TEXT_LIMITS,
} from './limits.js';

export const SETTLEMENT_METHODS = ['cash', 'bank_acceptance_bill', 'installments', 'open_credit'] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];

export const COLLATERAL_TYPES = ['real_estate', 'equipment', 'inventory', 'receivables', 'deposit', 'securities', 'other'] as const;
export type CollateralType = (typeof COLLATERAL_TYPES)[number];


const positiveAmount = moneyString.check(
  // Only a well-formed amount can be zero or less; a malformed one has its own message already.
  z.refine((v) => !isBoundedDecimal(v) || (!v.startsWith('-') && /[1-9]/.test(v)), 'must be more than zero'),
);

/** Basic information on the application: the customer record without server-assigned fields. */
export const applicantSchema = z.object({
  ...customerSchema.shape,
  id: z.optional(resourceId),
  paidInCapital: nonNegativeMoneyString,
});

/** 担保: a guarantor or a piece of collateral. */
export const guaranteeSchema = z.object({
  kind: z.enum(GUARANTEE_KINDS),
  /** Guarantor's name, or the collateral's owner. */
  owner: requiredText(TEXT_LIMITS.guaranteeOwner),
  collateralType: z.optional(z.enum(COLLATERAL_TYPES)),
  description: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.guaranteeDescription))),
  appraisedValue: nonNegativeMoneyString,
  /** Share of the appraised value that may be lent against, e.g. `"0.6"`. */
  pledgeRatio: z.optional(z.string().check(z.regex(RATIO_PATTERN, 'must be a ratio between 0 and 1 such as "0.6"'))),
});
export type Guarantee = z.output<typeof guaranteeSchema>;

export const creditRequestSchema = z.object({
  amount: positiveAmount,
  currency: currencyCode,
  termDays: z.int({ error: 'must be a whole number of days' }).check(
    z.gte(TERM_DAYS_RANGE.min, `must be at least ${TERM_DAYS_RANGE.min} day`),
    z.lte(TERM_DAYS_RANGE.max, `must be at most ${TERM_DAYS_RANGE.max} days`),
  ),
  purpose: requiredText(TEXT_LIMITS.requestPurpose),
  settlementMethod: z.enum(SETTLEMENT_METHODS),
});
export type CreditRequest = z.output<typeof creditRequestSchema>;

/** A file's type: the one reported, or the one its extension implies; `''` when neither is known. */
export function attachmentMimeType(file: { readonly type?: string; readonly name?: string }): string {
  if (file.type) return file.type;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name ?? '')?.[1]?.toLowerCase();
  return (extension && ATTACHMENT_TYPES_BY_EXTENSION[extension]) || '';
}

export const attachmentSchema = z.object({
  fileName: requiredText(TEXT_LIMITS.attachmentFileName),
  mimeType: z.enum(ATTACHMENT_TYPES, { error: 'must be a PDF, JPEG, PNG or XLSX file' }),
  size: z.int().check(z.gte(1, 'is empty'), z.lte(MAX_ATTACHMENT_BYTES, 'is larger than 20 MB')),
  /** Identifier the host returned when the file was uploaded. */
  uploadId: z.optional(z.string()),
});
export type Attachment = z.output<typeof attachmentSchema>;

/** 综合印象: the salesperson's qualitative notes and optional 0–100 score. */
export const impressionSchema = z.object({
  notes: z.string().check(z.maxLength(TEXT_LIMITS.impressionNotes)),
  score: z.optional(z.number().check(z.gte(IMPRESSION_SCORE_RANGE.min), z.lte(IMPRESSION_SCORE_RANGE.max))),
});

/**
 * What an application says as a whole, beyond each field: founded no later than today; capital in
 * the applicant's currency, the request and the guarantees' values in the request's, with no more
 * decimals than the currency has. (The statements' own rules come with their schema.)
 */
const applicationConsistency = z.superRefine((input: { applicant?: unknown; request?: unknown; guarantees?: unknown }, ctx) => {
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
export const creditApplicationInputSchema = z
  .object({
    applicant: applicantSchema,
    financials: z.object({ ...financialsSchema.shape, customerId: z.optional(resourceId) }).check(financialsConsistency),
    history: z.optional(tradingHistorySchema),
    impression: impressionSchema,
    guarantees: boundedArray(guaranteeSchema, CONTRACT_LIMITS.guarantees),
    request: creditRequestSchema,
    attachments: boundedArray(attachmentSchema, CONTRACT_LIMITS.attachments),
  })
  .check(applicationConsistency);
export type CreditApplicationInput = z.output<typeof creditApplicationInputSchema>;

export const APPLICATION_STATUSES = ['draft', 'submitted', 'under_review', 'approved', 'rejected', 'returned'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** One step of the audit trail: who moved the application to which status, when. */
export const applicationEventSchema = z.object({
  status: z.enum(APPLICATION_STATUSES),
  actor: z.string(),
  at: timestamp,
  note: z.optional(z.string()),
});

/** What an approval grants: the limit, the term, optionally the grade and how long it holds. */
export const applicationDecisionSchema = z.object({
  grantedLimit: nonNegativeMoneyString,
  termDays: z.int().check(z.gte(0)),
  grade: z.optional(gradeWire),
  validUntil: z.optional(isoDate),
});
export type ApplicationDecision = z.output<typeof applicationDecisionSchema>;

/** A credit application as the host stores it. */
export const creditApplicationSchema = z.object({
  id: resourceId,
  /** Human-facing application number, e.g. `CA-2026-000123`. */
  number: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  customerId: z.optional(resourceId),
  submittedAt: timestamp,
  request: creditRequestSchema,
  decision: z.optional(applicationDecisionSchema),
  history: boundedArray(applicationEventSchema, CONTRACT_LIMITS.applicationEvents),
});
export type CreditApplication = z.output<typeof creditApplicationSchema>;

/**
 * `GET /credit-applications?customerId=&page=&pageSize=`: newest first. `page`, `pageSize` and
 * `total` are optional so a host that answers one unpaged list still conforms.
 */
export const creditApplicationListSchema = z.object({
  items: boundedArray(creditApplicationSchema, CONTRACT_LIMITS.applicationPageItems),
  page: z.optional(z.int().check(z.gte(1))),
  pageSize: z.optional(z.int().check(z.gte(1))),
  total: z.optional(z.int().check(z.gte(0))),
});

/** Response of `POST /attachments` (multipart field `file`): the id to put in `attachments[].uploadId`. */
export const attachmentUploadSchema = z.object({
  uploadId: z.string().check(z.minLength(1)),
  fileName: z.string(),
  mimeType: z.enum(ATTACHMENT_TYPES),
  size: z.int().check(z.gte(1)),
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
export const applicationTransitionSchema = z.object({
  status: z.enum(TRANSITION_TARGETS),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type ApplicationTransition = z.output<typeof applicationTransitionSchema>;
