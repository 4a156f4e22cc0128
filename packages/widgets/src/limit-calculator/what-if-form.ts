import {
  balanceSheetIssues,
  isIsoDate,
  limitDatesAfterAsOf,
  MAX_INTEGER_DIGITS,
  shiftDecimalString,
  tryParseGrade,
  underOneYearAsOf,
  type CreditProfile,
  type Customer,
  type Financials,
} from '@credit-kit/core/lean';
import type { AmountUnit } from '../i18n/format.js';

/**
 * The calculator's what-if form as a pure model: the fields' text (as the user typed it, amounts in
 * the display unit), prefilled from the customer's data, and its validation into the exact input
 * of core's `computeCreditLimit` (amounts in units, as decimal strings). No DOM, no floats.
 */

/** Amount fields of the form, in display order. */
export const AMOUNT_FIELDS = ['effectiveAssets', 'totalAssets', 'totalLiabilities', 'existingFinancing', 'requested', 'paidInCapital', 'collateralValue'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Every field of the form. */
export type WhatIfField = 'grade' | 'establishedOn' | AmountField;

/** Fields in the order they are shown (and tabbed through). */
export const WHAT_IF_FIELDS: readonly WhatIfField[] = [
  'grade',
  'effectiveAssets',
  'totalAssets',
  'totalLiabilities',
  'existingFinancing',
  'requested',
  'establishedOn',
  'paidInCapital',
  'collateralValue',
];

/** Amount fields that may be left empty: no request (the maximum is granted), no collateral. */
export const OPTIONAL_AMOUNT_FIELDS: ReadonlySet<AmountField> = new Set(['requested', 'collateralValue']);

/** The text of every field: amounts in the display unit, the date `YYYY-MM-DD`, the grade as written. */
export type WhatIfValues = Record<WhatIfField, string>;

/** Why a field's text is not usable, with what its message needs. */
export type FieldProblem =
  | { readonly code: 'required' }
  | { readonly code: 'amount' }
  | { readonly code: 'negative' }
  | { readonly code: 'tooManyDecimals'; readonly places: number }
  | { readonly code: 'tooBig' }
  | { readonly code: 'date' }
  | { readonly code: 'grade' }
  | { readonly code: 'effectiveAboveTotal' }
  | { readonly code: 'establishedAfterAsOf'; readonly asOf: string }
  | { readonly code: 'paidInCapitalRequired' };

/** The validated input of `computeCreditLimit`: amounts in units as decimal strings. */
export interface WhatIfInput {
  readonly grade: string;
  readonly effectiveAssets: string;
  readonly totalAssets: string;
  readonly totalLiabilities: string;
  readonly existingFinancing: string;
  readonly paidInCapital: string;
  readonly establishedOn: string;
  readonly asOf: string;
  readonly requested?: string;
  readonly collateralValue?: string;
}

export type WhatIfParse =
  | { readonly ok: true; readonly input: WhatIfInput }
  | { readonly ok: false; readonly problems: Partial<Record<WhatIfField, FieldProblem>> };

/** What the form is prefilled from. */
export interface WhatIfSource {
  readonly financials: Financials;
  readonly customer: Customer;
  readonly profile?: CreditProfile | undefined;
}

export interface WhatIfOptions {
  /** Unit the amounts are typed in. */
  readonly unit: AmountUnit;
  /** The day the limit is computed for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Digits after the point of the currency (2 for CNY): an amount is exact to its minor unit. */
  readonly currencyDigits: number;
}

/** 万 shifts the point by four places. */
const WAN_PLACES = 4;

/** An amount in units shown in `unit`: `12345678.9` → `1234.56789` (万元), exactly. */
export function toDisplayAmount(amount: string, unit: AmountUnit): string {
  return unit === 'wan' ? shiftDecimalString(amount, -WAN_PLACES) : amount;
}

/**
 * A validated display amount back in units, exactly: `1234.56789` (万元) → `12345678.9`. Amounts
 * typed in units keep their digits (`9000000.00` stays so), only grouping commas are dropped.
 */
export function fromDisplayAmount(text: string, unit: AmountUnit): string {
  const normalised = normaliseAmountText(text);
  return unit === 'wan' ? shiftDecimalString(normalised, WAN_PLACES) : normalised;
}

/** The form's text from the customer's data; requested amount and collateral start empty. */
export function prefillValues(source: WhatIfSource, unit: AmountUnit): WhatIfValues {
  const { financials, customer, profile } = source;
  const amount = (value: string | undefined) => (value === undefined ? '' : toDisplayAmount(value, unit));
  return {
    grade: profile?.grade ?? '',
    effectiveAssets: amount(financials.effectiveAssets),
    totalAssets: amount(financials.totalAssets),
    totalLiabilities: amount(financials.totalLiabilities),
    existingFinancing: amount(financials.existingFinancing),
    requested: '',
    establishedOn: customer.establishedOn,
    paidInCapital: amount(customer.paidInCapital),
    collateralValue: '',
  };
}

/**
 * The same values shown in another unit: each valid amount is converted exactly, anything else is
 * kept as typed (so a half-typed value is not lost).
 */
export function convertValues(values: WhatIfValues, from: AmountUnit, to: AmountUnit): WhatIfValues {
  if (from === to) return values;
  const next = { ...values };
  for (const field of AMOUNT_FIELDS) {
    const text = values[field];
    if (amountProblem(text, from, Number.POSITIVE_INFINITY) === undefined) next[field] = toDisplayAmount(fromDisplayAmount(text, from), to);
  }
  return next;
}

/** `1,234,567.5` → `1234567.5`, `5.` → `5`, `.5` → `0.5`; anything else is returned trimmed. */
function normaliseAmountText(text: string): string {
  let t = text.trim();
  if (/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, '');
  if (/^-?\d+\.$/.test(t)) t = t.slice(0, -1);
  if (/^-?\.\d+$/.test(t)) t = t.replace('.', '0.');
  return t;
}

/** Why `text` is not a usable amount in `unit` (undefined when it is; empty is handled by the caller). */
function amountProblem(text: string, unit: AmountUnit, currencyDigits: number): FieldProblem | undefined {
  const t = normaliseAmountText(text);
  if (/^-\d+(\.\d+)?$/.test(t)) return { code: 'negative' };
  if (!/^\d+(\.\d+)?$/.test(t)) return { code: 'amount' };
  const places = unit === 'wan' ? currencyDigits + WAN_PLACES : currencyDigits;
  const dot = t.indexOf('.');
  if (dot !== -1 && t.length - dot - 1 > places && !/^0+$/.test(t.slice(dot + 1 + places))) return { code: 'tooManyDecimals', places };
  const units = shiftDecimalString(t, unit === 'wan' ? WAN_PLACES : 0);
  // The wire's limit (core): what the calculator accepts, a limit request can carry.
  if (units.split('.')[0]!.length > MAX_INTEGER_DIGITS) return { code: 'tooBig' };
  return undefined;
}

/**
 * Validates the form into `computeCreditLimit`'s input, or says what is wrong with each field.
 * Paid-in capital may be empty for a company established a year or more before `asOf` (where it
 * caps nothing): it is then given to core as `0`.
 */
export function parseWhatIf(values: WhatIfValues, options: WhatIfOptions): WhatIfParse {
  const problems: Partial<Record<WhatIfField, FieldProblem>> = {};
  const amounts: Partial<Record<AmountField, string>> = {};

  const grade = tryParseGrade(values.grade);
  if (values.grade.trim() === '') problems.grade = { code: 'required' };
  else if (!grade) problems.grade = { code: 'grade' };

  const established = values.establishedOn.trim();
  if (established === '') problems.establishedOn = { code: 'required' };
  else if (!isIsoDate(established)) problems.establishedOn = { code: 'date' };
  else if (limitDatesAfterAsOf({ establishedOn: established, asOf: options.asOf }).includes('establishedOn')) problems.establishedOn = { code: 'establishedAfterAsOf', asOf: options.asOf };

  for (const field of AMOUNT_FIELDS) {
    const text = values[field];
    if (text.trim() === '') {
      if (!OPTIONAL_AMOUNT_FIELDS.has(field) && field !== 'paidInCapital') problems[field] = { code: 'required' };
      continue;
    }
    const problem = amountProblem(text, options.unit, options.currencyDigits);
    if (problem) problems[field] = problem;
    else amounts[field] = fromDisplayAmount(text, options.unit);
  }

  if (values.paidInCapital.trim() === '' && !problems.establishedOn && underOneYearAsOf(established, options.asOf)) {
    problems.paidInCapital = { code: 'paidInCapitalRequired' };
  }
  if (balanceSheetIssues({ effectiveAssets: amounts.effectiveAssets, totalAssets: amounts.totalAssets }).length > 0) {
    problems.effectiveAssets = { code: 'effectiveAboveTotal' };
  }

  if (Object.keys(problems).length > 0 || !grade) return { ok: false, problems };
  return {
    ok: true,
    input: {
      grade: grade.grade,
      effectiveAssets: amounts.effectiveAssets!,
      totalAssets: amounts.totalAssets!,
      totalLiabilities: amounts.totalLiabilities!,
      existingFinancing: amounts.existingFinancing!,
      paidInCapital: amounts.paidInCapital ?? '0',
      establishedOn: established,
      asOf: options.asOf,
      ...(amounts.requested !== undefined ? { requested: amounts.requested } : {}),
      ...(amounts.collateralValue !== undefined ? { collateralValue: amounts.collateralValue } : {}),
    },
  };
}
