import {
  creditApplicationInputSchema,
  creditRequestSchema,
  CURRENCY_CODE_PATTERN,
  DECIMAL_PATTERN,
  isIsoCurrency,
  parseMoneyInput,
  nonNegativeMoneyString,
  parseIsoDay,
  RATIO_PATTERN,
  RESOURCE_ID_PATTERN,
  socialCreditCodeProblem,
  TERM_DAYS_RANGE,
  toValidationIssues,
  type CreditApplicationInput,
  type FieldError,
} from '@credit-kit/core/lean';
import type { CommonMessages } from '../i18n/common-messages.js';
import { apiError } from './api-error.js';
import type { CreditApplicationMessages } from './credit-application.messages.js';
import { ATTACHMENTS_KEY, fieldKeyForPath, specFor } from './fields.js';
import { buildInput, getField, parseKey, type ApplicationForm } from './form-model.js';

/**
 * One problem with one field. Only the code and where it is are kept: the words are chosen when
 * it is shown (`issueMessage`), from the field's kind and current value, in the reader's language,
 * so switching language re-words every message and zod's English never reaches the page.
 */
export interface FieldIssue {
  /** The field's key (`request.amount`), or the reported path when the form shows no such field. */
  readonly key: string;
  /** The path the schema or the server reported (`attachments[0].size`). */
  readonly path: string;
  /** `required`, `invalid_format`, `too_big`, … (as from `toValidationIssues` or a 422's `errors`). */
  readonly code: string;
  readonly source: 'client' | 'server';
}

/** The result of validating the form with `creditApplicationInputSchema`. */
export interface FormValidation {
  /** First issue per field, in the order the schema reported them. */
  readonly issues: ReadonlyMap<string, FieldIssue>;
  /** What the form describes, unvalidated (`buildInput`). */
  readonly input: Record<string, unknown>;
  /** The parsed application when the form is valid. */
  readonly value?: CreditApplicationInput;
}

function collect(target: Map<string, FieldIssue>, path: string, code: string, source: FieldIssue['source']): void {
  const key = fieldKeyForPath(path) ?? path;
  if (!target.has(key)) target.set(key, { key, path, code, source });
}

const AMOUNT_KINDS: ReadonlySet<string> = new Set(['amount', 'signedAmount', 'positiveAmount']);

/**
 * Amounts as people type them — `30,000,000.00` pasted from a spreadsheet, full-width digits,
 * `3000万` — read into the exact decimal string by core's `parseMoneyInput`; text it cannot read is
 * left as typed, for the schema to report on its field.
 */
function readAmounts(node: unknown, path = ''): void {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const at = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (typeof value !== 'string') {
      readAmounts(value, at);
      continue;
    }
    const spec = specFor(at);
    if (!spec || !AMOUNT_KINDS.has(spec.kind)) continue;
    const read = parseMoneyInput(value, { allowNegative: spec.kind === 'signedAmount' });
    if (read.ok) (node as Record<string, unknown>)[key] = read.value;
  }
}

/** Validates the whole form through the core schema. */
export function validateForm(form: ApplicationForm): FormValidation {
  const input = buildInput(form);
  readAmounts(input);
  const result = creditApplicationInputSchema.safeParse(input);
  if (result.success) return { issues: new Map(), input, value: result.data };
  const issues = new Map<string, FieldIssue>();
  for (const issue of toValidationIssues(result.error.issues, input)) {
    // A missing enum value comes as invalid_value: an empty required field is "required" whatever its type.
    const empty = specFor(issue.path)?.required === true && getField(form, issue.path).trim() === '';
    collect(issues, issue.path, empty ? 'required' : issue.code, 'client');
  }
  return { issues, input };
}

/** A 422's field errors, keyed by field like the form's own issues. */
export function serverIssues(errors: readonly FieldError[]): Map<string, FieldIssue> {
  const issues = new Map<string, FieldIssue>();
  for (const error of errors) collect(issues, error.path, error.code, 'server');
  return issues;
}

/** The field issues of a `422` that named fields, when `error` is one (the client's `ApiError`). */
export function rejectedFieldIssues(error: unknown): Map<string, FieldIssue> | undefined {
  const e = apiError(error);
  return e?.status === 422 && e.fieldErrors?.length ? serverIssues(e.fieldErrors) : undefined;
}

/** A date control holds a partial or impossible date (its value is then empty). */
export const INVALID_DATE = 'invalid_date';
/** An attachment is still uploading. */
export const UPLOAD_PENDING = 'upload_pending';
/** An attachment failed to upload and is neither retried nor removed. */
export const UPLOAD_FAILED = 'upload_failed';

/** The contract's own checks of one value, to tell which rule a value breaks. */
const isNonNegativeAmount = (value: string) => nonNegativeMoneyString.safeParse(value).success;
const isPositiveAmount = (value: string) => creditRequestSchema.shape.amount.safeParse(value).success;

/** The exact decimal an amount field's text stands for (as `readAmounts` sends it), or the text. */
function readAmount(text: string): string {
  const read = parseMoneyInput(text, { allowNegative: true });
  return read.ok ? read.value : text;
}

const GENERIC_CODES = ['required', 'invalid_type', 'invalid_value', 'invalid_format', 'too_small', 'too_big'] as const;

/** A message by code alone: the common one for zod's codes; for a code only the server knows, that it refused the value. */
function generic(issue: FieldIssue, t: CreditApplicationMessages['validation'], v: CommonMessages['validation']): string {
  const code = GENERIC_CODES.find((c) => c === issue.code);
  if (code) return v[code];
  return issue.source === 'server' ? t.serverRejected : v.invalid_format;
}

function attachmentMessage(issue: FieldIssue, form: ApplicationForm, t: CreditApplicationMessages['validation']): string {
  if (issue.code === UPLOAD_PENDING) return t.uploadPending;
  if (issue.code === UPLOAD_FAILED) return t.uploadFailed;
  const [, index, member] = parseKey(issue.path);
  const name = typeof index === 'number' ? form.attachments[index]?.fileName.trim() : undefined;
  if (!name) return t.attachmentInvalid;
  if (member === 'mimeType') return t.attachmentType(name);
  if (member === 'size') return issue.code === 'too_small' ? t.attachmentEmpty(name) : t.attachmentSize(name);
  if (member === 'fileName') return t.attachmentName(name);
  return t.attachmentInvalid;
}

/**
 * The message for `issue` in the reader's language: by the field's kind and its current value
 * (which tells a malformed amount from a negative one, a wrong check character from a wrong
 * length), then by the issue's code. Never zod's or the server's English.
 */
export function issueMessage(
  issue: FieldIssue,
  form: ApplicationForm,
  t: CreditApplicationMessages['validation'],
  v: CommonMessages['validation'],
): string {
  if (issue.key === ATTACHMENTS_KEY) return attachmentMessage(issue, form, t);
  const spec = specFor(issue.key);
  if (!spec) return generic(issue, t, v);
  if (issue.code === INVALID_DATE) return v.date;
  const value = getField(form, issue.key).trim();
  if (issue.code === 'required' || (value === '' && spec.required)) return v.required;
  if (spec.maxLength !== undefined && value.length > spec.maxLength) return t.tooLong(spec.maxLength);
  // Core's consistency rules (financial-consistency.ts), by their own codes.
  const consistency = t.consistency[issue.code as keyof CreditApplicationMessages['validation']['consistency']];
  if (consistency) return consistency;
  switch (spec.kind) {
    case 'code': {
      const problem = socialCreditCodeProblem(value);
      if (problem === 'length') return t.codeLength;
      if (problem === 'characters') return t.codeCharacters;
      if (problem === 'check-character') return v.socialCreditCode;
      break;
    }
    case 'amount':
      if (!parseMoneyInput(value, { allowNegative: true }).ok) return v.amount;
      if (!isNonNegativeAmount(readAmount(value))) return t.amountNonNegative;
      break;
    case 'signedAmount':
      if (!parseMoneyInput(value, { allowNegative: true }).ok) return v.amount;
      break;
    case 'positiveAmount':
      if (!parseMoneyInput(value, { allowNegative: true }).ok) return v.amount;
      if (!isPositiveAmount(readAmount(value))) return v.amountPositive;
      break;
    case 'currency':
      if (!CURRENCY_CODE_PATTERN.test(value) || !isIsoCurrency(value)) return v.currency;
      break;
    case 'date':
      if (Number.isNaN(parseIsoDay(value))) return v.date;
      break;
    case 'email':
      if (issue.source === 'client' || issue.code === 'invalid_format') return v.email;
      break;
    case 'phone':
      if (issue.source === 'client' || issue.code === 'invalid_format') return v.phone;
      break;
    case 'days': {
      if (!/^[+-]?\d+$/.test(value)) return v.wholeDays;
      const days = Number(value);
      if (days < TERM_DAYS_RANGE.min || days > TERM_DAYS_RANGE.max) return t.daysRange(TERM_DAYS_RANGE.min, TERM_DAYS_RANGE.max);
      break;
    }
    case 'count':
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) return t.wholeNumber;
      break;
    case 'ratio':
      if (!RATIO_PATTERN.test(value)) return v.ratio;
      break;
    case 'score':
      if (issue.source === 'client' || issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type') return t.scoreRange;
      break;
    case 'id':
      if (!RESOURCE_ID_PATTERN.test(value)) return t.identifier;
      break;
    case 'choice':
      if (issue.source === 'client' || issue.code === 'invalid_value') return v.invalid_value;
      break;
    default:
      break;
  }
  return generic(issue, t, v);
}
