/**
 * The contract's limits as values: the schemas are built from these, and anything that checks or
 * explains a value before it is sent (a form's hints, a draft's envelope) reads them here instead of
 * restating them.
 */

/** Shortest and longest credit period (`request.termDays`) the contract accepts, in days. */
export const MIN_TERM_DAYS = 1;
export const MAX_TERM_DAYS = 3650;
export const TERM_DAYS_RANGE = { min: MIN_TERM_DAYS, max: MAX_TERM_DAYS } as const;

/** Lowest and highest salesperson's score (`impression.score`). */
export const MIN_IMPRESSION_SCORE = 0;
export const MAX_IMPRESSION_SCORE = 100;
export const IMPRESSION_SCORE_RANGE = { min: MIN_IMPRESSION_SCORE, max: MAX_IMPRESSION_SCORE } as const;

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

/**
 * Upper bounds of the wire contract. A response or request past one of them is a contract
 * violation (a typed validation error naming the path), not something to render: they keep a
 * hostile or buggy backend from freezing a page with a million rows. Each is far above what a real
 * record holds; pages stay below the hosts' page-size maxima.
 */
export const CONTRACT_LIMITS = {
  /** Contacts of one customer. */
  contacts: 50,
  /** Guarantors and collateral of one application. */
  guarantees: 50,
  /** Attachments of one application. */
  attachments: 20,
  /** Steps of one application's audit trail. */
  applicationEvents: 200,
  /** Items of one `GET /customers` page (the largest `pageSize`). */
  customerPageItems: 200,
  /** Items of one `GET /credit-applications` page (the largest `pageSize`). */
  applicationPageItems: 200,
  /** Items of one `GET /receivables` page (the largest `limit`). */
  receivablePageItems: 5_000,
  /** Payments allocated to one open item. */
  allocations: 500,
  /** Rows of one `GET /receivables/aging` page (the largest `limit`). */
  agingRows: 5_000,
  /** Aging buckets of the policy. */
  policyAgingBuckets: 24,
  /** Aging buckets of a report (and so amounts per row and per total): the policy's, plus "Not due" and "Over N" when completed. */
  agingBuckets: 26,
  /** Currencies in an aging report's `totals`. */
  currencies: 50,
  /** Signals in one customer's warning status. */
  warningSignals: 500,
  /** Statuses in one `GET /warnings` answer. */
  warningListItems: 1_000,
  /** Rating cut-offs and debt-ratio coefficient rows of the policy. */
  policyRows: 64,
  /** Field errors in one problem document. */
  fieldErrors: 200,
} as const;
export type ContractLimitName = keyof typeof CONTRACT_LIMITS;

/** Digits allowed before the decimal point of a wire amount. */
export const MAX_INTEGER_DIGITS = 24;
/** Digits allowed after the decimal point of a wire amount. */
export const MAX_FRACTION_DIGITS = 10;
