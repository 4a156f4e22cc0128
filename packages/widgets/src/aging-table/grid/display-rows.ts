import type { ServerPaging } from '../data/server-paging.js';
import { DisplayList, type Expansion } from '../view/display-list.js';
import { GridCursor } from './grid-cursor.js';
import type { GridKeyboardController } from './grid-keyboard.js';

/** What the rows drawn are made of. */
export interface DisplayRowsSource {
  /** Row indices of the view, in order. */
  order(): Uint32Array;
  /** The expanded rows at their view positions. */
  expansions(): Expansion[];
  columnCount(): number;
  keyboard(): GridKeyboardController;
  /** The rows drawn changed. */
  changed(): void;
}

/**
 * The rows of the grid: the display list (customer rows of the view, each expanded one followed by
 * its item rows) and the grid cursor over it, rebuilt when the view, the expansions or the columns
 * change, and the grid's `aria-rowcount`.
 */
export class DisplayRows {
  list = new DisplayList(0, []);
  private cursor?: GridCursor;

  constructor(private readonly source: DisplayRowsSource) {}

  get length(): number {
    return this.list.length;
  }

  /** Builds the display list again; the totals row stays active when it was. */
  rebuild(): void {
    const keyboard = this.source.keyboard();
    const wasLast = keyboard.onLastRow(this.gridCursor());
    this.list = new DisplayList(this.source.order().length, this.source.expansions());
    if (wasLast) keyboard.keepOnLastRow(this.gridCursor());
    this.source.changed();
  }

  /** The cursor over the rows drawn now. */
  gridCursor(): GridCursor {
    const order = this.source.order();
    const columns = this.source.columnCount();
    const c = this.cursor;
    if (c && c.display === this.list && c.order === order && c.columnCount === columns) return c;
    return (this.cursor = new GridCursor(this.list, order, columns));
  }

  /**
   * `aria-rowcount`: header, rows and totals; in server mode while rows are still to load, the full
   * size when it is known (one currency, no filter), else -1.
   */
  ariaRowCount(paging: ServerPaging | undefined, knowable: boolean): number {
    if (paging && paging.cursor !== null) return knowable ? paging.totalRows + (this.list.length - this.source.order().length) + 2 : -1;
    return this.list.length + 2;
  }
}
