import { civilFromDays, parseIsoDay, shiftDecimalString } from '@credit-kit/core/lean';

/**
 * Numbers, money and dates through `Intl`, exactly: amounts are decimal strings and are handed to
 * `Intl.NumberFormat` as strings, which formats (and rounds) the decimal itself, never a float.
 */

/** How amounts are shown: in units (元) or in ten-thousands (万元). */
export type AmountUnit = 'yuan' | 'wan';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** `Intl.NumberFormat#format` takes decimal strings exactly (ECMA-402 "string numeric values"). */
function formatDecimalString(format: Intl.NumberFormat, value: string): string {
  return (format.format as unknown as (v: string) => string)(value);
}

/** Digits after the point for a currency (CNY 2, JPY 0), from `Intl`. */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export interface MoneyFormatOptions {
  /** `wan` shows 万元 (amount ÷ 10,000 with two decimals); default `yuan`. */
  readonly unit?: AmountUnit;
  /** Text of the 万 unit in this language, e.g. `万元` or `× 10,000`. */
  readonly wanLabel?: string;
  /** `code` shows "CNY 1,234.00" instead of "¥1,234.00". */
  readonly currencyDisplay?: 'symbol' | 'code' | 'narrowSymbol';
}

/** Formats a decimal-string amount in `currency` for `locale`, exactly. */
export function formatMoney(amount: string, currency: string, locale: string, options: MoneyFormatOptions = {}): string {
  if (options.unit === 'wan') {
    const wan = shiftDecimalString(amount, -4);
    const text = formatDecimalString(numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), wan);
    return `${text} ${options.wanLabel ?? '万元'}`.trim();
  }
  const digits = currencyDigits(currency);
  return formatDecimalString(
    numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
    amount,
  );
}

/** A plain decimal with grouping, e.g. a coefficient `0.9` or a ratio. */
export function formatDecimal(value: string, locale: string, maximumFractionDigits = 4): string {
  return formatDecimalString(numberFormat(locale, { maximumFractionDigits }), value);
}

/** A ratio (`"0.8534"`) as a percentage (`85.34%`). */
export function formatPercent(ratio: string, locale: string, maximumFractionDigits = 1): string {
  return formatDecimalString(numberFormat(locale, { style: 'percent', maximumFractionDigits }), ratio);
}

/** A whole number (days, counts). */
export function formatInteger(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** How `formatDate` writes a day: a `dateStyle`, or `numeric` (`08/14/2000`, `2000/08/14`: the numbers a date field shows). */
export type DateFormatStyle = 'medium' | 'short' | 'long' | 'numeric';

/** The UTC formatter of `locale` for `style` (cached): days are calendar days, so UTC never shifts one. */
export function dateFormat(locale: string, style: DateFormatStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'numeric' ? { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' } : { dateStyle: style, timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

/** A `YYYY-MM-DD` date in the reader's style; computed in UTC so the day never shifts. */
export function formatDate(iso: string, locale: string, style: DateFormatStyle = 'medium'): string {
  const days = parseIsoDay(iso);
  if (Number.isNaN(days)) return iso;
  const { year, month, day } = civilFromDays(days);
  return dateFormat(locale, style).format(Date.UTC(year, month - 1, day));
}
