/**
 * The contract's limits as values: the schemas are built from these, and anything that checks or
 * explains a value before it is sent (a form's hints, a draft's envelope) reads them here instead of
 * restating them.
 */

/** Shortest and longest credit period (`request.termDays`) the contract accepts, in days. */
export const TERM_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** Lowest and highest salesperson's score (`impression.score`). */
export const IMPRESSION_SCORE_RANGE = { min: 0, max: 100 } as const;

/** Longest text each text member accepts, in characters. */
export const TEXT_LIMITS = {
  customerName: 200,
  industry: 100,
  legalRepresentative: 100,
  address: 300,
  parentCompany: 200,
  salesperson: 100,
  region: 100,
  contactName: 100,
  contactRole: 100,
  guaranteeOwner: 200,
  guaranteeDescription: 500,
  requestPurpose: 500,
  impressionNotes: 4000,
  attachmentFileName: 255,
} as const;
export type TextLimitName = keyof typeof TEXT_LIMITS;

/** ISO 4217 currency code, e.g. `CNY`. */
export const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;
/** Identifier as used in URLs: letters, digits, `-`, `_`, `.`; 1–64 characters. */
export const RESOURCE_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** A share between 0 and 1, e.g. a pledge ratio `"0.6"`. */
export const RATIO_PATTERN = /^(0(\.\d+)?|1(\.0+)?)$/;
/** A phone number: digits, spaces, `()`, `-`, optionally a leading `+`; 5–25 characters. */
export const PHONE_PATTERN = /^[+\d][\d\s()-]{4,24}$/;
/** The characters of a 统一社会信用代码 (no I, O, S, V, Z), 18 of them; the check character is checked apart. */
export const SOCIAL_CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/** Longest `Idempotency-Key` header a backend accepts. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
/** An `Idempotency-Key`: 1 to 255 visible ASCII characters (a UUID in practice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** 担保 kinds: a guarantor or a piece of collateral. */
export const GUARANTEE_KINDS = ['guarantor', 'collateral'] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** Largest attachment the contract accepts: 20 MiB. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Attachment types the contract accepts: PDF, JPEG, PNG, XLSX. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
/** Attachment types by file extension, for browsers that report no type (commonly `.xlsx` where Office is not installed). */
export const ATTACHMENT_TYPES_BY_EXTENSION: Readonly<Record<string, AttachmentType>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
