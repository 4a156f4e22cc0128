import { daysFromCivil, daysInMonth, formatIsoDay } from './day-numbers.js';

/** The order a locale writes a date's numbers in: `['month', 'day', 'year']` for en-US, year first for zh-CN. */
export type DateFieldOrder = readonly ('year' | 'month' | 'day')[];

/** Why typed text is not a date: nothing typed, not three numbers, or no such day (`2023-02-29`). */
export type DateInputProblem = 'empty' | 'invalid' | 'impossible';

export type DateInputResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: DateInputProblem };

const ISO_ORDER: DateFieldOrder = ['year', 'month', 'day'];
/** `2000年8月14日` (the trailing 日 optional), as a Chinese reader writes a date whatever the locale. */
const CJK_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
/** Three runs of digits between the separators people type: `/`, `-`, `.`, spaces, and 、. */
const NUMERIC_DATE = /^(\d{1,4})\s*[/.\-\s、]\s*(\d{1,2}|\d{4})\s*[/.\-\s、]\s*(\d{1,4})$/;

/**
 * Reads a date as people type it into the exact ISO day the wire takes: in the field order of the
 * reader's locale (`08/14/2000` in en-US, `2000/08/14` in zh-CN, `14.08.2000` in de), always as ISO
 * `2000-08-14` and as `2000年8月14日`, with full-width digits from an IME. The year is written in
 * full (four digits: a two-digit year is ambiguous), and the day must exist.
 */
export function parseDateInput(text: string, order: DateFieldOrder): DateInputResult {
  // NFKC folds full-width digits, solidus, hyphen, full stop and space into ASCII.
  const rest = text.normalize('NFKC').trim();
  if (rest === '') return { ok: false, problem: 'empty' };
  const cjk = CJK_DATE.exec(rest);
  if (cjk) return civil(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const numeric = NUMERIC_DATE.exec(rest);
  if (!numeric) return { ok: false, problem: 'invalid' };
  const numbers = numeric.slice(1, 4) as [string, string, string];
  // A four-digit first number is a year whatever the locale: ISO and year-first input are unambiguous.
  const fields = numbers[0].length === 4 ? ISO_ORDER : order;
  const by: Partial<Record<'year' | 'month' | 'day', string>> = {};
  fields.forEach((field, i) => (by[field] = numbers[i]));
  if (by.year?.length !== 4 || by.month!.length > 2 || by.day!.length > 2) return { ok: false, problem: 'invalid' };
  return civil(Number(by.year), Number(by.month), Number(by.day));
}

function civil(year: number, month: number, day: number): DateInputResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'impossible' };
  return { ok: true, value: formatIsoDay(daysFromCivil(year, month, day)) };
}
