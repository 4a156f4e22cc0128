import type { ReactiveControllerHost } from 'lit';
import type { CreditKitClient } from '@credit-kit/client';
import { commonMessages } from '../i18n/common-messages.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { dependencyTag } from '../base/dependencies.js';
import { agingTableMessages } from './aging-table.messages.js';
import { CustomerDetailsController, type CustomerDetailsHost } from './data/customer-details.js';
import { DataSourceController } from './data/data-source.js';
import { LoadCancel } from './data/load-cancel.js';
import { LoadedAnnouncer } from './data/loaded-announcer.js';
import { RowExpansion } from './data/row-expansion.js';
import { ServerPagingController } from './data/server-paging.js';
import { TableState } from './data/table-state.js';
import { ColumnWidthsController } from './grid/column-widths.js';
import { ColumnSet, type Column } from './grid/columns.js';
import { DisplayRows } from './grid/display-rows.js';
import { GridKeyboardController } from './grid/grid-keyboard.js';
import { RenderVersion } from './grid/render-version.js';
import { VirtualScrollController } from './grid/virtual-scroll.js';
import { TableFormat } from './render/format.js';
import type { TableHost, TableParts } from './render/table.js';
import { debounce } from './view/debounce.js';
import { ExportController } from './view/export-controller.js';
import { ViewController } from './view/view-controller.js';

/** Wait after the last keystroke in the search box before filtering, ms. */
const SEARCH_DELAY_MS = 200;

/** The element the parts serve: its public members, and what its base class keeps protected. */
export interface TableElement extends TableHost, CustomerDetailsHost, ReactiveControllerHost, HTMLElement {
  readonly pageSize: number;
  readonly ready: boolean;
}

/** What the base class gives the parts. */
export interface TableBase {
  findClient(): CreditKitClient | undefined;
  resolveClient(): CreditKitClient;
  /** Stops the running load (Cancel). */
  abortRun(): void;
}

/** Every part of the table, wired to each other: what the element composes. */
export interface AgingTableParts extends TableParts {
  readonly source: DataSourceController;
  readonly announcer: LoadedAnnouncer;
  readonly loadCancel: LoadCancel;
  readonly version: RenderVersion;
}

/**
 * Builds the table's controllers and wires them: data source, server paging, customer details,
 * row expansion, the view (filter, sort, totals), export, virtual scroll, keyboard, the rows drawn
 * and their column widths. Controllers register with `el` in this order (the scroll position is
 * synced before the keyboard focuses the active cell).
 */
export function createTableParts(el: TableElement, base: TableBase): AgingTableParts {
  const locale = new LocaleController(el, agingTableMessages);
  const common = new LocaleController(el, commonMessages);
  const format = new TableFormat();
  const state = new TableState(el);
  const source = new DataSourceController(el);
  const columnSet = new ColumnSet();
  const version = new RenderVersion();
  const search = debounce((text: string) => void el.setFilter({ search: text }), SEARCH_DELAY_MS);

  /** After scrolling settles: the profiles and warnings of the customer rows drawn. */
  const scheduleDetails = () =>
    details.schedule(() => {
      const { start, end } = scroll.window();
      const rows = state.rows();
      return displayRows.gridCursor().customerRows(start, end).map((i) => rows[i]!.customerId);
    });
  /** Server mode: keep loading while the loaded rows do not fill the view. */
  const maybeLoadMore = () => {
    const window = scroll.window();
    if (paging.wantsMore(window.end, displayRows.length, window.pageSize)) void el.loadMore();
  };
  const columns = (): Column[] => widths.apply(columnSet.get(locale.messages, locale.lang, state.data?.buckets ?? []));

  const paging = new ServerPagingController(el, () => {
    // New rows: the view, its totals and the filter options again.
    void view.refresh('data');
    void view.refreshOptions();
  });
  const details = new CustomerDetailsController(el, base.findClient, () => ({ policy: source.policy, asOf: state.data?.asOf }));
  const expansion = new RowExpansion({
    host: el,
    data: () => state.data,
    rows: () => state.rows(),
    agedBy: () => source.agedBy(),
    findClient: base.findClient,
    resolveClient: base.resolveClient,
    changed: () => displayRows.rebuild(),
  });
  const view = new ViewController(el, {
    viewData: () => ({ data: state.data, rows: state.rows(), currency: el.currency }),
    collator: () => format.collator(locale.lang),
    externalKeys: () => details.sortKeys(),
    orderChanged: () => displayRows.rebuild(),
    viewSettled: () => {
      scroll.clamp();
      scheduleDetails();
      maybeLoadMore();
    },
  });
  const exports = new ExportController(el, {
    locale,
    state,
    details,
    viewComplete: () => view.viewComplete,
    order: () => view.order,
    stageOf: (row) => source.customerStage(row, el.collection),
    currency: () => el.currency,
  });
  const scroll = new VirtualScrollController(el, {
    rowCount: () => displayRows.length,
    rowHeight: () => el.rowHeight,
    requestScrollUpdate: () => version.scroll(() => el.requestUpdate()),
    scrolled: () => {
      scheduleDetails();
      maybeLoadMore();
    },
    laidOut: scheduleDetails,
  });
  const keyboard = new GridKeyboardController(el, {
    gridCursor: () => displayRows.gridCursor(),
    pageSize: () => scroll.window().pageSize,
    revealRow: (index) => scroll.reveal(index),
    sortColumn: (col) => void el.sortBy(columns()[col]!.id),
    activateCustomer: (dataRow, col, row) => {
      if (columns()[col]?.id !== 'warning') return void expansion.toggleRow(dataRow, true);
      void el.renderRoot.querySelector<HTMLElement & { open?: () => Promise<void> }>(`[data-row="${row}"] .badge`)?.open?.();
    },
    activateItem: (dataRow) => expansion.retryFailed(dataRow),
  });
  const displayRows = new DisplayRows({
    order: () => view.order,
    expansions: () => expansion.details.expansions(state.rows().length, view.order, el.currency),
    columnCount: () => columns().length,
    keyboard: () => keyboard,
    changed: () => el.requestUpdate(),
  });
  const widths = new ColumnWidthsController(el, { root: () => el.renderRoot, state, locale, format, expansion, currency: () => el.currency });

  return {
    host: el,
    locale,
    common,
    format,
    state,
    source,
    view,
    details,
    expansion,
    rows: displayRows,
    keyboard,
    scroll,
    paging,
    exports,
    announcer: new LoadedAnnouncer(el, () => state.loadedDetail()),
    loadCancel: new LoadCancel(el, base.abortRun),
    version,
    columns,
    renderVersion: () => version.value,
    badgeTag: () => dependencyTag(el, 'warning-badge'),
    search,
  };
}
