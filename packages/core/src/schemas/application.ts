import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { isBoundedDecimal, moneyString, nonNegativeMoneyString } from '../money.js';
import { boundedArray, CONTRACT_LIMITS, currencyCode, requiredText, resourceId, timestamp } from './common.js';
import { customerSchema } from './customer.js';
import { financialsSchema, tradingHistorySchema } from './financials.js';

export const SETTLEMENT_METHODS = ['cash', 'bank_acceptance_bill', 'installments', 'open_credit'] as const;
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];

export const COLLATERAL_TYPES = ['real_estate', 'equipment', 'inventory', 'receivables', 'deposit', 'securities', 'other'] as const;
export type CollateralType = (typeof COLLATERAL_TYPES)[number];

/** Largest attachment the contract accepts: 20 MiB. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

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
  kind: z.enum(['guarantor', 'collateral']),
  /** Guarantor's name, or the collateral's owner. */
  owner: requiredText(200),
  collateralType: z.optional(z.enum(COLLATERAL_TYPES)),
  description: z.optional(z.string().check(z.maxLength(500))),
  appraisedValue: nonNegativeMoneyString,
  /** Share of the appraised value that may be lent against, e.g. `"0.6"`. */
  pledgeRatio: z.optional(z.string().check(z.regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a ratio between 0 and 1 such as "0.6"'))),
});
export type Guarantee = z.output<typeof guaranteeSchema>;

export const creditRequestSchema = z.object({
  amount: positiveAmount,
  currency: currencyCode,
  termDays: z.int({ error: 'must be a whole number of days' }).check(
    z.gte(1, 'must be at least 1 day'),
    z.lte(3650, 'must be at most 3650 days'),
  ),
  purpose: requiredText(500),
  settlementMethod: z.enum(SETTLEMENT_METHODS),
});
export type CreditRequest = z.output<typeof creditRequestSchema>;

/** Attachment types by file extension, for browsers that report no type (commonly `.xlsx` where Office is not installed). */
export const ATTACHMENT_TYPES_BY_EXTENSION: Readonly<Record<string, (typeof ATTACHMENT_TYPES)[number]>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file's type: the one reported, or the one its extension implies; `''` when neither is known. */
export function attachmentMimeType(file: { readonly type?: string; readonly name?: string }): string {
  if (file.type) return file.type;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name ?? '')?.[1]?.toLowerCase();
  return (extension && ATTACHMENT_TYPES_BY_EXTENSION[extension]) || '';
}

export const attachmentSchema = z.object({
  fileName: requiredText(255),
  mimeType: z.enum(ATTACHMENT_TYPES, { error: 'must be a PDF, JPEG, PNG or XLSX file' }),
  size: z.int().check(z.gte(1, 'is empty'), z.lte(MAX_ATTACHMENT_BYTES, 'is larger than 20 MB')),
  /** Identifier the host returned when the file was uploaded. */
  uploadId: z.optional(z.string()),
});
export type Attachment = z.output<typeof attachmentSchema>;

/** 综合印象: the salesperson's qualitative notes and optional 0–100 score. */
export const impressionSchema = z.object({
  notes: z.string().check(z.maxLength(4000)),
  score: z.optional(z.number().check(z.gte(0), z.lte(100))),
});

/** Body of `POST /credit-applications` (授信申请). */
export const creditApplicationInputSchema = z.object({
  applicant: applicantSchema,
  financials: z.object({ ...financialsSchema.shape, customerId: z.optional(resourceId) }),
  history: z.optional(tradingHistorySchema),
  impression: impressionSchema,
  guarantees: boundedArray(guaranteeSchema, CONTRACT_LIMITS.guarantees),
  request: creditRequestSchema,
  attachments: boundedArray(attachmentSchema, CONTRACT_LIMITS.attachments),
});
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

/** A credit application as the host stores it. */
export const creditApplicationSchema = z.object({
  id: resourceId,
  /** Human-facing application number, e.g. `CA-2026-000123`. */
  number: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  customerId: z.optional(resourceId),
  submittedAt: timestamp,
  request: creditRequestSchema,
  decision: z.optional(
    z.object({
      grantedLimit: nonNegativeMoneyString,
      termDays: z.int().check(z.gte(0)),
      grade: z.optional(gradeWire),
      validUntil: z.optional(isoDate),
    }),
  ),
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
