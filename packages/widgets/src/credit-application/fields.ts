import { COLLATERAL_TYPES, CUSTOMER_TYPES, GUARANTEE_KINDS, SETTLEMENT_METHODS, TEXT_LIMITS } from '@credit-kit/core/lean';
import {
  APPLICANT_FIELDS,
  CONTACT_FIELDS,
  FINANCIAL_FIELDS,
  GUARANTEE_FIELDS,
  HISTORY_FIELDS,
  IMPRESSION_FIELDS,
  parseKey,
  REQUEST_FIELDS,
  type ApplicationForm,
} from './form-model.js';

/** The steps of the form, in order; `review` is the last (check and submit). */
export const SECTIONS = ['basic', 'financials', 'guarantees', 'request', 'impression', 'attachments', 'review'] as const;
export type SectionId = (typeof SECTIONS)[number];
/** The sections that hold fields (all but `review`). */
export const FIELD_SECTIONS = SECTIONS.filter((s) => s !== 'review') as Exclude<SectionId, 'review'>[];

/**
 * What kind of value a field holds: decides its control, its keyboard, and which localized
 * message a schema issue becomes.
 */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'code'
  | 'choice'
  | 'amount'
  | 'signedAmount'
  | 'positiveAmount'
  | 'currency'
  | 'date'
  | 'email'
  | 'phone'
  | 'days'
  | 'count'
  | 'ratio'
  | 'score'
  | 'id'
  | 'files';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Longest text the schema accepts (core's `TEXT_LIMITS`). */
  readonly maxLength?: number;
  /** Values of a `choice`. */
  readonly options?: readonly string[];
  /** Takes the whole row of the grid. */
  readonly wide?: boolean;
}

const APPLICANT: Record<(typeof APPLICANT_FIELDS)[number], FieldSpec> = {
  code: { kind: 'code', required: true },
  name: { kind: 'text', required: true, maxLength: TEXT_LIMITS.customerName },
  type: { kind: 'choice', required: true, options: CUSTOMER_TYPES },
  industry: { kind: 'text', required: true, maxLength: TEXT_LIMITS.industry },
  legalRepresentative: { kind: 'text', maxLength: TEXT_LIMITS.legalRepresentative },
  registeredCapital: { kind: 'amount' },
  paidInCapital: { kind: 'amount', required: true },
  currency: { kind: 'currency', required: true },
  establishedOn: { kind: 'date', required: true },
  address: { kind: 'text', maxLength: TEXT_LIMITS.address, wide: true },
  groupId: { kind: 'id' },
  parentCompany: { kind: 'text', maxLength: TEXT_LIMITS.parentCompany },
};

const CONTACT: Record<(typeof CONTACT_FIELDS)[number], FieldSpec> = {
  name: { kind: 'text', required: true, maxLength: TEXT_LIMITS.contactName },
  role: { kind: 'text', maxLength: TEXT_LIMITS.contactRole },
  phone: { kind: 'phone' },
  email: { kind: 'email' },
};

const FINANCIALS: Record<(typeof FINANCIAL_FIELDS)[number], FieldSpec> = {
  basePeriodEnd: { kind: 'date', required: true },
  currency: { kind: 'currency', required: true },
  totalAssets: { kind: 'amount', required: true },
  effectiveAssets: { kind: 'amount', required: true },
  totalLiabilities: { kind: 'amount', required: true },
  currentAssets: { kind: 'amount', required: true },
  currentLiabilities: { kind: 'amount', required: true },
  revenue: { kind: 'signedAmount', required: true },
  netProfit: { kind: 'signedAmount', required: true },
  operatingCashFlow: { kind: 'signedAmount', required: true },
  existingFinancing: { kind: 'amount', required: true },
};

/** 历史交易信息, shown as a group of the financials section. */
const HISTORY: Record<(typeof HISTORY_FIELDS)[number], FieldSpec> = {
  salesLast12Months: { kind: 'amount' },
  paymentsLast12Months: { kind: 'amount' },
  overdueCountLast12Months: { kind: 'count' },
  maxDaysOverdueLast12Months: { kind: 'count' },
};

const GUARANTEE: Record<(typeof GUARANTEE_FIELDS)[number], FieldSpec> = {
  kind: { kind: 'choice', required: true, options: GUARANTEE_KINDS },
  owner: { kind: 'text', required: true, maxLength: TEXT_LIMITS.guaranteeOwner },
  collateralType: { kind: 'choice', options: COLLATERAL_TYPES },
  description: { kind: 'longText', maxLength: TEXT_LIMITS.guaranteeDescription, wide: true },
  appraisedValue: { kind: 'amount', required: true },
  pledgeRatio: { kind: 'ratio' },
};

const REQUEST: Record<(typeof REQUEST_FIELDS)[number], FieldSpec> = {
  amount: { kind: 'positiveAmount', required: true },
  currency: { kind: 'currency', required: true },
  termDays: { kind: 'days', required: true },
  purpose: { kind: 'longText', required: true, maxLength: TEXT_LIMITS.requestPurpose, wide: true },
  settlementMethod: { kind: 'choice', required: true, options: SETTLEMENT_METHODS },
};

const IMPRESSION: Record<(typeof IMPRESSION_FIELDS)[number], FieldSpec> = {
  notes: { kind: 'longText', maxLength: TEXT_LIMITS.impressionNotes, wide: true },
  score: { kind: 'score' },
};

const ATTACHMENTS: FieldSpec = { kind: 'files' };

/** The key of the file input: every attachment issue is shown there. */
export const ATTACHMENTS_KEY = 'attachments';

/** The spec of the field at `key` (`guarantees[2].owner`), or `undefined` for a key the form does not show. */
export function specFor(key: string): FieldSpec | undefined {
  const path = parseKey(key);
  const [head, second, third, fourth] = path;
  const pick = <T extends Record<string, FieldSpec>>(table: T, name: unknown) =>
    typeof name === 'string' && Object.hasOwn(table, name) ? table[name as keyof T] : undefined;
  switch (head) {
    case 'applicant':
      if (second === 'contacts') return typeof third === 'number' && path.length === 4 ? pick(CONTACT, fourth) : undefined;
      return path.length === 2 ? pick(APPLICANT, second) : undefined;
    case 'financials':
      return path.length === 2 ? pick(FINANCIALS, second) : undefined;
    case 'history':
      return path.length === 2 ? pick(HISTORY, second) : undefined;
    case 'guarantees':
      return typeof second === 'number' && path.length === 3 ? pick(GUARANTEE, third) : undefined;
    case 'request':
      return path.length === 2 ? pick(REQUEST, second) : undefined;
    case 'impression':
      return path.length === 2 ? pick(IMPRESSION, second) : undefined;
    case 'attachments':
      return path.length === 1 ? ATTACHMENTS : undefined;
    default:
      return undefined;
  }
}

/** The section a field key belongs to. */
export function sectionOf(key: string): Exclude<SectionId, 'review'> | undefined {
  const head = parseKey(key)[0];
  switch (head) {
    case 'applicant':
      return 'basic';
    case 'history':
      return 'financials';
    case 'financials':
    case 'guarantees':
    case 'request':
    case 'impression':
    case 'attachments':
      return head;
    default:
      return undefined;
  }
}

/**
 * The field a reported path belongs to: the path itself when the form shows it, the file input
 * for anything about an attachment, else `undefined` (the issue is shown in the summary only).
 */
export function fieldKeyForPath(path: string): string | undefined {
  if (path === ATTACHMENTS_KEY || path.startsWith(`${ATTACHMENTS_KEY}[`) || path.startsWith(`${ATTACHMENTS_KEY}.`)) return ATTACHMENTS_KEY;
  return specFor(path) ? path : undefined;
}

/** Every field key of `section` for this form, in the order they are shown. */
export function fieldKeys(form: ApplicationForm, section: SectionId): string[] {
  switch (section) {
    case 'basic': {
      const keys = APPLICANT_FIELDS.filter((f) => f !== 'groupId' && f !== 'parentCompany').map((f) => `applicant.${f}`);
      form.applicant.contacts.forEach((_, i) => keys.push(...CONTACT_FIELDS.map((f) => `applicant.contacts[${i}].${f}`)));
      keys.push('applicant.groupId', 'applicant.parentCompany');
      return keys;
    }
    case 'financials':
      return [...FINANCIAL_FIELDS.map((f) => `financials.${f}`), ...HISTORY_FIELDS.map((f) => `history.${f}`)];
    case 'guarantees':
      return form.guarantees.flatMap((_, i) => GUARANTEE_FIELDS.map((f) => `guarantees[${i}].${f}`));
    case 'request':
      return REQUEST_FIELDS.map((f) => `request.${f}`);
    case 'impression':
      return IMPRESSION_FIELDS.map((f) => `impression.${f}`);
    case 'attachments':
      return [ATTACHMENTS_KEY];
    case 'review':
      return [];
  }
}

/** Every field key of the form, in display order. */
export function allFieldKeys(form: ApplicationForm): string[] {
  return FIELD_SECTIONS.flatMap((s) => fieldKeys(form, s));
}

/** The DOM id of a field's control (unique within the shadow root). */
export function controlId(key: string): string {
  return `ck-field-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
