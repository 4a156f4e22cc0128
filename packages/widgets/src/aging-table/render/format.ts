import { formatDate, formatDecimal, formatMoney } from '../../i18n/format.js';

/**
 * Amounts and dates for the reader: an amount in the one money format of every widget
 * (`formatMoney`: the locale's currency format, e.g. `CN¥1,503,096,127.80`, exact), dates in the
 * reader's style, and the collator names sort by.
 */
export class TableFormat {
  private readonly collators = new Map<string, Intl.Collator>();

  amount(value: string, currency: string, lang: string): string {
    // No currency yet (no rows loaded): the figure alone, never a render error.
    if (!/^[A-Z]{3}$/.test(currency)) return formatDecimal(value, lang, 2);
    return formatMoney(value, currency, lang);
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
