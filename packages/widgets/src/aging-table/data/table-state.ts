import type { AgingLoadedDetail } from '../aging-table.events.js';
import type { AgingRow, CurrencyTotals } from './aging-model.js';
import type { TableData } from './table-data.js';

/** The loaded data and the rows of the currency the table shows. */
export class TableState {
  data?: TableData;
  /** The currency the view was computed for. */
  viewCurrency = '';

  constructor(private readonly host: { readonly currency: string }) {}

  /** Customer rows of the currency shown. */
  rows(): readonly AgingRow[] {
    return this.data?.rows.get(this.host.currency) ?? [];
  }

  /** The totals the data carries for the currency shown (the report's, or core's). */
  totals(): CurrencyTotals | undefined {
    return this.data?.totals.get(this.host.currency);
  }

  /** The currencies with rows, in code order. */
  currencies(): readonly string[] {
    return this.data ? [...this.data.rows.keys()] : [];
  }

  /** What `ck-aging-loaded` says about the data shown. */
  loadedDetail(): AgingLoadedDetail {
    return { asOf: this.data?.asOf ?? '', currency: this.host.currency, customers: this.rows().length, items: this.totals()?.itemCount ?? 0, currencies: this.currencies() };
  }

  /** The currency shown changed since the view was computed. */
  currencyChanged(): boolean {
    return !!this.data && this.host.currency !== this.viewCurrency;
  }
}
