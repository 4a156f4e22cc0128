import { CURRENCY_CODE_PATTERN, DECIMAL_PATTERN, isIsoDate } from '@credit-kit/core/lean';
import { formatDate, formatMoney } from '../i18n/format.js';
import type { CreditApplicationMessages } from './credit-application.messages.js';
import { specFor } from './fields.js';
import { getField, parseKey, type ApplicationForm } from './form-model.js';

/**
 * The currency an amount field is in: the applicant's (also the trading history's: our sales to
 * and payments from the customer, in the customer's currency), the statements', or the request's.
 */
export function currencyFor(form: ApplicationForm, key: string): string {
  const head = parseKey(key)[0];
  if (head === 'applicant' || head === 'history') return form.applicant.currency.trim();
  if (head === 'financials') return form.financials.currency.trim();
  return form.request.currency.trim();
}

/** Options of a `choice` field, in the reader's language. */
export function optionLabels(key: string, t: CreditApplicationMessages): Record<string, string> {
  const path = parseKey(key);
  const name = path[path.length - 1];
  if (name === 'type') return t.options.customerType;
  if (name === 'kind') return t.options.guaranteeKind;
  if (name === 'collateralType') return t.options.collateralType;
  return t.options.settlementMethod;
}

/** A file size in the reader's language (kB or MB). */
export function formatFileSize(bytes: number, lang: string): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    mb ? bytes / (1024 * 1024) : Math.max(0.1, bytes / 1024),
  );
}

/** An ISO timestamp as date and time in the reader's language. */
export function formatTimestamp(iso: string, lang: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/**
 * How the review step shows the value at `key`: option labels, money and dates through `Intl`
 * (exactly, from the decimal string), anything not valid yet as typed. `''` when empty.
 */
export function displayValue(form: ApplicationForm, key: string, t: CreditApplicationMessages, lang: string): string {
  const value = getField(form, key).trim();
  if (value === '') return '';
  const spec = specFor(key);
  switch (spec?.kind) {
    case 'choice':
      return optionLabels(key, t)[value] ?? value;
    case 'amount':
    case 'signedAmount':
    case 'positiveAmount': {
      const currency = currencyFor(form, key);
      if (!DECIMAL_PATTERN.test(value) || !CURRENCY_CODE_PATTERN.test(currency)) return value;
      try {
        return formatMoney(value, currency, lang);
      } catch {
        return `${value} ${currency}`;
      }
    }
    case 'date':
      return isIsoDate(value) ? formatDate(value, lang) : value;
    default:
      return value;
  }
}
