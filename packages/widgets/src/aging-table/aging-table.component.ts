import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../base/css-props.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  DEFAULT_AGING_BUCKETS,
  DEFAULT_CREDIT_POLICY,
  Decimal,
  collectionStage,
  creditExposure,
  isPositiveDecimal,
  signedMinorUnits,
  customerCollectionStage,
  shownWarningLevel,
  defaultBucketLabel,
  isIsoDate,
  todayIso,
  type AgingBucket,
  type AgingBucketDefinition,
  type CollectionPolicy,
  type CollectionStage,
  type CreditPolicy,
  type CreditProfile,
  type ReceivableInput,
  type WarningLevel,
  type WarningStatus,
} from '@credit-kit/core';
import type { CreditKitClient } from '@credit-kit/client';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { dependencyTag } from '../base/dependencies.js';
import { currencyDigits, formatDate, formatInteger, formatPercent } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { AgingBackend } from './aging-backend.js';
import type { AgingRow, AgingReportInput, CurrencyTotals, ItemRow } from './aging-model.js';
import { agingTableMessages, type AgingTableMessages } from './aging-table.messages.js';
import { CkAgingLoadedEvent, CkExportEvent, CkRowToggleEvent } from './aging-table.events.js';
import { agingTableStyles } from './aging-table.styles.js';
import { bucketLabel } from './bucket-labels.js';
import { toCsv, toTsv } from './csv.js';
import { exportRecords, type ExportColumns } from './csv-export.js';
import { DisplayList, type DisplayEntry } from './display-list.js';
import { LazyDetails } from './lazy-details.js';
import {
  NO_FILTER,
  distinctValues,
  filterRows,
  identity,
  isFiltering,
  sortRows,
  sumRows,
  type ColumnId,
  type ExternalKeys,
  type FilterState,
  type SortDirection,
  type SortState,
} from './row-view.js';
import {
  DEFAULT_MAX_SCROLL_HEIGHT,
  offsetForIndex,
  realOffset,
  scrollTopForOffset,
  spacerHeight,
  visibleWindow,
  type ScrollAlign,
  type ScrollGeometry,
  type VisibleWindow,
} from './scaled-scroll.js';
import { DEFAULT_SLICE_MS, SliceCancelled, TimeSlicer } from './time-slice.js';

/** `client` (default): fetch every open item and age it here; `server`: page through the host's aging report. */
export type AgingTableMode = 'client' | 'server';

/** Totals of the rows shown. */
interface Totals {
  readonly total: string;
  readonly overdue: string;
  readonly buckets: readonly string[];
}

/** Everything one load produced. Rows of a currency are appended to in server mode. */
interface TableData {
  readonly source: 'engine' | 'report' | 'server';
  readonly asOf: string;
  readonly buckets: readonly AgingBucketDefinition[];
  readonly rows: Map<string, AgingRow[]>;
  /** Totals per currency over every row (the report's, or core's); missing while computed. */
  readonly totals: Map<string, CurrencyTotals>;
}

/** Paging state of server mode. */
interface ServerPaging {
  cursor: string | null;
  totalRows: number;
  loaded: number;
  loading: boolean;
  error?: unknown;
}

/** An expanded customer row and its items. */
interface Expanded {
  readonly rowIndex: number;
  readonly customerId: string;
  readonly currency: string;
  status: 'loading' | 'ready' | 'error';
  items: readonly ItemRow[];
}

interface Column {
  readonly id: ColumnId;
  readonly label: string;
  readonly width: number;
  readonly numeric: boolean;
  /** Class of its cells. */
  readonly cellClass: string;
}

/** What the credit profile adds to a row. */
interface ProfileView {
  readonly granted: string;
  readonly currency: string;
  readonly utilisation: string | null;
  readonly blacklisted: boolean;
}

interface Progress {
  readonly phase: 'fetching' | 'aging' | 'report';
  readonly loaded: number;
  readonly total?: number;
}

const LEVEL_RANK: Record<WarningLevel, number> = { none: 0, yellow: 1, orange: 2, red: 3 };
const OVERSCAN = 3;
const SETTLE_MS = 150;
const SERIES = 8;

/**
 * Receivables by aging bucket, per customer, at portfolio scale (domain.md §6): a row per
 * customer and currency with an amount per bucket, total, overdue, oldest due date, largest days
 * overdue, collection stage, granted limit and utilisation (from the credit profile, fetched for
 * the visible rows only) and the early-warning badge; a totals row; a summary strip with the
 * overdue ratio and a stacked bar of the buckets with a text legend. A customer row expands to its
 * open items with their collection stage (not due → reminder due → collection letter → escalated →
 * legal, by the host's `collection` thresholds; a disputed item is held "on hold: disputed" instead
 * of getting a letter). Amounts in different currencies are never added: a tab per currency.
 *
 * Data, in this order of precedence:
 * - `report` property: aged customer rows handed over (the shape of the server report); no client needed;
 * - `items` property: open items handed over, aged here; no client needed;
 * - `mode="client"` (default): every open item fetched by cursor pages (`iterateReceivables`, with a
 *   progress bar), aged with core's `ageReceivables` in a Web Worker — on the main thread in time
 *   slices when no worker can start — so the page never freezes;
 * - `mode="server"`: the host's `GET /receivables/aging` report, paged as the user scrolls or
 *   presses "Load more"; totals come from the report; sorting and filters apply to the loaded rows.
 *
 * Buckets come from the `buckets` property, else the host policy (`getCreditPolicy().agingBuckets`),
 * else core's defaults (a report brings its own). Collection thresholds likewise from `collection`,
 * the policy, or the defaults. Data handed over by property never makes the table call the policy.
 *
 * Scale: only the visible rows (plus a few) are in the DOM; a list taller than 8,000,000 px scrolls
 * in a scaled space so a million rows still scroll end to end; filtering, sorting (exact integer
 * keys) and summing run in time slices, never a task over 50 ms.
 *
 * Keyboard (ARIA grid): arrows move between cells, Home/End to the first/last cell of the row,
 * Ctrl+Home/End to the first/last row, PageUp/PageDown by a page, Enter or Space sorts on a
 * header, expands or collapses a customer row, and opens the warning badge; one cell is in the tab
 * order (roving tabindex). `aria-rowcount` counts every row (header and totals included);
 * rendered rows carry `aria-rowindex`.
 *
 * Export: CSV (UTF-8 with BOM, RFC 4180, formula injection neutralised — amounts are written as
 * plain numbers, text cells starting with = + - @ tab or CR get a leading `'`) of the customer rows
 * shown, in the current currency, filters and sort; or the same as tab-separated text to the clipboard.
 *
 * @tagname ck-aging-table
 * @summary Receivables aging table per customer and bucket, virtualised for 100,000+ rows.
 *
 * @attr mode - `client` (default) or `server`.
 * @attr as-of - The as-of date, `YYYY-MM-DD`. Default today. The date picker changes it.
 * @attr currency - The currency shown. Default the policy's currency when it has rows, else the first with rows.
 * @attr page-size - Items per page fetched in client mode, rows per report page in server mode. Default 1000.
 * @attr row-height - Height of a row in px (rows are of fixed height). Default 36.
 * @attr no-worker - Age on the main thread (in time slices) instead of a Web Worker. Default false.
 * @attr base-url - Base URL of the host backend (from the foundation).
 * @attr theme - `light` (default), `dark` or `auto`.
 *
 * @prop {ReceivableInput[] | undefined} items - Open items handed over (core's `ReceivableInput`), aged here. Default undefined.
 * @prop {AgingReportInput | undefined} report - Aged customer rows handed over: `{ buckets, rows, totals?, asOf? }` (rows like `AgingCustomerRow`). Default undefined.
 * @prop {AgingBucket[] | undefined} buckets - Bucket set; default the host policy's, else core's defaults.
 * @prop {CollectionPolicy | undefined} collection - Collection thresholds; default the host policy's, else core's defaults.
 * @prop {Record<string, CreditProfile> | undefined} profiles - Credit profiles by customer id; when set, none are fetched.
 * @prop {Record<string, WarningStatus> | undefined} warnings - Warning statuses by customer id; when set, none are fetched.
 * @prop {string[] | undefined} blacklist - Ids of blacklisted customers (added to what the profiles say).
 * @prop {string | URL | undefined} workerUrl - URL of the aging worker module, for builds that move it.
 * @prop {CreditKitClient | undefined} client - The client to use (default: from `base-url`, else the page-wide one).
 *
 * @event ck-aging-loaded - After every load. Detail `{ asOf, currency, customers, items, currencies }`.
 * @event ck-row-toggle - The user expanded or collapsed a customer row. Detail `{ customerId, currency, expanded }`.
 * @event ck-export - The user exported the rows shown. Detail `{ format: 'csv' | 'clipboard', rows }`.
 * @event ck-ready - Loaded and shown. Detail `{}`.
 * @event ck-load-error - Loading failed; the error panel with Retry is shown. Detail `{ error, message }`.
 *
 * @csspart toolbar - The row with the as-of date, currency tabs and export buttons.
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

  /** The warning badge it renders in its rows: loaded the first time a row has a warning to show. */
  static dependencies = {
    'warning-badge': { load: () => import('../warning-badge/warning-badge.component.js').then((m) => m.CkWarningBadge) },
  };

  /** `client` (default) or `server`. */
  @property({ reflect: true }) mode: AgingTableMode = 'client';

  /** The as-of date; empty means today. */
  @property({ attribute: 'as-of' }) asOf = '';

  /** The currency shown; empty picks one. */
  @property() currency = '';

  /** Items per page fetched (client mode) or rows per report page (server mode). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 1000;

  /** Row height in px. */
  @property({ attribute: 'row-height', type: Number }) rowHeight = 36;

  /** Age on the main thread instead of a worker. */
  @property({ attribute: 'no-worker', type: Boolean }) noWorker = false;

  /** Open items handed over by the host. */
  @property({ attribute: false }) items?: readonly ReceivableInput[];

  /** Aged rows handed over by the host. */
  @property({ attribute: false }) report?: AgingReportInput;

  /** Bucket set. */
  @property({ attribute: false }) buckets?: readonly AgingBucket[];

  /** Collection thresholds. */
  @property({ attribute: false }) collection?: CollectionPolicy;

  /** Credit profiles by customer id. */
  @property({ attribute: false }) profiles?: Readonly<Record<string, CreditProfile>>;

  /** Warning statuses by customer id. */
  @property({ attribute: false }) warnings?: Readonly<Record<string, WarningStatus>>;

  /** Ids of blacklisted customers. */
  @property({ attribute: false }) blacklist?: readonly string[];

  /** URL of the aging worker module. */
  @property({ attribute: false }) workerUrl?: string | URL;

  @state() private data?: TableData;
  @state() private progress?: Progress;
  @state() private filter: FilterState = NO_FILTER;
  @state() private sort?: SortState;
  @state() private viewBusy: false | 'sorting' | 'filtering' = false;
  @state() private viewTotals?: Totals;
  @state() private scrollPos = 0;
  @state() private active = { row: 1, col: 0 };
  @state() private notice?: { text: string; problem: boolean };
  @state() private server?: ServerPaging;
  @state() private salespeople: readonly string[] = [];
  @state() private regions: readonly string[] = [];
  @state() private bodyViewHeight = 0;

  private readonly locale = new LocaleController(this, agingTableMessages);
  private policy?: CreditPolicy;
  private order: Uint32Array = new Uint32Array(0);
  private display = new DisplayList(0, []);
  private readonly expanded = new Map<string, Expanded>();
  private viewJob = 0;
  private columnCache?: { key: string; messages: AgingTableMessages; columns: Column[] };
  /** The currency `order` was computed for. */
  private viewCurrency = '';
  private dataJob = 0;
  private pinned?: { scrollTop: number; offset: number };
  private focusPending = false;
  /** Bumped on every update that is not only a scroll: keys the row cache. */
  private renderVersion = 0;
  /** The active row is scrolled out of the drawn rows: its column's header cell holds the tab stop. */
  private headerHoldsTab = false;
  /** `scrollPos` was changed here (not by the user): the scroller must follow. */
  private scrollNeedsSync = false;
  private lastScroller?: HTMLElement;
  private pinnedLeft = 0;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private backend?: Promise<AgingBackend>;
  private backendItems?: readonly ReceivableInput[];
  private backendTimer?: ReturnType<typeof setTimeout>;
  private serverAbort?: AbortController;
  private loadedEventPending = false;
  private collators = new Map<string, Intl.Collator>();
  private amountFormats = new Map<string, Intl.NumberFormat>();
  private readonly profileViews = new WeakMap<CreditProfile, ProfileView>();
  private readonly warningLevels = new WeakMap<WarningStatus, WarningLevel>();
  private levelOf?: (status: WarningStatus, asOf: string) => WarningLevel | undefined;
  private readonly lazyProfiles = new LazyDetails<CreditProfile>(
    (id, signal) => this.resolveClient().getCreditProfile(id, { signal }),
    () => this.requestUpdate(),
  );
  private readonly lazyWarnings = new LazyDetails<WarningStatus>(
    (id, signal) => this.resolveClient().getWarning(id, { signal }),
    () => this.requestUpdate(),
    100,
  );

  // ————————————————————————————————————————— public API

  /** Rows in the virtual list now: customer rows of the view plus item rows of expanded ones. */
  get rowCount(): number {
    return this.display.length;
  }

  /** The currencies with rows, in code order. */
  get currencies(): readonly string[] {
    return this.data ? [...this.data.rows.keys()] : [];
  }

  /**
   * Scrolls so that row `index` of the list (0-based; customer and item rows, header and totals
   * not counted) is in view, `align`ed as asked, and resolves once it is drawn.
   */
  async scrollToIndex(index: number, align: ScrollAlign = 'start'): Promise<void> {
    await this.updateComplete;
    const scroller = this.scroller;
    if (!scroller) return;
    this.measure();
    const g = this.geometry();
    const offset = offsetForIndex(g, index, align, this.currentOffset());
    this.applyOffset(offset);
    await this.updateComplete;
  }

  /** Sorts by `column` (toggling the direction when no direction is given) and resolves once sorted and drawn. */
  async sortBy(column: ColumnId, direction?: SortDirection): Promise<void> {
    if (column === 'warning') await this.loadWarningLevels();
    const next = direction ?? (this.sort?.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending');
    this.sort = { column, direction: next };
    await this.refreshView('sorting');
    await this.updateComplete;
  }

  /** Applies filters (merged into the current ones) and resolves once filtered and drawn. */
  async setFilter(filter: Partial<FilterState>): Promise<void> {
    this.filter = { ...this.filter, ...filter };
    await this.refreshView('filtering');
    await this.updateComplete;
  }

  /**
   * Expands or collapses the row of `customerId` in the current currency, if it is in the view;
   * resolves once its items are loaded. Does not fire `ck-row-toggle` (that is for user actions).
   */
  async setExpanded(customerId: string, expanded: boolean): Promise<void> {
    const rows = this.currentRows();
    const rowIndex = rows.findIndex((r) => r.customerId === customerId);
    if (rowIndex < 0) return;
    if (this.expanded.has(this.rowKey(rows[rowIndex]!)) !== expanded) await this.toggleRow(rowIndex, false);
    await this.updateComplete;
  }

  /** The CSV text (with BOM) of the customer rows shown: current currency, filters and sort. */
  async toCsv(): Promise<string> {
    return toCsv(await this.buildExport());
  }

  /** Server mode: loads the next page of the report. */
  async loadMore(): Promise<void> {
    const paging = this.server;
    const data = this.data;
    if (!paging || !data || data.source !== 'server' || paging.loading || paging.cursor === null) return;
    paging.loading = true;
    paging.error = undefined;
    this.requestUpdate();
    const abort = (this.serverAbort = new AbortController());
    try {
      const report = await this.resolveClient().getAgingReport(
        { asOf: data.asOf, groupBy: 'customer', cursor: paging.cursor, limit: this.pageSize },
        { signal: abort.signal },
      );
      if (abort.signal.aborted || this.data !== data) return;
      this.addReportPage(data, report);
      paging.cursor = report.nextCursor;
      paging.totalRows = report.totalRows;
      paging.loading = false;
      void this.refreshView('data');
      void this.refreshOptions();
    } catch (error) {
      if (abort.signal.aborted) return;
      paging.loading = false;
      paging.error = error;
      this.requestUpdate();
    }
  }

  // ————————————————————————————————————————— loading

  protected needsReload(changed: PropertyValues<this>): boolean {
    const keys = ['mode', 'asOf', 'items', 'report', 'buckets', 'pageSize', 'noWorker', 'workerUrl'];
    return keys.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Anything but a scroll may change what a row shows: rows render anew.
    if (changed.size === 0 || [...changed.keys()].some((key) => key !== 'scrollPos')) this.renderVersion++;
    if (changed.has('currency') && this.data && this.currency !== this.viewCurrency) this.onCurrencyChanged();
    const last = this.lastRowIndex();
    const cols = this.columns().length;
    if (this.active.row > last || this.active.col >= cols) this.active = { row: Math.min(this.active.row, last), col: Math.min(this.active.col, cols - 1) };
  }

  protected async load(signal: AbortSignal): Promise<void> {
    const job = ++this.dataJob;
    this.serverAbort?.abort();
    this.progress = undefined;
    this.server = undefined;
    this.expanded.clear();
    this.viewJob++;
    const asOf = this.effectiveAsOf();
    try {
      if (this.report) {
        this.policy = undefined;
        this.useData(dataFromReport(this.report, asOf));
      } else if (this.items) {
        this.policy = undefined;
        await this.ageWithBackend(this.items, asOf, signal);
      } else {
        const client = this.resolveClient();
        const needPolicy = this.mode === 'server' ? !this.collection : !this.buckets || !this.collection;
        this.policy = needPolicy ? await client.getCreditPolicy({ signal }) : undefined;
        if (this.mode === 'server') await this.loadServer(client, asOf, signal);
        else await this.fetchAndAge(client, asOf, signal);
      }
    } finally {
      if (job === this.dataJob) this.progress = undefined;
    }
    if (signal.aborted) return;
    this.loadedEventPending = true;
  }

  private effectiveAsOf(): string {
    return this.asOf && isIsoDate(this.asOf) ? this.asOf : todayIso();
  }

  private agingBuckets(): readonly AgingBucket[] {
    return this.buckets ?? this.policy?.agingBuckets ?? DEFAULT_AGING_BUCKETS;
  }

  private collectionPolicy(): CollectionPolicy {
    return this.collection ?? this.policy?.collection ?? DEFAULT_CREDIT_POLICY.collection;
  }

  private getBackend(): Promise<AgingBackend> {
    if (this.backendTimer) clearTimeout(this.backendTimer);
    this.backendTimer = undefined;
    this.backend ??= import('./aging-backend.js').then(({ startAgingBackend }) =>
      startAgingBackend({ noWorker: this.noWorker, ...(this.workerUrl ? { workerUrl: this.workerUrl } : {}) }),
    );
    return this.backend;
  }

  /** Which backend ages the items: `worker` or `main-thread` (after a load in client mode or with `items`). */
  async agingBackendKind(): Promise<'worker' | 'main-thread' | undefined> {
    return this.backend ? (await this.backend).kind : undefined;
  }

  private async ageWithBackend(items: readonly ReceivableInput[], asOf: string, signal: AbortSignal): Promise<void> {
    const backend = await this.getBackend();
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => signal.aborted);
    if (this.backendItems !== items) {
      this.backendItems = undefined;
      backend.clear();
      this.progress = { phase: 'aging', loaded: items.length };
      await backend.append(items, slicer);
      this.backendItems = items;
    }
    await this.ageAndUse(backend, asOf, items.length, signal);
  }

  private async fetchAndAge(client: CreditKitClient, asOf: string, signal: AbortSignal): Promise<void> {
    const backend = await this.getBackend();
    this.backendItems = undefined;
    backend.clear();
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => signal.aborted);
    let loaded = 0;
    this.progress = { phase: 'fetching', loaded };
    for await (const page of client.iterateReceivables({ asOf, limit: this.pageSize }, { signal })) {
      await backend.append(page.items, slicer);
      loaded += page.items.length;
      this.progress = { phase: 'fetching', loaded, ...(page.total !== undefined ? { total: page.total } : {}) };
    }
    await this.ageAndUse(backend, asOf, loaded, signal);
  }

  private async ageAndUse(backend: AgingBackend, asOf: string, count: number, signal: AbortSignal): Promise<void> {
    this.progress = { phase: 'aging', loaded: count };
    const outcome = await backend.age({ asOf, buckets: this.agingBuckets() });
    signal.throwIfAborted();
    const rows = new Map<string, AgingRow[]>();
    for (const [currency, list] of outcome.rows) rows.set(currency, list as AgingRow[]);
    this.useData({
      source: 'engine',
      asOf: outcome.summary.asOf,
      buckets: outcome.summary.buckets,
      rows,
      totals: new Map(outcome.summary.totals.map((t) => [t.currency, t])),
    });
  }

  private async loadServer(client: CreditKitClient, asOf: string, signal: AbortSignal): Promise<void> {
    this.progress = { phase: 'report', loaded: 0 };
    const report = await client.getAgingReport({ asOf, groupBy: 'customer', limit: this.pageSize }, { signal });
    const data: TableData = {
      source: 'server',
      asOf: report.asOf,
      buckets: report.buckets.map((b) => ({ ...b, label: b.label || defaultBucketLabel(b) })),
      rows: new Map(),
      totals: new Map(),
    };
    this.addReportPage(data, report);
    this.server = { cursor: report.nextCursor, totalRows: report.totalRows, loaded: report.rows.length, loading: false };
    this.useData(data);
  }

  private addReportPage(data: TableData, report: { rows: readonly AgingRow[]; totals: readonly CurrencyTotals[] }): void {
    for (const row of report.rows) {
      let list = data.rows.get(row.currency);
      if (!list) data.rows.set(row.currency, (list = []));
      list.push(row);
    }
    for (const totals of report.totals) {
      data.totals.set(totals.currency, totals);
      if (!data.rows.has(totals.currency)) data.rows.set(totals.currency, []);
    }
    if (this.server) this.server.loaded += report.rows.length;
    sortMapKeys(data.rows);
  }

  /** Installs freshly loaded data: picks the currency, draws the rows at once, then refines in the background. */
  private useData(data: TableData): void {
    this.data = data;
    this.pickCurrency();
    this.viewCurrency = this.currency;
    this.lazyProfiles.clear();
    this.lazyWarnings.clear();
    this.salespeople = [];
    this.regions = [];
    const rows = this.currentRows();
    if (!isFiltering(this.filter) && !this.sort) {
      this.order = identity(rows.length);
      this.rebuildDisplay();
      this.viewTotals = this.baseTotals();
    } else {
      this.order = new Uint32Array(0);
      this.rebuildDisplay();
    }
    this.pinned = undefined;
    this.scrollPos = 0;
    this.scrollNeedsSync = true;
    // Sorting, filtering, totals and filter options follow in time slices, after the first paint.
    queueMicrotask(() => {
      if (isFiltering(this.filter) || this.sort || !this.viewTotals) void this.refreshView('data');
      void this.refreshOptions();
    });
  }

  private pickCurrency(): void {
    const codes = this.currencies;
    if (codes.includes(this.currency)) return;
    const preferred = this.policy?.currency;
    const withRows = codes.filter((c) => (this.data!.rows.get(c)?.length ?? 0) > 0);
    const pick = preferred && withRows.includes(preferred) ? preferred : (withRows[0] ?? codes[0] ?? '');
    this.currency = pick;
  }

  private onCurrencyChanged(): void {
    this.viewCurrency = this.currency;
    this.expanded.clear();
    this.pinned = undefined;
    this.scrollPos = 0;
    this.scrollNeedsSync = true;
    this.order = new Uint32Array(0);
    this.rebuildDisplay();
    this.viewTotals = undefined;
    void this.refreshView('data');
    void this.refreshOptions();
  }

  private currentRows(): readonly AgingRow[] {
    return this.data?.rows.get(this.currency) ?? [];
  }

  private baseTotals(): Totals | undefined {
    return this.data?.totals.get(this.currency);
  }

  // ————————————————————————————————————————— view (filter, sort, totals)

  private collator(): Intl.Collator {
    const lang = this.locale.lang;
    let collator = this.collators.get(lang);
    if (!collator) this.collators.set(lang, (collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' })));
    return collator;
  }

  private async refreshView(reason: 'sorting' | 'filtering' | 'data'): Promise<void> {
    const job = ++this.viewJob;
    const data = this.data;
    if (!data) return;
    const rows = this.currentRows();
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => job !== this.viewJob);
    this.viewBusy = reason === 'sorting' || this.sort ? 'sorting' : isFiltering(this.filter) ? 'filtering' : false;
    try {
      let order = await filterRows(rows, this.filter, slicer);
      if (this.sort) order = await sortRows(rows, order, this.sort, { slicer, collator: this.collator(), external: this.externalKeys() });
      this.order = order;
      this.rebuildDisplay();
      this.viewBusy = false;
      const filtered = isFiltering(this.filter);
      const base = this.baseTotals();
      if (!filtered && base) this.viewTotals = base;
      else {
        if (reason !== 'sorting' || !this.viewTotals) {
          this.viewTotals = undefined;
          this.viewTotals = await sumRows(rows, order, data.buckets.length, slicer);
        }
        if (!filtered && this.data === data && !data.totals.has(this.currency) && data.source === 'report') {
          data.totals.set(this.currency, { currency: this.currency, ...this.viewTotals });
        }
      }
      this.clampScroll();
      this.scheduleDetails();
      // Server mode: keep loading while the loaded rows do not fill the view.
      this.maybeLoadMore();
    } catch (error) {
      if (!(error instanceof SliceCancelled)) throw error;
    }
  }

  private async refreshOptions(): Promise<void> {
    const rows = this.currentRows();
    const job = this.dataJob;
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => job !== this.dataJob);
    try {
      const collator = this.collator();
      this.salespeople = await distinctValues(rows, 'salesperson', collator, slicer);
      this.regions = await distinctValues(rows, 'region', collator, slicer);
    } catch (error) {
      if (!(error instanceof SliceCancelled)) throw error;
    }
  }

  private rowKey(row: AgingRow): string {
    return `${row.currency}\u0000${row.customerId}`;
  }

  private rebuildDisplay(): void {
    const expansions = [];
    if (this.expanded.size > 0) {
      const rows = this.currentRows();
      const positionOf = new Int32Array(rows.length).fill(-1);
      for (let k = 0; k < this.order.length; k++) positionOf[this.order[k]!] = k;
      for (const entry of this.expanded.values()) {
        if (entry.currency !== this.currency) continue;
        const position = positionOf[entry.rowIndex] ?? -1;
        if (position >= 0) expansions.push({ position, rows: entry.status === 'ready' ? Math.max(1, entry.items.length) : 1 });
      }
    }
    const wasLast = this.active.row === this.lastRowIndex() && this.active.row > 1;
    this.display = new DisplayList(this.order.length, expansions);
    if (wasLast) this.active = { row: this.lastRowIndex(), col: this.active.col };
    this.requestUpdate();
  }

  private externalKeys(): ExternalKeys {
    return {
      limit: (row) => {
        const p = this.profileView(row.customerId);
        return p instanceof Error || !p ? NaN : signedMinorUnits(p.granted, 6);
      },
      utilisation: (row) => {
        const p = this.profileView(row.customerId);
        return p instanceof Error || !p || p.utilisation === null ? NaN : signedMinorUnits(p.utilisation, 6);
      },
      warning: (row) => {
        const level = this.warningLevel(row.customerId);
        return level === undefined ? NaN : LEVEL_RANK[level];
      },
    };
  }

  // ————————————————————————————————————————— profiles, warnings, blacklist

  private profileView(customerId: string): ProfileView | Error | undefined {
    const profile = this.profiles ? this.profiles[customerId] : this.lazyProfiles.get(customerId);
    if (!profile || profile instanceof Error) return profile;
    let view = this.profileViews.get(profile);
    if (!view) {
      let utilisation: string | null = null;
      try {
        utilisation = creditExposure({ granted: profile.granted, components: profile.components }, this.policy?.creditCheck).utilisation;
      } catch {
        utilisation = null;
      }
      view = { granted: profile.granted, currency: profile.currency, utilisation, blacklisted: profile.blacklisted };
      this.profileViews.set(profile, view);
    }
    return view;
  }

  private warningStatus(customerId: string): WarningStatus | Error | undefined {
    return this.warnings ? this.warnings[customerId] : this.lazyWarnings.get(customerId);
  }

  /**
   * The warning level of a customer when known: the host's `level`, or — once `loadWarningLevels`
   * has loaded the evaluator — core's evaluation of the signals.
   */
  private warningLevel(customerId: string): WarningLevel | undefined {
    const status = this.warningStatus(customerId);
    if (!status || status instanceof Error) return undefined;
    return shownWarningLevel(status, () => {
      let level = this.warningLevels.get(status);
      if (level === undefined && this.levelOf) {
        level = this.levelOf(status, this.data?.asOf ?? todayIso());
        if (level) this.warningLevels.set(status, level);
      }
      return level;
    });
  }

  /** Loads the evaluator of warning signals (for hosts that send signals without a level). */
  private async loadWarningLevels(): Promise<void> {
    this.levelOf ??= (await import('./warning-level.js')).warningLevelOf;
  }

  private isBlacklisted(row: AgingRow): boolean {
    if (row.blacklisted || this.blacklist?.includes(row.customerId)) return true;
    const profile = this.profileView(row.customerId);
    return !!profile && !(profile instanceof Error) && profile.blacklisted;
  }

  /** After scrolling settles: fetch profiles and warnings of the customer rows drawn. */
  private scheduleDetails(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      this.requestDetails();
    }, SETTLE_MS);
  }

  private requestDetails(): void {
    if (this.profiles && this.warnings) return;
    if (!this.findClient()) return;
    const window = this.window();
    const rows = this.currentRows();
    const ids: string[] = [];
    for (let d = window.start; d < window.end; d++) {
      const entry = this.display.at(d);
      if (entry.item === -1) ids.push(rows[this.order[entry.position]!]!.customerId);
    }
    if (!this.profiles) this.lazyProfiles.request(ids);
    if (!this.warnings) this.lazyWarnings.request(ids);
  }

  // ————————————————————————————————————————— expanding

  private async toggleRow(rowIndex: number, byUser: boolean): Promise<void> {
    const row = this.currentRows()[rowIndex];
    if (!row || !this.canExpand()) return;
    const key = this.rowKey(row);
    const wasExpanded = this.expanded.has(key);
    if (wasExpanded) this.expanded.delete(key);
    else this.expanded.set(key, { rowIndex, customerId: row.customerId, currency: row.currency, status: 'loading', items: [] });
    this.rebuildDisplay();
    if (byUser) this.dispatchEvent(new CkRowToggleEvent({ customerId: row.customerId, currency: row.currency, expanded: !wasExpanded }));
    if (!wasExpanded) await this.loadItems(key);
  }

  private canExpand(): boolean {
    return this.data?.source === 'engine' || !!this.findClient();
  }

  private async loadItems(key: string): Promise<void> {
    const entry = this.expanded.get(key);
    const data = this.data;
    if (!entry || !data) return;
    entry.status = 'loading';
    this.rebuildDisplay();
    try {
      const items = data.source === 'engine' && this.backend
        ? await (await this.backend).itemsOf(entry.customerId, entry.currency)
        : await this.fetchItems(entry.customerId, entry.currency, data);
      entry.items = items;
      entry.status = 'ready';
    } catch {
      entry.status = 'error';
    }
    if (this.expanded.get(key) === entry) this.rebuildDisplay();
  }

  /** Server and report modes: the customer's open items from `GET /receivables`, aged here. */
  private async fetchItems(customerId: string, currency: string, data: TableData): Promise<ItemRow[]> {
    const client = this.resolveClient();
    const items: ReceivableInput[] = [];
    for await (const page of client.iterateReceivables({ customerId, asOf: data.asOf, limit: 1000 })) {
      for (const item of page.items) if (item.currency === currency) items.push(item);
    }
    const { AgingEngine } = await import('./aging-engine.js');
    const engine = new AgingEngine();
    engine.append(items);
    const buckets = data.buckets.map((b) => ({ ...b }));
    await engine.age({ asOf: data.asOf, buckets });
    return engine.itemsOf(customerId, currency);
  }

  // ————————————————————————————————————————— export

  private exportColumns(): ExportColumns {
    const t = this.locale.messages;
    const lang = this.locale.lang;
    return {
      bucketLabels: (this.data?.buckets ?? []).map((b) => bucketLabel(b, t.buckets, lang)),
      stage: (row) => {
        const stage = this.customerStage(row);
        return stage ? t.stages[stage] : '';
      },
      limit: (row) => {
        const p = this.profileView(row.customerId);
        return p && !(p instanceof Error) ? { amount: p.granted, currency: p.currency } : undefined;
      },
      utilisation: (row) => {
        const p = this.profileView(row.customerId);
        return p && !(p instanceof Error) && p.utilisation !== null ? p.utilisation : undefined;
      },
      warning: (row) => this.warningLevel(row.customerId),
      blacklisted: (row) => this.isBlacklisted(row),
    };
  }

  private async buildExport() {
    await this.viewSettled();
    await this.loadWarningLevels();
    await this.locale.pending(); // headers in the reader's language, even right after a `lang` change
    return exportRecords(this.currentRows(), this.order, this.exportColumns(), this.locale.messages, new TimeSlicer());
  }

  /** Waits until no sort or filter is being computed. */
  private async viewSettled(): Promise<void> {
    while (this.viewBusy) await new Promise((r) => setTimeout(r, 16));
  }

  private async onExportCsv(): Promise<void> {
    const t = this.locale.messages.toolbar;
    this.notice = { text: t.preparing, problem: false };
    const records = await this.buildExport();
    const rows = records.length - 1;
    const blob = new Blob([toCsv(records)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `aging-${this.data?.asOf ?? this.effectiveAsOf()}-${this.currency || 'all'}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      // Revoke after the download has started.
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    }
    this.notice = { text: t.exported(formatInteger(rows, this.locale.lang)), problem: false };
    this.dispatchEvent(new CkExportEvent({ format: 'csv', rows }));
  }

  private async onCopy(): Promise<void> {
    const t = this.locale.messages.toolbar;
    this.notice = { text: t.preparing, problem: false };
    const records = await this.buildExport();
    const rows = records.length - 1;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
      await navigator.clipboard.writeText(toTsv(records));
    } catch {
      this.notice = { text: t.copyFailed, problem: true };
      return;
    }
    this.notice = { text: t.copied(formatInteger(rows, this.locale.lang)), problem: false };
    this.dispatchEvent(new CkExportEvent({ format: 'clipboard', rows }));
  }

  // ————————————————————————————————————————— scrolling and geometry

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  private geometry(): ScrollGeometry {
    const viewHeight = this.bodyViewHeight > 0 ? this.bodyViewHeight : this.rowHeight * 10;
    return { count: this.display.length, rowHeight: this.rowHeight, viewHeight, maxHeight: DEFAULT_MAX_SCROLL_HEIGHT };
  }

  private currentOffset(): number {
    if (this.pinned && this.pinned.scrollTop === this.scrollPos) return this.pinned.offset;
    return realOffset(this.geometry(), this.scrollPos);
  }

  private window(): VisibleWindow {
    return visibleWindow(this.geometry(), this.scrollPos, OVERSCAN, this.currentOffset());
  }

  /** Shows real offset `offset` at the top: sets the scroll position and pins the exact offset. */
  private applyOffset(offset: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const g = this.geometry();
    scroller.scrollTop = scrollTopForOffset(g, offset);
    this.scrollPos = scroller.scrollTop;
    this.pinned = { scrollTop: this.scrollPos, offset };
  }

  private clampScroll(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const max = spacerHeight(this.geometry()) - this.geometry().viewHeight;
    if (this.scrollPos > Math.max(0, max)) {
      this.pinned = undefined;
      this.scrollPos = Math.max(0, max);
      this.scrollNeedsSync = true;
    }
  }

  private readonly onScroll = (event: Event) => {
    const scroller = event.currentTarget as HTMLElement;
    const left = scroller.scrollLeft;
    if (left !== this.pinnedLeft) {
      this.pinnedLeft = left;
      scroller.style.setProperty('--_ck-aging-pin', `${left}px`);
    }
    const top = scroller.scrollTop;
    if (top === this.scrollPos) return;
    this.scrollPos = top;
    this.scheduleDetails();
    this.maybeLoadMore();
  };

  private maybeLoadMore(): void {
    if (!this.server || this.server.cursor === null || this.server.loading || this.server.error) return;
    const window = this.window();
    if (window.end >= this.display.length - window.pageSize * 2) void this.loadMore();
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const head = this.renderRoot.querySelector<HTMLElement>('.head');
    const foot = this.renderRoot.querySelector<HTMLElement>('.foot');
    const height = Math.max(this.rowHeight, scroller.clientHeight - (head?.offsetHeight ?? 0) - (foot?.offsetHeight ?? 0));
    if (height !== this.bodyViewHeight) this.bodyViewHeight = height;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.backendTimer) clearTimeout(this.backendTimer);
    this.backendTimer = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.serverAbort?.abort();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    // Keep the worker a while in case the element is only being moved.
    if (this.backend && !this.backendTimer) {
      this.backendTimer = setTimeout(() => {
        const backend = this.backend;
        this.backend = undefined;
        this.backendItems = undefined;
        this.backendTimer = undefined;
        void backend?.then((b) => b.dispose());
      }, 30_000);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.scroller;
    if (scroller && !this.resizeObserver) {
      // Measured after layout (the observer's first call), never by forcing a layout here.
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(scroller);
      this.scheduleDetails();
    }
    if (scroller && this.scrollNeedsSync) {
      this.scrollNeedsSync = false;
      // A scroller drawn just now is at the top already: touching it would force a layout.
      if (scroller === this.lastScroller || this.scrollPos !== 0) scroller.scrollTop = this.scrollPos;
    }
    this.lastScroller = scroller ?? undefined;
    if (this.focusPending) this.focusActiveCell();
    if (this.loadedEventPending && this.ready) {
      this.loadedEventPending = false;
      const totals = this.baseTotals() as CurrencyTotals | undefined;
      this.dispatchEvent(
        new CkAgingLoadedEvent({
          asOf: this.data?.asOf ?? this.effectiveAsOf(),
          currency: this.currency,
          customers: this.currentRows().length,
          items: totals?.itemCount ?? 0,
          currencies: this.currencies,
        }),
      );
    }
  }

  // ————————————————————————————————————————— keyboard

  private lastRowIndex(): number {
    return this.display.length + 2;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (row !== this.active.row || col !== this.active.col) this.active = { row, col };
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const origin = event.composedPath()[0] as HTMLElement | undefined;
    // Keys inside the warning badge (its button, its popover) are the badge's own.
    if (origin && origin.getRootNode() !== this.renderRoot) return;
    const cols = this.columns().length;
    const { row, col } = this.active;
    const page = this.window().pageSize;
    let next: { row: number; col: number } | undefined;
    switch (event.key) {
      case 'ArrowDown': next = { row: row + 1, col }; break;
      case 'ArrowUp': next = { row: row - 1, col }; break;
      case 'ArrowRight': next = { row, col: col + 1 }; break;
      case 'ArrowLeft': next = { row, col: col - 1 }; break;
      case 'Home': next = event.ctrlKey ? { row: 1, col } : { row, col: 0 }; break;
      case 'End': next = event.ctrlKey ? { row: this.lastRowIndex(), col } : { row, col: cols - 1 }; break;
      case 'PageDown': next = { row: Math.min(this.lastRowIndex() - 1, row + page), col }; break;
      case 'PageUp': next = { row: Math.max(row === this.lastRowIndex() ? 2 : 1, row - page), col }; break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.activateCell(row, col);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (document.dir === 'rtl' || getComputedStyle(this).direction === 'rtl') {
      if (event.key === 'ArrowRight') next = { row, col: col - 1 };
      if (event.key === 'ArrowLeft') next = { row, col: col + 1 };
    }
    this.moveTo(Math.min(Math.max(1, next.row), this.lastRowIndex()), Math.min(Math.max(0, next.col), cols - 1));
  };

  private moveTo(row: number, col: number): void {
    this.active = { row, col };
    if (row >= 2 && row < this.lastRowIndex()) {
      const g = this.geometry();
      this.applyOffset(offsetForIndex(g, row - 2, 'nearest', this.currentOffset()));
    }
    this.focusPending = true;
    this.requestUpdate();
  }

  private focusActiveCell(): void {
    const { row, col } = this.active;
    const cell = this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (!cell) return;
    this.focusPending = false;
    cell.focus({ preventScroll: true });
  }

  private activateCell(row: number, col: number): void {
    const column = this.columns()[col];
    if (!column) return;
    if (row === 1) {
      void this.sortBy(column.id);
      return;
    }
    if (row >= this.lastRowIndex()) return;
    const entry = this.display.at(row - 2);
    const rowIndex = this.order[entry.position]!;
    if (entry.item === -1) {
      if (column.id === 'warning') {
        const badge = this.renderRoot.querySelector<HTMLElement & { open?: () => Promise<void> }>(`[data-row="${row}"] .badge`);
        if (badge?.open) void badge.open();
        return;
      }
      void this.toggleRow(rowIndex, true);
      return;
    }
    const expansion = this.expanded.get(this.rowKey(this.currentRows()[rowIndex]!));
    if (expansion?.status === 'error') void this.loadItems(this.rowKey(this.currentRows()[rowIndex]!));
  }

  // ————————————————————————————————————————— rendering

  private get messages(): AgingTableMessages {
    return this.locale.messages;
  }

  private columns(): Column[] {
    const t = this.messages;
    const lang = this.locale.lang;
    const key = `${lang}|${this.data?.buckets.length ?? 0}|${this.data?.buckets.map((b) => b.label).join('|') ?? ''}`;
    if (this.columnCache?.key === key && this.columnCache.messages === t) return this.columnCache.columns;
    const columns = this.buildColumns(t, lang).map((c, i) => ({
      ...c,
      cellClass: `cell${c.numeric ? ' num' : ''}${i === 0 ? ' first flex' : ''}${c.id === 'warning' ? ' flex' : ''}`,
    }));
    this.columnCache = { key, messages: t, columns };
    return columns;
  }

  private buildColumns(t: AgingTableMessages, lang: string): Omit<Column, 'cellClass'>[] {
    return [
      { id: 'customer', label: t.columns.customer, width: 260, numeric: false },
      ...(this.data?.buckets ?? []).map((b, k) => ({ id: `bucket-${k}` as ColumnId, label: bucketLabel(b, t.buckets, lang), width: 124, numeric: true })),
      { id: 'total', label: t.columns.total, width: 136, numeric: true },
      { id: 'overdue', label: t.columns.overdue, width: 136, numeric: true },
      { id: 'oldestDueDate', label: t.columns.oldestDueDate, width: 124, numeric: false },
      { id: 'maxDaysOverdue', label: t.columns.maxDaysOverdue, width: 104, numeric: true },
      { id: 'stage', label: t.columns.stage, width: 156, numeric: false },
      { id: 'limit', label: t.columns.limit, width: 148, numeric: true },
      { id: 'utilisation', label: t.columns.utilisation, width: 104, numeric: true },
      { id: 'warning', label: t.columns.warning, width: 132, numeric: false },
    ];
  }

  /** An amount for the reader, with the currency's digits, exact (Intl formats the decimal string). */
  private amount(value: string, currency = this.currency): string {
    const lang = this.locale.lang;
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

  private date(iso: string): string {
    return formatDate(iso, this.locale.lang, 'medium');
  }

  private customerStage(row: AgingRow): CollectionStage | undefined {
    return customerCollectionStage(row.maxDaysOverdue, this.collectionPolicy());
  }

  protected override renderLoading(): TemplateResult {
    const progress = this.progress;
    if (!progress) return super.renderLoading();
    const t = this.messages.progress;
    const lang = this.locale.lang;
    const loaded = formatInteger(progress.loaded, lang);
    const text =
      progress.phase === 'aging' ? t.aging(loaded)
      : progress.phase === 'report' ? t.report
      : progress.total !== undefined ? t.loadedOf(loaded, formatInteger(progress.total, lang))
      : t.loaded(loaded);
    const known = progress.phase === 'fetching' && progress.total !== undefined && progress.total > 0;
    const ratio = known ? Math.min(1, progress.loaded / progress.total!) : progress.phase === 'aging' ? 1 : 0;
    return html`<div class="progress">
      <span id="progress-label">${t.label}</span>
      <div
        part="progress"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin="0"
        aria-valuemax=${known ? progress.total! : nothing}
        aria-valuenow=${known ? progress.loaded : nothing}
        aria-valuetext=${text}
      >
        <div class="progress-track"><div class="progress-fill" ${cssProps({ transform: `scaleX(${ratio})` })}></div></div>
      </div>
      <span class="muted">${text}</span>
    </div>`;
  }

  protected renderReady(): TemplateResult {
    const columns = this.columns();
    return html`${this.renderToolbar()}${this.renderFilters()}${this.renderSummary()}${this.renderGrid(columns)}${this.renderMore()}`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.messages.toolbar;
    const codes = this.currencies;
    return html`<div class="toolbar" part="toolbar">
      <div class="field">
        <label for="as-of">${t.asOf}</label>
        <input id="as-of" type="date" .value=${this.data?.asOf ?? this.effectiveAsOf()} @change=${this.onAsOfChange} />
      </div>
      ${codes.length > 1
        ? html`<div class="field">
            <span id="currency-label" class="muted">${t.currencies}</span>
            <div role="tablist" aria-labelledby="currency-label" @keydown=${this.onTabKey}>
              ${codes.map(
                (code) => html`<button
                  type="button"
                  role="tab"
                  id=${`tab-${code}`}
                  aria-selected=${code === this.currency ? 'true' : 'false'}
                  aria-controls="panel"
                  tabindex=${code === this.currency ? 0 : -1}
                  @click=${() => this.selectCurrency(code)}
                >${code}</button>`,
              )}
            </div>
          </div>`
        : html`<div class="field"><span class="muted">${t.currency}</span><span>${this.currency}</span></div>`}
      <span class="spacer"></span>
      <button type="button" part="export-button" @click=${() => void this.onExportCsv()}>${t.exportCsv}</button>
      <button type="button" part="export-button" @click=${() => void this.onCopy()}>${t.copy}</button>
    </div>
    <div class="notice ${this.notice?.problem ? 'problem' : ''}" role="status">${this.notice?.text ?? ''}</div>`;
  }

  private readonly onAsOfChange = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isIsoDate(value)) this.asOf = value;
  };

  private selectCurrency(code: string): void {
    if (code === this.currency) return;
    this.currency = code;
  }

  private readonly onTabKey = (event: KeyboardEvent) => {
    const codes = this.currencies;
    const index = codes.indexOf(this.currency);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % codes.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + codes.length) % codes.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = codes.length - 1;
    else return;
    event.preventDefault();
    this.selectCurrency(codes[next]!);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${codes[next]}`)?.focus());
  };

  private renderFilters(): TemplateResult {
    const t = this.messages.filters;
    const f = this.filter;
    const lang = this.locale.lang;
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="visually-hidden">${t.label}</span>
      <div class="field">
        <label for="search">${t.search}</label>
        <input id="search" type="search" autocomplete="off" .value=${f.search} @input=${this.onSearch} />
      </div>
      <div class="check">
        <input id="only-overdue" type="checkbox" .checked=${f.onlyOverdue} @change=${(e: Event) => void this.setFilter({ onlyOverdue: (e.target as HTMLInputElement).checked })} />
        <label for="only-overdue">${t.onlyOverdue}</label>
      </div>
      <div class="field">
        <label for="bucket">${t.bucket}</label>
        <select id="bucket" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          void this.setFilter({ bucket: value === '' ? null : Number(value) });
        }}>
          <option value="" ?selected=${f.bucket === null}>${t.any}</option>
          ${(this.data?.buckets ?? []).map((b, k) => html`<option value=${k} ?selected=${f.bucket === k}>${bucketLabel(b, this.messages.buckets, lang)}</option>`)}
        </select>
      </div>
      ${this.renderSelect('salesperson', t.salesperson, this.salespeople, f.salesperson)}
      ${this.renderSelect('region', t.region, this.regions, f.region)}
      <button type="button" ?disabled=${!isFiltering(f)} @click=${() => void this.setFilter(NO_FILTER)}>${t.clear}</button>
    </div>
    ${this.renderViewStatus()}`;
  }

  private renderSelect(field: 'salesperson' | 'region', label: string, values: readonly string[], current: string): TemplateResult {
    const options = current && !values.includes(current) ? [current, ...values] : values;
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select id=${field} @change=${(e: Event) => void this.setFilter({ [field]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${current === ''}>${this.messages.filters.any}</option>
        ${options.map((v) => html`<option .value=${v} ?selected=${v === current}>${v}</option>`)}
      </select>
    </div>`;
  }

  private readonly onSearch = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.setFilter({ search: value }), 200);
  };

  private renderViewStatus(): TemplateResult {
    const t = this.messages.status;
    const lang = this.locale.lang;
    let text: string;
    if (this.viewBusy) text = this.viewBusy === 'sorting' ? t.sorting : t.filtering;
    else if (this.currentRows().length === 0) text = t.noData;
    else if (this.order.length === 0) text = t.noMatch;
    else text = t.shown(formatInteger(this.order.length, lang), formatInteger(this.currentRows().length, lang));
    return html`<div class="notice" role="status">${text}</div>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.messages.summary;
    const totals = this.viewTotals;
    const lang = this.locale.lang;
    const buckets = this.data?.buckets ?? [];
    const total = totals ? new Decimal(totals.total) : undefined;
    const ratio = totals && total!.gt(0) ? new Decimal(totals.overdue).div(total!).toFixed(4) : undefined;
    const positive = totals ? totals.buckets.map((b) => (isPositiveDecimal(b) ? Number(b) : 0)) : [];
    const positiveSum = positive.reduce((a, b) => a + b, 0);
    let x = 0;
    return html`<section class="summary" part="summary" aria-labelledby="summary-label">
      <span id="summary-label" class="visually-hidden">${t.label}</span>
      <dl class="figures">
        <div><dt>${t.total}</dt><dd>${totals ? `${this.amount(totals.total)} ${this.currency}` : t.computing}</dd></div>
        <div><dt>${t.overdue}</dt><dd>${totals ? `${this.amount(totals.overdue)} ${this.currency}` : t.computing}</dd></div>
        <div><dt>${t.overdueRatio}</dt><dd>${ratio ? formatPercent(ratio, lang, 1) : totals ? t.notApplicable : t.computing}</dd></div>
        <div><dt>${t.customers}</dt><dd>${formatInteger(this.order.length, lang)}</dd></div>
      </dl>
      <svg class="bar" part="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${positive.map((value, k) => {
          if (value <= 0 || positiveSum <= 0) return nothing;
          const width = (value / positiveSum) * 1000;
          const rect = svg`<rect class=${`s${k % SERIES}`} x=${x} y="0" width=${width} height="10"></rect>`;
          x += width;
          return rect;
        })}
      </svg>
      <ul class="legend" aria-label=${t.legend}>
        ${buckets.map((bucket, k) => {
          const amount = totals?.buckets[k];
          const share = amount && total && total.gt(0) ? formatPercent(new Decimal(amount).div(total).toFixed(4), lang, 1) : undefined;
          return html`<li>
            <span class="swatch ${`s${k % SERIES}`}" aria-hidden="true"></span>
            <span class="text">${bucketLabel(bucket, this.messages.buckets, lang)}:
              ${amount !== undefined ? this.amount(amount) : t.computing}${share ? ` ${t.share(share)}` : ''}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderGrid(columns: readonly Column[]): TemplateResult {
    const g = this.geometry();
    const window = this.window();
    const widths = columns.map((c) => `${c.width}px`).join(' ');
    const rowWidth = columns.reduce((sum, c) => sum + c.width, 0);
    const rowCount = this.gridRowCount();
    const vars = {
      '--_ck-aging-columns': widths,
      '--_ck-aging-row-width': `${rowWidth}px`,
      '--_ck-aging-row-height': `${this.rowHeight}px`,
    };
    const data = this.currentRows();
    const indices: number[] = [];
    for (let d = window.start; d < window.end; d++) indices.push(d);
    const { row: activeRow, col: activeCol } = this.active;
    const headerHoldsTab = activeRow >= 2 && activeRow < this.lastRowIndex() && (activeRow - 2 < window.start || activeRow - 2 >= window.end);
    this.headerHoldsTab = headerHoldsTab;
    // Keyed by list position: while scrolling, rows that stay keep their DOM and only move; and a
    // row whose inputs did not change is not even re-rendered (guard), so a scroll frame only
    // builds the few rows coming into view.
    const rows = repeat(
      indices,
      (d) => d,
      (d) => {
        const top = window.top + (d - window.start) * this.rowHeight;
        return guard([this.renderVersion, top, d + 2 === activeRow ? activeCol : -1], () => this.renderDataRow(this.display.at(d), d, top, columns, data));
      },
    );
    const caption = this.messages.caption(this.currency, this.data ? this.date(this.data.asOf) : '');
    return html`<div id="panel" class="grid-panel" role=${this.currencies.length > 1 ? 'tabpanel' : nothing} aria-labelledby=${this.currencies.length > 1 ? `tab-${this.currency}` : nothing}>
      <span id="caption" class="visually-hidden">${caption}</span>
      <div
        class="grid"
        part="grid"
        role="grid"
        aria-labelledby="caption"
        aria-rowcount=${rowCount}
        aria-colcount=${columns.length}
        aria-busy=${this.viewBusy ? 'true' : 'false'}
        ${cssProps(vars)}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
      >
        <div class="scroller" @scroll=${this.onScroll}>
          <div class="head" role="rowgroup">
            <div class="row" role="row" aria-rowindex="1">${columns.map((c, i) => this.renderHeaderCell(c, i))}</div>
          </div>
          <div class="body" role="rowgroup" ${cssProps({ 'block-size': `${spacerHeight(g)}px` })}>${rows}</div>
          <div class="foot" role="rowgroup">${this.renderTotalsRow(columns)}</div>
        </div>
      </div>
    </div>`;
  }

  private gridRowCount(): number {
    const paging = this.server;
    if (paging && paging.cursor !== null) {
      // Not every row is loaded: the full size is known when the report has one currency.
      return this.data && this.data.totals.size <= 1 && !isFiltering(this.filter) ? paging.totalRows + (this.display.length - this.order.length) + 2 : -1;
    }
    return this.display.length + 2;
  }

  private tabIndexFor(row: number, col: number): number {
    const { row: activeRow, col: activeCol } = this.active;
    if (row === activeRow && col === activeCol) return 0;
    // The active row is not drawn: its column's header cell keeps the grid in the tab order.
    if (row === 1 && col === activeCol && this.headerHoldsTab) return 0;
    return -1;
  }

  private renderHeaderCell(column: Column, col: number): TemplateResult {
    const sorted = this.sort?.column === column.id ? this.sort.direction : undefined;
    const mark = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '';
    return html`<div
      role="columnheader"
      part="header-cell"
      class="cell ${column.numeric ? 'num' : ''} ${col === 0 ? 'first' : ''}"
      aria-sort=${sorted ?? nothing}
      data-row="1"
      data-col=${col}
      tabindex=${this.tabIndexFor(1, col)}
      @click=${() => void this.sortBy(column.id)}
    >
      <button type="button" class="sort-button" tabindex="-1">${column.label}<span class="sort-mark" aria-hidden="true">${mark}</span></button>
    </div>`;
  }

  private renderDataRow(entry: DisplayEntry, display: number, top: number, columns: readonly Column[], rows: readonly AgingRow[]): TemplateResult {
    const rowIndex = this.order[entry.position]!;
    const row = rows[rowIndex]!;
    const ariaRow = display + 2;
    const style = cssProps({ transform: `translateY(${top}px)` });
    if (entry.item === -1) {
      return html`<div class="row" role="row" part="row" aria-rowindex=${ariaRow} ${style}>${columns.map((column, col) =>
        this.renderCell(column, col, ariaRow, this.customerCell(column, row, rowIndex)),
      )}</div>`;
    }
    const expansion = this.expanded.get(this.rowKey(row));
    const item = expansion?.status === 'ready' ? expansion.items[entry.item] : undefined;
    return html`<div class="row item" role="row" part="item-row" aria-rowindex=${ariaRow} ${style}>${columns.map((column, col) =>
      this.renderCell(column, col, ariaRow, item ? this.itemCell(column, item) : col === 0 ? this.itemPlaceholder(expansion) : nothing),
    )}</div>`;
  }

  /** A cell: the first of a row is its row header. All columns are always drawn, so no aria-colindex is needed. */
  private renderCell(column: Column, col: number, ariaRow: number, content: unknown): TemplateResult {
    return col === 0
      ? html`<div role="rowheader" part="cell" class=${column.cellClass} data-row=${ariaRow} data-col="0" tabindex=${this.tabIndexFor(ariaRow, 0)}>${content}</div>`
      : html`<div role="gridcell" part="cell" class=${column.cellClass} data-row=${ariaRow} data-col=${col} tabindex=${this.tabIndexFor(ariaRow, col)}>${content}</div>`;
  }

  private customerCell(column: Column, row: AgingRow, rowIndex: number): TemplateResult | string | typeof nothing {
    const t = this.messages;
    switch (column.id) {
      case 'customer': {
        const name = row.customerName ?? row.customerId;
        const expanded = this.expanded.has(this.rowKey(row));
        return html`${this.canExpand()
          ? html`<button
              type="button"
              class="toggle"
              tabindex="-1"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-label=${expanded ? t.rows.collapse(name) : t.rows.expand(name)}
              @click=${() => void this.toggleRow(rowIndex, true)}
            ><span class="chevron" aria-hidden="true">▸</span></button>`
          : nothing}<span class="name">${name}</span>${row.customerName ? html`<span class="code">${row.customerId}</span>` : nothing}${this.isBlacklisted(row)
          ? html`<span class="tag blacklisted">${t.rows.blacklisted}</span>`
          : nothing}`;
      }
      case 'total':
        return this.amountCell(row.total);
      case 'overdue':
        return this.amountCell(row.overdue);
      case 'oldestDueDate':
        return this.date(row.oldestDueDate);
      case 'maxDaysOverdue':
        return formatInteger(row.maxDaysOverdue, this.locale.lang);
      case 'stage': {
        const stage = this.customerStage(row);
        return stage ? html`<span class=${`stage-${stage}`}>${t.stages[stage]}</span>` : html`<span class="muted">—</span>`;
      }
      case 'limit': {
        const p = this.profileView(row.customerId);
        if (!p) return this.pendingDetail(this.profiles ? false : this.lazyProfiles.pending(row.customerId));
        if (p instanceof Error) return html`<span class="muted">${t.rows.unknown}</span>`;
        return `${this.amount(p.granted, p.currency)} ${p.currency}`;
      }
      case 'utilisation': {
        const p = this.profileView(row.customerId);
        if (!p) return this.pendingDetail(this.profiles ? false : this.lazyProfiles.pending(row.customerId));
        if (p instanceof Error || p.utilisation === null) return html`<span class="muted">${t.rows.unknown}</span>`;
        return formatPercent(p.utilisation, this.locale.lang, 1);
      }
      case 'warning':
        return this.warningCell(row);
      default: {
        const k = Number(column.id.slice('bucket-'.length));
        return this.amountCell(row.buckets[k] ?? '0');
      }
    }
  }

  private amountCell(value: string): TemplateResult | string {
    const text = this.amount(value);
    return value.startsWith('-') ? html`<span class="negative">${text}</span>` : text;
  }

  private pendingDetail(pending: boolean): string {
    return pending ? '…' : '—';
  }

  /** The warning badge of a customer row, drawn from a status the table holds. */
  private warningCell(row: AgingRow): TemplateResult | string {
    const status = this.warningStatus(row.customerId);
    if (!status) return this.pendingDetail(!this.warnings && this.lazyWarnings.pending(row.customerId));
    if (status instanceof Error) return html`<span class="muted">${this.messages.rows.unknown}</span>`;
    const tag = dependencyTag(this, 'warning-badge', () => this.requestUpdate());
    if (!tag) return '…';
    return staticHtml`<${unsafeStatic(tag)}
      class="badge"
      tabindex="-1"
      size="small"
      variant="pill"
      as-of=${this.data?.asOf ?? nothing}
      .warningStatus=${status}
    ></${unsafeStatic(tag)}>`;
  }

  private itemPlaceholder(expansion: Expanded | undefined): TemplateResult {
    const t = this.messages.rows;
    if (!expansion || expansion.status === 'loading') return html`<span class="muted">${t.loadingItems}</span>`;
    if (expansion.status === 'error') {
      return html`<span class="negative">${t.itemsFailed}</span>
        <button type="button" tabindex="-1" @click=${() => void this.loadItems(this.rowKey(this.currentRows()[expansion.rowIndex]!))}>${t.retry}</button>`;
    }
    return html`<span class="muted">${t.noItems}</span>`;
  }

  private itemCell(column: Column, item: ItemRow): TemplateResult | string | typeof nothing {
    const t = this.messages.rows;
    switch (column.id) {
      case 'customer':
        return html`<span class="name">${item.documentNumber ?? item.id}</span>${item.documentDate
          ? html`<span class="code">${t.documentDate(this.date(item.documentDate))}</span>`
          : nothing}${item.disputed ? html`<span class="tag disputed">${t.disputed}</span>` : nothing}`;
      case 'total':
        return this.amountCell(item.open);
      case 'overdue':
        return item.daysOverdue >= 1 ? this.amountCell(item.open) : nothing;
      case 'oldestDueDate':
        return html`<span class="visually-hidden">${t.dueDate}: </span>${this.date(item.dueDate)}`;
      case 'maxDaysOverdue':
        return html`<span class="visually-hidden">${t.daysOverdue}: </span>${formatInteger(item.daysOverdue, this.locale.lang)}`;
      case 'stage': {
        const stage = collectionStage(item.daysOverdue, this.collectionPolicy(), item.disputed);
        return html`<span class=${`stage-${stage}`}>${this.messages.stages[stage]}</span>`;
      }
      case 'limit':
      case 'utilisation':
      case 'warning':
        return nothing;
      default: {
        const k = Number(column.id.slice('bucket-'.length));
        return item.bucket === k ? this.amountCell(item.open) : nothing;
      }
    }
  }

  private renderTotalsRow(columns: readonly Column[]): TemplateResult {
    const totals = this.viewTotals;
    const ariaRow = this.lastRowIndex();
    const computing = this.messages.summary.computing;
    return html`<div class="row" role="row" part="totals-row" aria-rowindex=${ariaRow}>
      ${columns.map((column, col) => {
        let content: TemplateResult | string | typeof nothing = nothing;
        if (column.id === 'customer') content = this.messages.rows.totals;
        else if (column.id === 'total') content = totals ? this.amountCell(totals.total) : computing;
        else if (column.id === 'overdue') content = totals ? this.amountCell(totals.overdue) : computing;
        else if (column.id.startsWith('bucket-')) {
          const k = Number(column.id.slice('bucket-'.length));
          content = totals ? this.amountCell(totals.buckets[k] ?? '0') : computing;
        }
        return this.renderCell(column, col, ariaRow, content);
      })}
    </div>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const paging = this.server;
    if (!paging) return nothing;
    const t = this.messages.server;
    const lang = this.locale.lang;
    return html`<div class="more">
      <span>${t.loaded(formatInteger(paging.loaded, lang), formatInteger(paging.totalRows, lang))}</span>
      ${paging.cursor !== null ? html`<span>${t.partial}</span>` : nothing}
      ${paging.error ? html`<span class="negative" role="alert">${t.loadFailed}</span>` : nothing}
      ${paging.cursor !== null
        ? html`<button type="button" part="load-more-button" ?disabled=${paging.loading} @click=${() => void this.loadMore()}>${paging.error ? this.messages.rows.retry : t.loadMore}</button>`
        : nothing}
    </div>`;
  }
}

/** Table data from aged rows handed over: grouped by currency without copying when there is one. */
function dataFromReport(report: AgingReportInput, asOf: string): TableData {
  const buckets = report.buckets.map((b) => ({ ...b, label: b.label || defaultBucketLabel(b) }));
  const rows = new Map<string, AgingRow[]>();
  const all = report.rows as AgingRow[];
  const first = all[0]?.currency;
  let single = first !== undefined;
  for (let i = 0; single && i < all.length; i++) if (all[i]!.currency !== first) single = false;
  if (single) rows.set(first!, all);
  else for (const row of all) {
    let list = rows.get(row.currency);
    if (!list) rows.set(row.currency, (list = []));
    list.push(row);
  }
  const totals = new Map<string, CurrencyTotals>();
  for (const t of report.totals ?? []) {
    totals.set(t.currency, t);
    if (!rows.has(t.currency)) rows.set(t.currency, []);
  }
  sortMapKeys(rows);
  return { source: 'report', asOf: report.asOf ?? asOf, buckets, rows, totals };
}

/** Re-inserts a map's entries in key order. */
function sortMapKeys<V>(map: Map<string, V>): void {
  const entries = [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}
