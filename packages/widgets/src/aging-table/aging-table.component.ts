import type { PropertyValues, TemplateResult } from 'lit';
import { agingReportMethods, creditPolicyMethods, creditProfileMethods, receivableMethods, warningMethods, type MethodSet } from '@credit-kit/client/resources';
import { property } from 'lit/decorators.js';
import {
  isIsoDate,
  type AgingBucket,
  type CollectionPolicy,
  type CreditProfile,
  type ReceivableInput,
  type WarningStatus,
} from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { createTableParts } from './aging-table.parts.js';
import { agingTableStyles } from './aging-table.styles.js';
import type { AgingReportInput } from './data/aging-model.js';
import type { DataRequest } from './data/data-source.js';
import { pickCurrency } from './data/table-data.js';
import type { ScrollAlign } from './grid/scaled-scroll.js';
import { renderCancelled, renderProgress } from './render/progress.js';
import { renderTable } from './render/table.js';
import type { ColumnId, FilterState, SortDirection } from './view/row-view.js';
import { nextSortDirection } from './view/sort-order.js';
import { CkWarningBadge } from '../warning-badge/warning-badge.component.js';

/** `client` (default): fetch every open item and age it here; `server`: page through the host's aging report. */
export type AgingTableMode = 'client' | 'server';

/**
 * Receivables by aging bucket, per customer, at portfolio scale (domain.md §6): a row per customer
 * and currency with an amount per bucket, total, overdue, oldest due date, largest days overdue,
 * collection stage, granted limit and utilisation (from the credit profile, fetched for the visible
 * rows only) and the early-warning badge (in the table's theme); a totals row; a summary strip with
 * the overdue ratio and a stacked bar of the buckets with a text legend. Clicking a customer (or its
 * chevron) expands its open items with their collection stage (not due → reminder due → collection
 * letter → escalated → legal, by the `collection` thresholds; a disputed item is held instead).
 * Amounts in different currencies are never added: a tab per currency. Money is shown as every
 * widget shows it (`formatMoney`, e.g. `CN¥1,503,096,127.80`) and never cut: columns are sized to
 * their longest value once per data set, the grid scrolls sideways with the first column pinned.
 *
 * Data, in this order of precedence:
 * - `report` property: aged customer rows handed over (the shape of the server report); no client needed;
 * - `items` property: open items handed over, aged here; no client needed;
 * - `mode="client"` (default): every open item fetched in concurrent parts (`streamReceivables`, with
 *   a progress bar and Cancel), aged with core's `ageReceivables` in a Web Worker — on the main thread
 *   in time slices when no worker can start — so the page never freezes;
 * - `mode="server"`: the host's `GET /receivables/aging` report, paged as the user scrolls or
 *   presses "Load more"; totals come from the report; sorting and filters apply to the loaded rows.
 *
 * Buckets come from the `buckets` property, else the host policy, else core's defaults (a report
 * brings its own); collection thresholds likewise. Data handed over never makes the table call the policy.
 *
 * Scale: only the visible rows (plus a few) are in the DOM; a list taller than 8,000,000 px scrolls
 * in a scaled space so a million rows still scroll end to end; filtering, sorting (exact integer
 * keys) and summing run in time slices. Export and row expansion load on first use.
 *
 * Keyboard (ARIA grid): arrows move between cells, Home/End to the first/last cell of the row,
 * Ctrl+Home/End to the first/last row, PageUp/PageDown by a page, Enter or Space sorts on a header,
 * expands or collapses a customer row, and opens the warning badge; one cell is in the tab order.
 *
 * Export: CSV (UTF-8 with BOM, RFC 4180, formula injection neutralised; amounts as plain numbers) of
 * the customer rows shown, in the current currency, filters and sort; or tab-separated text to the clipboard.
 *
 * @tagname ck-aging-table
 * @summary Receivables aging table per customer and bucket, virtualised for 100,000+ rows.
 *
 * @event ck-row-toggle - The user expanded or collapsed a customer row. Detail `{ customerId, currency, expanded }`.
 * @event ck-aging-loaded - After every load. Detail `{ asOf, currency, customers, items, currencies }`.
 * @event ck-export - The user exported the rows shown. Detail `{ format: 'csv' | 'clipboard', rows }`.
 * @event ck-ready - Loaded and shown. Detail `{}`.
 * @event ck-load-error - Loading failed; the error panel with Retry is shown. Detail `{ error, message }`.
 *
 * @csspart toolbar - The row with the as-of date, currency tabs and export buttons.
 * @csspart date-picker-button - The calendar button beside a date field (the browser's date picker; the field shows the page's language).
 * @csspart export-button - The Export CSV and Copy buttons.
 * @csspart filters - The filter controls.
 * @csspart summary - The summary strip (totals, overdue ratio, bar, legend).
 * @csspart bar - The stacked bar of the bucket totals (SVG).
 * @csspart grid - The grid (`role="grid"`).
 * @csspart header-cell - A column header.
 * @csspart row - A customer row.
 * @csspart item-row - An open-item row of an expanded customer.
 * @csspart cell - A cell of a customer, item or totals row.
 * @csspart totals-row - The totals row.
 * @csspart progress - The progress bar while receivables load.
 * @csspart load-more-button - The Load more button (server mode).
 * @csspart skeleton - Placeholder while loading (from the foundation).
 * @csspart error - The error panel (from the foundation).
 * @csspart error-message - The error panel's message.
 * @csspart retry-button - The error panel's Retry button.
 *
 * @cssproperty --ck-aging-table-height - Height of the scrolling grid. Default `28rem`.
 * @cssproperty --ck-aging-table-header-background - Background of the header and totals rows. Default `var(--ck-color-surface-alt)`.
 * @cssproperty --ck-aging-table-stripe - Row separators and item-row background. Default `var(--ck-color-surface-alt)`.
 * @cssproperty --ck-aging-table-series-0 - Colour of the 1st bucket in the bar and legend (the 9th and later repeat the series). Default `var(--ck-color-level-none)`.
 * @cssproperty --ck-aging-table-series-1 - Colour of the 2nd bucket. Default `var(--ck-color-level-yellow)`.
 * @cssproperty --ck-aging-table-series-2 - Colour of the 3rd bucket. Default `var(--ck-color-level-orange)`.
 * @cssproperty --ck-aging-table-series-3 - Colour of the 4th bucket. Default `var(--ck-color-level-red)`.
 * @cssproperty --ck-aging-table-series-4 - Colour of the 5th bucket. Default `var(--ck-color-danger)`.
 * @cssproperty --ck-aging-table-series-5 - Colour of the 6th bucket. Default `var(--ck-color-text-muted)`.
 * @cssproperty --ck-aging-table-series-6 - Colour of the 7th bucket. Default `var(--ck-color-text)`.
 * @cssproperty --ck-aging-table-series-7 - Colour of the 8th bucket. Default `var(--ck-color-primary)`.
 */
export class CkAgingTable extends CreditKitElement {
  static override styles = [CreditKitElement.styles, agingTableStyles];
  /**
   * The endpoints it calls.
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [agingReportMethods, creditPolicyMethods, creditProfileMethods, receivableMethods, warningMethods];

  /** The warning badge it renders in its rows, registered with the table's prefix. */
  static dependencies = { 'warning-badge': CkWarningBadge };

  /** `client` (default) or `server`. */
  @property({ reflect: true }) mode: AgingTableMode = 'client';

  /**
   * The as-of date, `YYYY-MM-DD`. Default the day the backend's data is as of (its aging report's
   * `asOf`), not the browser's clock; today only for data handed over or a backend without the
   * report. The as-of field (in the page's language) changes it.
   */
  @property({ attribute: 'as-of' }) asOf = '';

  /** The currency shown. Default the policy's currency when it has rows, else the first with rows. */
  @property() currency = '';

  /**
   * Rows per report page in server mode (default 1000); in client mode, items per page when the
   * `page-size` attribute is set, in one walk (otherwise the contract's largest page, fetched in
   * concurrent parts where the host serves them).
   */
  @property({ attribute: 'page-size', type: Number }) pageSize = 1000;

  /** Height of a row in px (rows are of fixed height). Default 36. */
  @property({ attribute: 'row-height', type: Number }) rowHeight = 36;

  /** Age on the main thread (in time slices) instead of a Web Worker. Default false. */
  @property({ attribute: 'no-worker', type: Boolean }) noWorker = false;

  /**
   * Open items handed over (core's `ReceivableInput`), aged here. Default undefined.
   * @type {ReceivableInput[] | undefined}
   */
  @property({ attribute: false }) items?: readonly ReceivableInput[];

  /** Aged customer rows handed over: `{ buckets, rows, totals?, asOf? }` (rows like `AgingCustomerRow`). Default undefined. */
  @property({ attribute: false }) report?: AgingReportInput;

  /**
   * Bucket set; default the host policy's, else core's defaults.
   * @type {AgingBucket[] | undefined}
   */
  @property({ attribute: false }) buckets?: readonly AgingBucket[];

  /** Collection thresholds; default the host policy's, else core's defaults. */
  @property({ attribute: false }) collection?: CollectionPolicy;

  /**
   * Credit profiles by customer id; when set, none are fetched.
   * @type {Record<string, CreditProfile> | undefined}
   */
  @property({ attribute: false }) profiles?: Readonly<Record<string, CreditProfile>>;

  /**
   * Warning statuses by customer id; when set, none are fetched.
   * @type {Record<string, WarningStatus> | undefined}
   */
  @property({ attribute: false }) warnings?: Readonly<Record<string, WarningStatus>>;

  /**
   * Ids of blacklisted customers (added to what the profiles say).
   * @type {string[] | undefined}
   */
  @property({ attribute: false }) blacklist?: readonly string[];

  /** URL of the aging worker module, for builds that move it. */
  @property({ attribute: false }) workerUrl?: string | URL;

  /** The table's controllers, wired (see `createTableParts`). */
  private readonly p = createTableParts(this, {
    findClient: () => this.findClient(),
    resolveClient: () => this.resolveClient(),
    abortRun: () => this.loader.abortRun(),
  });

  // ————————————————————————————————————————— public API

  /** Rows in the virtual list now: customer rows of the view plus item rows of expanded ones. */
  get rowCount(): number {
    return this.p.rows.length;
  }

  /** The currencies with rows, in code order. */
  get currencies(): readonly string[] {
    return this.p.state.currencies();
  }

  /**
   * Settles once the data is loaded (or failed) and the view — filters, sort, totals, filter
   * options — is computed and drawn. For tests and tools that must wait for the table to settle.
   * @internal
   */
  get viewComplete(): Promise<void> {
    return this.loader.taskComplete.then(
      () => this.p.view.viewComplete,
      () => undefined,
    );
  }

  /**
   * Scrolls so that row `index` of the list (0-based; customer and item rows, header and totals
   * not counted) is in view, `align`ed as asked, and resolves once it is drawn.
   */
  scrollToIndex(index: number, align: ScrollAlign = 'start'): Promise<void> {
    return this.p.scroll.scrollToIndex(index, align);
  }

  /**
   * Sorts by `column` and resolves once sorted and drawn. Without a `direction`: the other one when
   * already sorted by `column`, else largest first for amounts and counts, A to Z for the rest.
   */
  async sortBy(column: ColumnId, direction?: SortDirection): Promise<void> {
    if (column === 'warning') await this.p.details.loadWarningLevels();
    await this.p.view.setSort({ column, direction: direction ?? nextSortDirection(column, this.p.view.sort) });
    await this.updateComplete;
  }

  /** Applies filters (merged into the current ones) and resolves once filtered and drawn. */
  async setFilter(filter: Partial<FilterState>): Promise<void> {
    await this.p.view.setFilter(filter);
    await this.updateComplete;
  }

  /**
   * Expands or collapses the row of `customerId` in the current currency, if it is in the view;
   * resolves once its items are loaded. Does not fire `ck-row-toggle` (that is for user actions).
   */
  async setExpanded(customerId: string, expanded: boolean): Promise<void> {
    await this.p.expansion.setExpanded(customerId, expanded);
    await this.updateComplete;
  }

  /** The CSV text (with BOM) of the customer rows shown: current currency, filters and sort. */
  toCsv(): Promise<string> {
    return this.p.exports.toCsv();
  }

  /** Server mode: loads the next page of the report. */
  loadMore(): Promise<void> {
    return this.p.paging.loadMore(this.p.state.data, () => this.resolveClient(), this.pageSize);
  }

  // ————————————————————————————————————————— loading

  protected needsReload(changed: PropertyValues<this>): boolean {
    const keys = ['mode', 'asOf', 'items', 'report', 'buckets', 'pageSize', 'noWorker', 'workerUrl'];
    return keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
  }

  protected async load(signal: AbortSignal): Promise<void> {
    this.p.loadCancel.reset();
    this.p.paging.reset();
    this.p.expansion.details.clear();
    this.p.view.cancel();
    const { data, firstPage } = await this.p.source.load(this.request(), () => this.resolveClient(), signal);
    signal.throwIfAborted();
    this.p.paging.reset(firstPage);
    // Installs the data: picks the currency, draws the rows at once, then refines in the background.
    this.p.state.data = data;
    this.currency = pickCurrency(data, this.currency, this.p.source.policy?.currency);
    this.p.state.viewCurrency = this.currency;
    this.p.details.clear();
    this.p.view.show(this.p.state.rows(), this.p.state.totals(), true);
    this.p.scroll.reset();
    this.p.announcer.arm();
  }

  /** The properties a load reads: no valid as-of day means the backend's. */
  private request(): DataRequest {
    const { mode, items, report, buckets, collection, pageSize, noWorker, workerUrl } = this;
    const asOf = this.asOf && isIsoDate(this.asOf) ? this.asOf : undefined;
    // Client mode uses the contract's largest page unless the host chose one.
    const clientPageSize = this.hasAttribute('page-size') ? pageSize : undefined;
    return { mode, asOf, items, report, buckets, collection, pageSize, clientPageSize, noWorker, workerUrl };
  }

  // ————————————————————————————————————————— lifecycle and rendering

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: Parameters<CreditKitElement['requestUpdate']>[2]): void {
    this.p?.version.requested();
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.p.version.next();
    if (changed.has('currency') && this.p.state.currencyChanged()) {
      this.p.state.viewCurrency = this.currency;
      this.p.expansion.details.clear();
      this.p.scroll.reset();
      this.p.view.show(this.p.state.rows(), undefined, false);
    }
    this.p.keyboard.clampTo(this.p.rows.gridCursor());
  }

  protected override renderLoading(): TemplateResult {
    const t = this.p.locale.messages.progress;
    if (this.p.loadCancel.cancelled) return renderCancelled(t, () => void this.retry());
    const progress = this.p.source.progress;
    return progress ? renderProgress(t, this.p.locale.lang, progress, () => this.p.loadCancel.cancel()) : super.renderLoading();
  }

  protected renderReady(): TemplateResult {
    return renderTable(this.p);
  }
}
