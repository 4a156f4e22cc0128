import type { DisplayEntry, DisplayList } from '../view/display-list.js';

/** A cell of the grid by ARIA row (1 = header) and column (0-based). */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** What a key does to the active cell. */
export interface CursorKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  /** Right-to-left layout: ArrowLeft moves to the next column. */
  readonly rtl?: boolean;
  /** Rows in a screen, for PageUp / PageDown. */
  readonly pageSize: number;
}

/**
 * The grid's rows and the conversions between their numberings, in one place:
 * - ARIA row: 1 is the header, 2 … n + 1 the display rows, n + 2 the totals row (`aria-rowindex`);
 * - display row: 0-based index in the virtual list (customer rows and the item rows of expanded ones);
 * - view position: 0-based index of a customer row in the sorted, filtered view;
 * - data row: index of the customer row among the currency's rows (`order[position]`).
 * Pure: a new cursor is made whenever the view or the expansions change.
 */
export class GridCursor {
  constructor(
    readonly display: DisplayList,
    readonly order: Uint32Array,
    readonly columnCount: number,
  ) {}

  /** The header row. */
  static readonly HEADER = 1;

  /** The totals row (the last one). */
  get lastRow(): number {
    return this.display.length + 2;
  }

  /** The row holds a customer or an item (not the header or totals). */
  isBodyRow(row: number): boolean {
    return row >= 2 && row < this.lastRow;
  }

  /** ARIA row of display row `index`. */
  ariaRow(index: number): number {
    return index + 2;
  }

  /** Display row of ARIA row `row` (a body row). */
  displayRow(row: number): number {
    return row - 2;
  }

  /** What body row `row` shows: its view position, its item (-1 for the customer row) and its data row. */
  entry(row: number): DisplayEntry & { readonly dataRow: number } {
    const entry = this.display.at(this.displayRow(row));
    return { ...entry, dataRow: this.order[entry.position]! };
  }

  /** Data rows of the customer rows among display rows `start` … `end` − 1 (item rows left out). */
  customerRows(start: number, end: number): number[] {
    const rows: number[] = [];
    for (let d = start; d < end; d++) {
      const entry = this.display.at(d);
      if (entry.item === -1) rows.push(this.order[entry.position]!);
    }
    return rows;
  }

  /** `cell` moved inside the grid. */
  clamp(cell: Cell): Cell {
    return { row: Math.min(Math.max(1, cell.row), this.lastRow), col: Math.min(Math.max(0, cell.col), this.columnCount - 1) };
  }

  /** Where `key` moves the cursor from `cell` (ARIA grid keys), or `undefined` for a key that does not move it. */
  move(cell: Cell, { key, ctrlKey = false, rtl = false, pageSize }: CursorKey): Cell | undefined {
    const { row, col } = cell;
    const last = this.lastRow;
    let next: Cell;
    switch (key) {
      case 'ArrowDown': next = { row: row + 1, col }; break;
      case 'ArrowUp': next = { row: row - 1, col }; break;
      case 'ArrowRight': next = { row, col: rtl ? col - 1 : col + 1 }; break;
      case 'ArrowLeft': next = { row, col: rtl ? col + 1 : col - 1 }; break;
      case 'Home': next = ctrlKey ? { row: 1, col } : { row, col: 0 }; break;
      case 'End': next = ctrlKey ? { row: last, col } : { row, col: this.columnCount - 1 }; break;
      case 'PageDown': next = { row: Math.min(last - 1, row + pageSize), col }; break;
      case 'PageUp': next = { row: Math.max(row === last ? 2 : 1, row - pageSize), col }; break;
      default: return undefined;
    }
    return this.clamp(next);
  }
}
