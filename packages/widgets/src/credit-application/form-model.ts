import type { Customer, Financials } from '@credit-kit/core/lean';

/**
 * The form's state: a plain, JSON-safe object of strings shaped like the wire
 * `CreditApplicationInput`, so a field's key (`applicant.contacts[0].email`) is also the path the
 * schema and the server report. Amounts stay decimal strings exactly as typed; numbers (days,
 * score, attachment size) are strings too until `buildInput` converts them.
 */

export const APPLICANT_FIELDS = [
  'code',
  'name',
  'type',
  'industry',
  'legalRepresentative',
  'registeredCapital',
  'paidInCapital',
  'currency',
  'establishedOn',
  'address',
  'groupId',
  'parentCompany',
] as const;
/** Applicant fields the form carries from a prefill without showing them. */
export const APPLICANT_HIDDEN_FIELDS = ['id', 'salesperson', 'region'] as const;
export const CONTACT_FIELDS = ['name', 'role', 'phone', 'email'] as const;
export const FINANCIAL_FIELDS = [
  'basePeriodEnd',
  'currency',
  'totalAssets',
  'effectiveAssets',
  'totalLiabilities',
  'currentAssets',
  'currentLiabilities',
  'revenue',
  'netProfit',
  'operatingCashFlow',
  'existingFinancing',
] as const;
/** 历史交易信息: the customer's trading history with us, last 12 months (all optional). */
export const HISTORY_FIELDS = ['salesLast12Months', 'paymentsLast12Months', 'overdueCountLast12Months', 'maxDaysOverdueLast12Months'] as const;
export const GUARANTEE_FIELDS = ['kind', 'owner', 'collateralType', 'description', 'appraisedValue', 'pledgeRatio'] as const;
export const REQUEST_FIELDS = ['amount', 'currency', 'termDays', 'purpose', 'settlementMethod'] as const;
export const IMPRESSION_FIELDS = ['notes', 'score'] as const;
export const ATTACHMENT_FIELDS = ['fileName', 'mimeType', 'size', 'uploadId'] as const;

export type ApplicantField = (typeof APPLICANT_FIELDS)[number];
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type FinancialField = (typeof FINANCIAL_FIELDS)[number];
export type HistoryField = (typeof HISTORY_FIELDS)[number];
export type GuaranteeField = (typeof GUARANTEE_FIELDS)[number];
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type ImpressionField = (typeof IMPRESSION_FIELDS)[number];

export type ContactForm = Record<ContactField, string>;
export type GuaranteeForm = Record<GuaranteeField, string>;
export type AttachmentForm = Record<(typeof ATTACHMENT_FIELDS)[number], string>;
export type ApplicantForm = Record<ApplicantField | (typeof APPLICANT_HIDDEN_FIELDS)[number], string> & { contacts: ContactForm[] };
export type FinancialsForm = Record<FinancialField | 'customerId', string>;
export type HistoryForm = Record<HistoryField, string>;
export type RequestForm = Record<RequestField, string>;
export type ImpressionForm = Record<ImpressionField, string>;

/** The whole form. */
export interface ApplicationForm {
  applicant: ApplicantForm;
  financials: FinancialsForm;
  history: HistoryForm;
  guarantees: GuaranteeForm[];
  request: RequestForm;
  impression: ImpressionForm;
  attachments: AttachmentForm[];
}

type Loose = Record<string, unknown>;

/**
 * A partial application, for hosts that prefill the form themselves (the `value` property):
 * the shape of `CreditApplicationInput` with every member optional; amounts as decimal strings
 * (numbers are accepted and converted), `termDays`, `score` and `size` as numbers or strings.
 */
export interface PartialApplication {
  applicant?: Partial<Record<ApplicantField | (typeof APPLICANT_HIDDEN_FIELDS)[number], string>> & {
    contacts?: Partial<Record<ContactField, string>>[];
  };
  financials?: Partial<Record<FinancialField | 'customerId', string>>;
  /** Amounts as decimal strings, the two counts as numbers or strings. */
  history?: Partial<Record<HistoryField, number | string>>;
  guarantees?: Partial<Record<GuaranteeField, string>>[];
  request?: Partial<Record<Exclude<RequestField, 'termDays'>, string>> & { termDays?: number | string };
  impression?: { notes?: string; score?: number | string };
  attachments?: { fileName?: string; mimeType?: string; size?: number | string; uploadId?: string }[];
}

const DEFAULT_CURRENCY = 'CNY';

function record<K extends string>(keys: readonly K[], source?: unknown): Record<K, string> {
  const from = (source !== null && typeof source === 'object' ? source : {}) as Loose;
  const out = {} as Record<K, string>;
  for (const key of keys) out[key] = text(from[key]);
  return out;
}

/** A string, a finite number as its shortest decimal text, anything else `''`. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function rows<T>(value: unknown, make: (row: unknown) => T): T[] {
  return Array.isArray(value) ? value.map(make) : [];
}

export const emptyContact = (): ContactForm => record(CONTACT_FIELDS);
export const emptyGuarantee = (): GuaranteeForm => ({ ...record(GUARANTEE_FIELDS), kind: 'collateral' });

/** A blank application: every field empty, currencies CNY. */
export function blankForm(): ApplicationForm {
  return {
    applicant: { ...record([...APPLICANT_FIELDS, ...APPLICANT_HIDDEN_FIELDS]), currency: DEFAULT_CURRENCY, contacts: [] },
    financials: { ...record([...FINANCIAL_FIELDS, 'customerId']), currency: DEFAULT_CURRENCY },
    history: record(HISTORY_FIELDS),
    guarantees: [],
    request: { ...record(REQUEST_FIELDS), currency: DEFAULT_CURRENCY },
    impression: record(IMPRESSION_FIELDS),
    attachments: [],
  };
}

/** `base` with every member `partial` gives replaced (rows replace rows). Unknown members are ignored. */
export function formFromPartial(base: ApplicationForm, partial: PartialApplication | undefined): ApplicationForm {
  const form = cloneForm(base);
  if (!partial || typeof partial !== 'object') return form;
  const p = partial as Loose;
  const overlay = <K extends string>(target: Record<K, string>, keys: readonly K[], source: unknown) => {
    if (source === null || typeof source !== 'object') return;
    for (const key of keys) if (key in (source as Loose)) target[key] = text((source as Loose)[key]);
  };
  overlay(form.applicant, [...APPLICANT_FIELDS, ...APPLICANT_HIDDEN_FIELDS], p.applicant);
  const contacts = (p.applicant as Loose | undefined)?.contacts;
  if (Array.isArray(contacts)) form.applicant.contacts = rows(contacts, (row) => record(CONTACT_FIELDS, row));
  overlay(form.financials, [...FINANCIAL_FIELDS, 'customerId'], p.financials);
  overlay(form.history, HISTORY_FIELDS, p.history);
  if (Array.isArray(p.guarantees)) form.guarantees = rows(p.guarantees, (row) => record(GUARANTEE_FIELDS, row));
  overlay(form.request, REQUEST_FIELDS, p.request);
  overlay(form.impression, IMPRESSION_FIELDS, p.impression);
  if (Array.isArray(p.attachments)) form.attachments = rows(p.attachments, (row) => record(ATTACHMENT_FIELDS, row));
  return form;
}

/** `base` prefilled from the customer record and, when the host has them, its base-period financials. */
export function formFromCustomer(base: ApplicationForm, customer: Customer, financials?: Financials): ApplicationForm {
  const { contacts, ...applicant } = customer;
  const partial: PartialApplication = {
    applicant: { ...(applicant as PartialApplication['applicant']), ...(contacts ? { contacts } : {}) },
    request: { currency: customer.currency },
    ...(financials ? { financials } : { financials: { customerId: customer.id, currency: customer.currency } }),
  };
  return formFromPartial(base, partial);
}

/** A deep copy (the form is plain JSON). */
export function cloneForm(form: ApplicationForm): ApplicationForm {
  return structuredClone(form);
}

const trimmed = (value: string): string | undefined => {
  const t = value.trim();
  return t === '' ? undefined : t;
};

/** `"30"` → 30; text that is not a plain number stays text, so the schema reports it. */
function numeric(value: string): number | string | undefined {
  const t = trimmed(value);
  if (t === undefined) return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function compact<T extends Loose>(source: T): Partial<T> {
  const out: Loose = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined) out[key] = value;
  return out as Partial<T>;
}

function trimmedRecord(source: Record<string, string>): Loose {
  const out: Loose = {};
  for (const [key, value] of Object.entries(source)) out[key] = trimmed(value);
  return compact(out);
}

/** `{ history }` with the given figures (amounts trimmed, counts as numbers), or `{}` when none is given. */
function history(form: HistoryForm): Loose {
  const { overdueCountLast12Months, maxDaysOverdueLast12Months, ...amounts } = form;
  const out = {
    ...trimmedRecord(amounts),
    ...compact({ overdueCountLast12Months: numeric(overdueCountLast12Months), maxDaysOverdueLast12Months: numeric(maxDaysOverdueLast12Months) }),
  };
  return Object.keys(out).length ? { history: out } : {};
}

/**
 * The application body the form describes, ready for `creditApplicationInputSchema`: text
 * trimmed, empty optional fields left out (an empty required one is then reported "required"),
 * days, score, history counts and sizes as numbers, no `history` when none of it is given. Not
 * validated: the result may break the schema.
 */
export function buildInput(form: ApplicationForm): Loose {
  const { contacts, ...applicant } = form.applicant;
  const applicantOut = trimmedRecord(applicant);
  if (contacts.length) applicantOut.contacts = contacts.map((c) => trimmedRecord(c));
  return {
    applicant: applicantOut,
    financials: trimmedRecord(form.financials),
    ...history(form.history),
    impression: compact({ notes: form.impression.notes.trim(), score: numeric(form.impression.score) }),
    guarantees: form.guarantees.map((g) => trimmedRecord(g)),
    request: { ...trimmedRecord(form.request), ...compact({ termDays: numeric(form.request.termDays) }) },
    attachments: form.attachments.map((a) => ({ ...trimmedRecord(a), ...compact({ size: numeric(a.size) }) })),
  };
}

/** `applicant.contacts[0].email` → `['applicant', 'contacts', 0, 'email']`. */
export function parseKey(key: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return out;
}

/** The text at `key`, or `''` when there is none. */
export function getField(form: ApplicationForm, key: string): string {
  let node: unknown = form;
  for (const segment of parseKey(key)) {
    if (node === null || typeof node !== 'object') return '';
    node = (node as Loose)[segment as string];
  }
  return typeof node === 'string' ? node : '';
}

function setIn(node: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy;
  }
  const source = (node !== null && typeof node === 'object' ? node : {}) as Loose;
  return { ...source, [head]: setIn(source[head as string], rest, value) };
}

/** A new form with `value` at `key` (rows and objects on the way are copied, the rest shared). */
export function setField(form: ApplicationForm, key: string, value: string): ApplicationForm {
  return setIn(form, parseKey(key), value) as ApplicationForm;
}

/** A new form with the rows of `list` (`applicant.contacts`, `guarantees`, `attachments`) replaced. */
export function setRows<T>(form: ApplicationForm, list: RowList, next: T[]): ApplicationForm {
  return setIn(form, parseKey(list), next) as ApplicationForm;
}

/** The repeatable lists of the form. */
export type RowList = 'applicant.contacts' | 'guarantees' | 'attachments';

/** The rows of `list`. */
export function getRows(form: ApplicationForm, list: 'applicant.contacts'): ContactForm[];
export function getRows(form: ApplicationForm, list: 'guarantees'): GuaranteeForm[];
export function getRows(form: ApplicationForm, list: 'attachments'): AttachmentForm[];
export function getRows(form: ApplicationForm, list: RowList): unknown[] {
  return list === 'applicant.contacts' ? form.applicant.contacts : list === 'guarantees' ? form.guarantees : form.attachments;
}

/**
 * Normalises an untrusted object (a stored draft, a restored form state) into a form: known
 * members that are strings or numbers are kept, everything else is dropped. Returns `undefined`
 * when `raw` is not an object.
 */
export function normalizeForm(raw: unknown): ApplicationForm | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const source = raw as Loose;
  const blank = blankForm();
  const empty: ApplicationForm = {
    applicant: { ...blank.applicant, currency: '' },
    financials: { ...blank.financials, currency: '' },
    history: blank.history,
    guarantees: [],
    request: { ...blank.request, currency: '' },
    impression: blank.impression,
    attachments: [],
  };
  return formFromPartial(empty, {
    applicant: source.applicant as PartialApplication['applicant'],
    financials: source.financials as PartialApplication['financials'],
    // Absent from drafts saved before the form had it: then empty.
    history: source.history as PartialApplication['history'],
    guarantees: Array.isArray(source.guarantees) ? (source.guarantees as PartialApplication['guarantees']) : [],
    request: source.request as PartialApplication['request'],
    impression: source.impression as PartialApplication['impression'],
    attachments: Array.isArray(source.attachments) ? (source.attachments as PartialApplication['attachments']) : [],
  });
}
