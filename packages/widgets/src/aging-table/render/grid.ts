import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../base/css-props.js';
import { formatInteger } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { AgingRow } from '../data/aging-model.js';
import type { ServerPaging } from '../data/server-paging.js';
import type { Column } from '../grid/columns.js';
import { bucketIndex } from '../grid/columns.js';
import type { GridCursor } from '../grid/grid-cursor.js';
import type { GridKeyboardController } from '../grid/grid-keyboard.js';
import type { VirtualScrollController } from '../grid/virtual-scroll.js';
import type { ColumnId } from '../view/row-view.js';
import type { ViewController } from '../view/view-controller.js';
import { amountCell, customerCell, itemPlaceholder, type CellContent, type CellView } from './cells.js';

/** What the grid draws. */
export interface GridView extends CellView {
  readonly columns: readonly Column[];
  readonly cursor: GridCursor;
  readonly keyboard: GridKeyboardController;
  readonly scroll: VirtualScrollController;
  readonly view: ViewController;
  readonly rowHeight: number;
  /** Bumped on every update that is not only a scroll: rows that stay in view are re-rendered only then. */
  readonly renderVersion: number;
  /** `aria-rowcount`: every row, or -1 while the size is unknown (server mode, partly loaded). */
  readonly rowCount: number;
  readonly rows: readonly AgingRow[];
  readonly caption: string;
  /** The grid is a tab panel of the currency tabs. */
  readonly tabbed: boolean;
  readonly currency: string;
  sortBy(column: ColumnId): void;
}

/** A cell: the first of a row is its row header. All columns are always drawn, so no aria-colindex is needed. */
function renderCell(v: GridView, column: Column, col: number, ariaRow: number, content: unknown): TemplateResult {
  const tabindex = v.keyboard.tabIndexFor(ariaRow, col);
  return col === 0
    ? html`<div role="rowheader" part="cell" class=${column.cellClass} data-row=${ariaRow} data-col="0" tabindex=${tabindex}>${content}</div>`
    : html`<div role="gridcell" part="cell" class=${column.cellClass} data-row=${ariaRow} data-col=${col} tabindex=${tabindex}>${content}</div>`;
}

function renderHeaderCell(v: GridView, column: Column, col: number): TemplateResult {
  const sort = v.view.sort;
  const sorted = sort?.column === column.id ? sort.direction : undefined;
  const mark = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '';
  return html`<div
    role="columnheader"
    part="header-cell"
    class="cell ${column.numeric ? 'num' : ''} ${col === 0 ? 'first' : ''}"
    aria-sort=${sorted ?? nothing}
    data-row="1"
    data-col=${col}
    tabindex=${v.keyboard.tabIndexFor(1, col)}
    @click=${() => v.sortBy(column.id)}
  >
    <button type="button" class="sort-button" tabindex="-1">${column.label}<span class="sort-mark" aria-hidden="true">${mark}</span></button>
  </div>`;
}

/** Display row `index`, at `top` px: a customer row or one of an expanded customer's item rows. */
function renderBodyRow(v: GridView, index: number, top: number): TemplateResult {
  const ariaRow = v.cursor.ariaRow(index);
  const entry = v.cursor.entry(ariaRow);
  const row = v.rows[entry.dataRow]!;
  const style = cssProps({ transform: `translateY(${top}px)` });
  if (entry.item === -1) {
    return html`<div class="row" role="row" part="row" aria-rowindex=${ariaRow} ${style}>${v.columns.map((column, col) =>
      renderCell(v, column, col, ariaRow, customerCell(v, column, row, entry.dataRow)),
    )}</div>`;
  }
  const expansion = v.expansions.of(row);
  const item = expansion?.status === 'ready' ? expansion.items[entry.item] : undefined;
  const itemCell = v.itemCell();
  return html`<div class="row item" role="row" part="item-row" aria-rowindex=${ariaRow} ${style}>${v.columns.map((column, col) =>
    renderCell(v, column, col, ariaRow, item && itemCell ? itemCell(v, column, item) : col === 0 ? itemPlaceholder(v, row, expansion) : nothing),
  )}</div>`;
}

function renderTotalsRow(v: GridView): TemplateResult {
  const totals = v.view.totals;
  const ariaRow = v.cursor.lastRow;
  const computing = v.t.summary.computing;
  return html`<div class="row" role="row" part="totals-row" aria-rowindex=${ariaRow}>
    ${v.columns.map((column, col) => {
      let content: CellContent = nothing;
      if (column.id === 'customer') content = v.t.rows.totals;
      else if (column.id === 'total') content = totals ? amountCell(v, totals.total) : computing;
      else if (column.id === 'overdue') content = totals ? amountCell(v, totals.overdue) : computing;
      else if (column.id.startsWith('bucket-')) content = totals ? amountCell(v, totals.buckets[bucketIndex(column.id)] ?? '0') : computing;
      return renderCell(v, column, col, ariaRow, content);
    })}
  </div>`;
}

/** The ARIA grid: header, the virtual body (only the rows in view), the totals row. */
export function renderGrid(v: GridView): TemplateResult {
  const { columns, cursor, keyboard } = v;
  const window = v.scroll.window();
  const vars = {
    '--_ck-aging-columns': columns.map((c) => `${c.width}px`).join(' '),
    '--_ck-aging-row-width': `${columns.reduce((sum, c) => sum + c.width, 0)}px`,
    '--_ck-aging-row-height': `${v.rowHeight}px`,
  };
  const indices: number[] = [];
  for (let d = window.start; d < window.end; d++) indices.push(d);
  const { row: activeRow, col: activeCol } = keyboard.active;
  keyboard.headerHoldsTab = cursor.isBodyRow(activeRow) && (cursor.displayRow(activeRow) < window.start || cursor.displayRow(activeRow) >= window.end);
  // Keyed by list position: while scrolling, rows that stay keep their DOM and only move; and a
  // row whose inputs did not change is not even re-rendered (guard), so a scroll frame only
  // builds the few rows coming into view.
  const rows = repeat(
    indices,
    (d) => d,
    (d) => {
      const top = window.top + (d - window.start) * v.rowHeight;
      return guard([v.renderVersion, top, cursor.ariaRow(d) === activeRow ? activeCol : -1], () => renderBodyRow(v, d, top));
    },
  );
  return html`<div id="panel" class="grid-panel" role=${v.tabbed ? 'tabpanel' : nothing} aria-labelledby=${v.tabbed ? `tab-${v.currency}` : nothing}>
    <span id="caption" class="visually-hidden">${v.caption}</span>
    <div
      class="grid"
      part="grid"
      role="grid"
      aria-labelledby="caption"
      aria-rowcount=${v.rowCount}
      aria-colcount=${columns.length}
      aria-busy=${v.view.busy ? 'true' : 'false'}
      ${cssProps(vars)}
      @keydown=${keyboard.onKeyDown}
      @focusin=${keyboard.onFocusIn}
    >
      <div class="scroller" @scroll=${v.scroll.onScroll}>
        <div class="head" role="rowgroup">
          <div class="row" role="row" aria-rowindex="1">${columns.map((c, i) => renderHeaderCell(v, c, i))}</div>
        </div>
        <div class="body" role="rowgroup" ${cssProps({ 'block-size': `${v.scroll.spacerHeight()}px` })}>${rows}</div>
        <div class="foot" role="rowgroup">${renderTotalsRow(v)}</div>
      </div>
    </div>
  </div>`;
}

/** Server mode: rows loaded of the report's, and Load more (Retry after a failure; Cancel while a page loads). */
export function renderMore(t: AgingTableMessages, lang: string, paging: ServerPaging | undefined, loadMore: () => void, cancel: () => void): TemplateResult | typeof nothing {
  if (!paging) return nothing;
  if (paging.loading) {
    return html`<div class="more">
      <span role="status">${t.server.loading}</span>
      <button type="button" @click=${cancel}>${t.server.cancel}</button>
    </div>`;
  }
  const s = t.server;
  return html`<div class="more">
    <span>${s.loaded(formatInteger(paging.loaded, lang), formatInteger(paging.totalRows, lang))}</span>
    ${paging.cursor !== null ? html`<span>${s.partial}</span>` : nothing}
    ${paging.error ? html`<span class="negative" role="alert">${s.loadFailed}</span>` : nothing}
    ${paging.cursor !== null
      ? html`<button type="button" part="load-more-button" @click=${loadMore}>${paging.error ? t.rows.retry : s.loadMore}</button>`
      : nothing}
  </div>`;
}
