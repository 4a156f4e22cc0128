import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cell, GridCursor } from './grid-cursor.js';

/** The table element. */
export type GridKeyboardHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What keyboard navigation needs from the grid. */
export interface KeyboardGrid {
  /** The cursor over the rows now. */
  gridCursor(): GridCursor;
  /** Rows in a screen. */
  pageSize(): number;
  /** Scrolls display row `index` into view (nearest edge). */
  revealRow(index: number): void;
  /** Enter or Space on a header cell. */
  sortColumn(col: number): void;
  /** Enter or Space on a cell of a customer row (data row `dataRow`, ARIA row `row`). */
  activateCustomer(dataRow: number, col: number, row: number): void;
  /** Enter or Space on an item row of the customer at data row `dataRow`. */
  activateItem(dataRow: number): void;
}

/**
 * ARIA grid keyboard navigation with a roving tabindex: one cell (the active one) is in the tab
 * order; arrows, Home/End, Ctrl+Home/End and PageUp/PageDown move it (through the pure
 * `GridCursor`), scrolling it into view and focusing it once drawn.
 */
export class GridKeyboardController implements ReactiveController {
  active: Cell = { row: 1, col: 0 };
  /** The active row is scrolled out of the drawn rows: its column's header cell holds the tab stop. */
  headerHoldsTab = false;
  private focusPending = false;

  constructor(
    private readonly host: GridKeyboardHost,
    private readonly grid: KeyboardGrid,
  ) {
    host.addController(this);
  }

  /** Keeps the active cell inside the grid (rows or columns went away). */
  clampTo(cursor: GridCursor): void {
    const { row, col } = this.active;
    if (row > cursor.lastRow || col >= cursor.columnCount) this.active = { row: Math.min(row, cursor.lastRow), col: Math.min(col, cursor.columnCount - 1) };
  }

  /** Whether the totals row is active: it stays so when rows are added or removed above it. */
  onLastRow(cursor: GridCursor): boolean {
    return this.active.row === cursor.lastRow && this.active.row > 1;
  }

  /** Makes the totals row of `cursor` active again (see `onLastRow`). */
  keepOnLastRow(cursor: GridCursor): void {
    this.active = { row: cursor.lastRow, col: this.active.col };
  }

  /** The tabindex of a cell: 0 for the one tab stop, else -1. */
  tabIndexFor(row: number, col: number): number {
    const { row: activeRow, col: activeCol } = this.active;
    if (row === activeRow && col === activeCol) return 0;
    if (row === 1 && col === activeCol && this.headerHoldsTab) return 0;
    return -1;
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (row !== this.active.row || col !== this.active.col) {
      this.active = { row, col };
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const origin = event.composedPath()[0] as HTMLElement | undefined;
    // Keys inside the warning badge (its button, its popover) are the badge's own.
    if (origin && origin.getRootNode() !== this.host.renderRoot) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(this.active);
      return;
    }
    const cursor = this.grid.gridCursor();
    const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
    const rtl = horizontal && (document.dir === 'rtl' || getComputedStyle(this.host).direction === 'rtl');
    const next = cursor.move(this.active, { key: event.key, ctrlKey: event.ctrlKey, rtl, pageSize: this.grid.pageSize() });
    if (!next) return;
    event.preventDefault();
    this.moveTo(next, cursor);
  };

  /** Enter or Space: sorts by a header, acts on a customer or an item row (never on the totals row). */
  private activate({ row, col }: Cell): void {
    if (row === 1) return this.grid.sortColumn(col);
    const cursor = this.grid.gridCursor();
    if (!cursor.isBodyRow(row)) return;
    const entry = cursor.entry(row);
    if (entry.item === -1) this.grid.activateCustomer(entry.dataRow, col, row);
    else this.grid.activateItem(entry.dataRow);
  }

  /** Makes `cell` active, scrolls it into view and focuses it once drawn. */
  moveTo(cell: Cell, cursor = this.grid.gridCursor()): void {
    this.active = cell;
    if (cursor.isBodyRow(cell.row)) this.grid.revealRow(cursor.displayRow(cell.row));
    this.focusPending = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    const { row, col } = this.active;
    const cell = this.host.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (!cell) return;
    this.focusPending = false;
    cell.focus({ preventScroll: true });
  }
}
