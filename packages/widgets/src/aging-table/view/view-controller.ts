import type { ReactiveControllerHost } from 'lit';
import type { AgingRow, CurrencyTotals } from '../data/aging-model.js';
import type { TableData } from '../data/table-data.js';
import {
  NO_FILTER,
  distinctValues,
  filterRows,
  identity,
  isFiltering,
  sortRows,
  sumRows,
  type ExternalKeys,
  type FilterState,
  type SortState,
} from './row-view.js';
import { DEFAULT_SLICE_MS, SliceCancelled, TimeSlicer } from './time-slice.js';

/** Totals of the rows shown. */
export interface Totals {
  readonly total: string;
  readonly overdue: string;
  readonly buckets: readonly string[];
}

/** What the view reads from the table. */
export interface ViewSource {
  /** The loaded data, and the rows and totals of the currency shown. */
  viewData(): { data?: TableData; rows: readonly AgingRow[]; currency: string };
  collator(): Intl.Collator;
  externalKeys(): ExternalKeys;
  /** The order changed: the display list is rebuilt. */
  orderChanged(): void;
  /** A view was computed: scroll is clamped, details and more pages fetched. */
  viewSettled(): void;
}

/**
 * The view of the rows of one currency: filters, sort and the totals of what is shown, computed
 * in time slices as one job at a time — a newer job (another sort, a keystroke in the search box)
 * cancels the older, so a stale order is never shown. `viewComplete` settles when no job is left
 * and the result is drawn.
 */
export class ViewController {
  filter: FilterState = NO_FILTER;
  sort?: SortState;
  /** Row indices of the view, in order. */
  order: Uint32Array = new Uint32Array(0);
  /** Totals of the view; undefined while computed. */
  totals?: Totals;
  /** What is being computed, for `aria-busy` and the status line. */
  busy: false | 'sorting' | 'filtering' = false;
  /** Distinct salespeople and regions of the rows, for the filter selects. */
  salespeople: readonly string[] = [];
  regions: readonly string[] = [];

  private job = 0;
  private optionsJob = 0;
  private working = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: ViewSource,
  ) {}

  /** Settles once every view job (filter, sort, totals, filter options) has finished and been drawn. */
  get viewComplete(): Promise<void> {
    if (this.working === 0) return this.host.updateComplete.then(() => undefined);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * New rows (loaded data, another currency): drawn at once in data order when nothing is
   * filtered or sorted, with the totals `known`; sorting, filtering, totals and the filter options
   * follow in time slices after the first paint.
   */
  show(rows: readonly AgingRow[], known: CurrencyTotals | undefined, keepTotals: boolean): void {
    this.job++;
    this.optionsJob++;
    this.salespeople = [];
    this.regions = [];
    if (!isFiltering(this.filter) && !this.sort) {
      this.order = identity(rows.length);
      this.totals = known;
    } else {
      this.order = new Uint32Array(0);
      if (!keepTotals) this.totals = undefined;
    }
    this.source.orderChanged();
    this.begin();
    queueMicrotask(() => {
      if (isFiltering(this.filter) || this.sort || !this.totals) void this.refresh('data');
      void this.refreshOptions();
      void this.end();
    });
  }

  /** Stops the running job (a new load starts). */
  cancel(): void {
    this.job++;
    this.optionsJob++;
  }

  async setFilter(filter: Partial<FilterState>): Promise<void> {
    this.filter = { ...this.filter, ...filter };
    await this.refresh('filtering');
  }

  async setSort(sort: SortState): Promise<void> {
    this.sort = sort;
    await this.refresh('sorting');
  }

  /** Recomputes the view (another filter, sort, or more rows). */
  async refresh(reason: 'sorting' | 'filtering' | 'data'): Promise<void> {
    const job = ++this.job;
    const { data, rows, currency } = this.source.viewData();
    if (!data) return;
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => job !== this.job);
    this.begin();
    this.setBusy(reason === 'sorting' || this.sort ? 'sorting' : isFiltering(this.filter) ? 'filtering' : false);
    try {
      let order = await filterRows(rows, this.filter, slicer);
      if (this.sort) order = await sortRows(rows, order, this.sort, { slicer, collator: this.source.collator(), external: this.source.externalKeys() });
      this.order = order;
      this.source.orderChanged();
      this.setBusy(false);
      const filtered = isFiltering(this.filter);
      const known = data.totals.get(currency);
      if (!filtered && known) this.totals = known;
      else {
        if (reason !== 'sorting' || !this.totals) {
          this.totals = undefined;
          this.host.requestUpdate();
          this.totals = await sumRows(rows, order, data.buckets.length, slicer);
        }
        // Rows handed over without totals: the sum of all of them is the currency's total.
        if (!filtered && !data.totals.has(currency) && data.source === 'report') data.totals.set(currency, { currency, ...this.totals });
      }
      this.host.requestUpdate();
      this.source.viewSettled();
    } catch (error) {
      if (!(error instanceof SliceCancelled)) throw error;
    } finally {
      void this.end();
    }
  }

  /** The distinct salespeople and regions of the rows, in the reader's collation. */
  async refreshOptions(): Promise<void> {
    const job = ++this.optionsJob;
    const { rows } = this.source.viewData();
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => job !== this.optionsJob);
    this.begin();
    try {
      const collator = this.source.collator();
      this.salespeople = await distinctValues(rows, 'salesperson', collator, slicer);
      this.regions = await distinctValues(rows, 'region', collator, slicer);
      this.host.requestUpdate();
    } catch (error) {
      if (!(error instanceof SliceCancelled)) throw error;
    } finally {
      void this.end();
    }
  }

  private setBusy(busy: ViewController['busy']): void {
    this.busy = busy;
    this.host.requestUpdate();
  }

  private begin(): void {
    this.working++;
  }

  private async end(): Promise<void> {
    this.working--;
    if (this.working > 0) return;
    await this.host.updateComplete;
    if (this.working > 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
