import { shiftDecimalString } from './decimal-string.js';

/** The unit a money field is typed in: yuan (元, the amount itself) or 万 (ten thousand). */
export type MoneyInputUnit = 'yuan' | 'wan';

/** Why typed text is not an amount: nothing typed, not a number, or negative where that is not allowed. */
export type MoneyInputProblem = 'empty' | 'invalid' | 'negative';

export type MoneyInputResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: MoneyInputProblem };

export interface MoneyInputOptions {
  /** The field's unit when the text names none (default `yuan`). */
  readonly unit?: MoneyInputUnit;
  /** Whether a minus sign is accepted (default false). */
  readonly allowNegative?: boolean;
}

/** Power of ten each written unit stands for; a unit written in the text wins over the field's. */
const UNIT_SUFFIXES: Readonly<Record<string, number>> = { 元: 0, 万: 4, 萬: 4, 亿: 8, 億: 8 };
const FIELD_UNIT_SHIFT: Readonly<Record<MoneyInputUnit, number>> = { yuan: 0, wan: 4 };

/** Characters people put between digit groups: comma, space, no-break and thin spaces, apostrophe, underscore. */
const GROUP_SEPARATORS = /[,\s\u00a0\u202f'_]/;
const MINUS_SIGNS = /^[-\u2212]/;

/**
 * Reads an amount as people type or paste it — `30,000,000.00` from a spreadsheet, full-width
 * `３００００` from a Chinese IME, `3000万` — into the exact decimal string the wire takes
 * (`"30000000.00"`, `"30000"`, `"30000000"`). Digit groups must be of three after the first (so a
 * decimal comma such as `1,5` is refused rather than misread); the fraction keeps the digits typed.
 * Whether the result has too many decimals for its currency is the schema's rule, not this one's.
 */
export function parseMoneyInput(text: string, options: MoneyInputOptions = {}): MoneyInputResult {
  // NFKC folds full-width digits, signs, comma, full stop and space into their ASCII forms.
  let rest = text.normalize('NFKC').trim();
  if (rest === '') return { ok: false, problem: 'empty' };

  let shift = FIELD_UNIT_SHIFT[options.unit ?? 'yuan'];
  const suffix = rest.at(-1)!;
  if (suffix in UNIT_SUFFIXES) {
    shift = UNIT_SUFFIXES[suffix]!;
    rest = rest.slice(0, -1).trimEnd();
  }

  let negative = false;
  if (MINUS_SIGNS.test(rest)) {
    negative = true;
    rest = rest.slice(1).trimStart();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trimStart();
  }

  const dot = rest.indexOf('.');
  const whole = dot === -1 ? rest : rest.slice(0, dot);
  const fraction = dot === -1 ? '' : rest.slice(dot + 1);
  if (dot !== -1 && !/^\d+$/.test(fraction)) return { ok: false, problem: 'invalid' };
  const digits = ungroup(whole);
  if (digits === undefined) return { ok: false, problem: 'invalid' };
  if (negative && !options.allowNegative) return { ok: false, problem: 'negative' };

  const typed = fraction ? `${digits}.${fraction}` : digits;
  const value = shift === 0 ? typed : shiftDecimalString(typed, shift);
  const isZero = /^[0.]+$/.test(value);
  return { ok: true, value: negative && !isZero ? `-${value}` : value };
}

/** The integer part without its group separators, or undefined when the groups are not of three. */
function ungroup(whole: string): string | undefined {
  if (/^\d+$/.test(whole)) return whole;
  const groups = whole.split(GROUP_SEPARATORS);
  if (groups.length < 2) return undefined;
  const [first, ...others] = groups;
  if (!/^\d{1,3}$/.test(first!) || !others.every((g) => /^\d{3}$/.test(g))) return undefined;
  return groups.join('');
}
