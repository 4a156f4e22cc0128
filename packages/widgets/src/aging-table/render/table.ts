import type { CommonMessages } from '../../i18n/common-messages.js';
import { html, type TemplateResult } from 'lit';
import type { CollectionPolicy } from '@credit-kit/core/lean';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { CustomerDetailsController } from '../data/customer-details.js';
import type { DataSourceController } from '../data/data-source.js';
import type { RowExpansion } from '../data/row-expansion.js';
import type { ServerPagingController } from '../data/server-paging.js';
import type { TableState } from '../data/table-state.js';
import type { Column } from '../grid/columns.js';
import type { DisplayRows } from '../grid/display-rows.js';
import type { GridKeyboardController } from '../grid/grid-keyboard.js';
import type { VirtualScrollController } from '../grid/virtual-scroll.js';
import type { ExportController } from '../view/export-controller.js';
import { isFiltering, type ColumnId, type FilterState } from '../view/row-view.js';
import type { ViewController } from '../view/view-controller.js';
import { renderFilters } from './filters.js';
import type { TableFormat } from './format.js';
import { renderGrid, renderMore } from './grid.js';
import { renderSummary } from './summary.js';
import { renderToolbar } from './toolbar.js';

/** The parts of the table the ready view is drawn from (the element's controllers and state). */
export interface TableParts {
  readonly host: TableHost;
  readonly state: TableState;
  readonly locale: LocaleController<AgingTableMessages>;
  readonly common: LocaleController<CommonMessages>;
  readonly format: TableFormat;
  readonly view: ViewController;
  readonly details: CustomerDetailsController;
  readonly expansion: RowExpansion;
  readonly rows: DisplayRows;
  readonly keyboard: GridKeyboardController;
  readonly scroll: VirtualScrollController;
  readonly paging: ServerPagingController;
  readonly exports: ExportController;
  readonly source: DataSourceController;
  columns(): Column[];
  renderVersion(): number;
  /** The badge's tag once registered. */
  badgeTag(): string;
  search(text: string): void;
}

/** The element's own members the view uses. */
export interface TableHost {
  asOf: string;
  currency: string;
  readonly currencies: readonly string[];
  readonly rowHeight: number;
  readonly theme: string;
  readonly collection?: CollectionPolicy | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  sortBy(column: ColumnId): Promise<void>;
  setFilter(filter: Partial<FilterState>): Promise<void>;
  loadMore(): Promise<void>;
}

/** The ready table: toolbar, filters, summary, grid and (server mode) Load more. */
export function renderTable(p: TableParts): TemplateResult {
  const t = p.locale.messages;
  const lang = p.locale.lang;
  const { view, paging, host } = p;
  const { currency, currencies } = host;
  const data = p.state.data;
  const buckets = data?.buckets ?? [];
  const rows = p.state.rows();
  const amount = (value: string, code = currency) => p.format.amount(value, code, lang);
  const date = (iso: string) => p.format.date(iso, lang);
  const exports = p.exports;
  return html`${renderToolbar({
    t: t.toolbar,
    lang,
    chooseDate: p.common.messages.chooseDate,
    asOf: data?.asOf ?? '',
    currency,
    currencies,
    notice: exports.notice,
    setAsOf: (day) => (host.asOf = day),
    selectCurrency: (code) => code !== host.currency && (host.currency = code),
    focusTab: (code) => void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`#tab-${code}`)?.focus()),
    exportCsv: () => void exports.download(),
    copy: () => void exports.copy(),
  })}${renderFilters({ t, lang, buckets, view, rowCount: rows.length, setFilter: (f) => void host.setFilter(f), search: p.search })}${renderSummary({
    t,
    lang,
    currency,
    buckets,
    ...(view.totals ? { totals: view.totals } : {}),
    customers: view.order.length,
    amount,
  })}${renderGrid({
    t,
    lang,
    ...(data ? { asOf: data.asOf } : {}),
    canExpand: p.expansion.canExpand(),
    theme: host.theme,
    itemCell: () => p.expansion.itemCell,
    amount,
    date,
    details: p.details,
    expansions: p.expansion.details,
    toggleRow: (rowIndex) => void p.expansion.toggleRow(rowIndex, true),
    customerStage: (row) => p.source.customerStage(row, host.collection),
    itemStage: (item) => p.source.itemStage(item, host.collection),
    badgeTag: p.badgeTag,
    columns: p.columns(),
    cursor: p.rows.gridCursor(),
    keyboard: p.keyboard,
    scroll: p.scroll,
    view,
    rowHeight: host.rowHeight,
    renderVersion: p.renderVersion(),
    rowCount: p.rows.ariaRowCount(paging.paging, !!data && data.totals.size <= 1 && !isFilteringView(view)),
    rows,
    caption: t.caption(currency, data ? date(data.asOf) : ''),
    tabbed: currencies.length > 1,
    currency,
    sortBy: (column) => void host.sortBy(column),
  })}${renderMore(t, lang, paging.paging, () => void host.loadMore(), () => paging.cancel())}`;
}

function isFilteringView(view: ViewController): boolean {
  return isFiltering(view.filter);
}
