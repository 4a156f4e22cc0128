import { currencyDigits, formatDate } from '../../i18n/format.js';

/**
 * Amounts and dates for the reader: an amount with its currency's digits, exact (Intl formats the
 * decimal string), formats cached per language and currency.
 */
export class TableFormat {
  private readonly amountFormats = new Map<string, Intl.NumberFormat>();
  private readonly collators = new Map<string, Intl.Collator>();

  amount(value: string, currency: string, lang: string): string {
    const key = `${lang}|${currency}`;
    let format = this.amountFormats.get(key);
    if (!format) {
      let digits = 2;
      try {
        digits = currencyDigits(currency);
      } catch {
        digits = 2;
      }
      this.amountFormats.set(key, (format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    }
    return (format.format as unknown as (v: string) => string)(value);
  }

  date(iso: string, lang: string): string {
    return formatDate(iso, lang, 'medium');
  }

  /** Natural order of names in the reader's language (numbers in names by value). */
  collator(lang: string): Intl.Collator {
    let collator = this.collators.get(lang);
    if (!collator) this.collators.set(lang, (collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' })));
    return collator;
  }
}
