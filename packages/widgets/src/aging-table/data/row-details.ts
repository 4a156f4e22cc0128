import type { Expansion } from '../view/display-list.js';
import type { AgingRow, ItemRow } from './aging-model.js';
import { rowKey } from './table-data.js';

/** An expanded customer row and its items. */
export interface ExpandedRow {
  /** Index of the row among the currency's rows. */
  readonly rowIndex: number;
  readonly customerId: string;
  readonly currency: string;
  status: 'loading' | 'ready' | 'error';
  items: readonly ItemRow[];
}

/** Finds the open items of an expanded row. */
export type ItemSource = (entry: ExpandedRow) => Promise<ItemRow[]>;

/**
 * Row details: which customer rows are expanded, and their open items (loaded on expanding,
 * retried from the row after a failure). `onChange` runs whenever the rows shown change.
 */
export class RowDetailsController {
  private readonly expanded = new Map<string, ExpandedRow>();

  constructor(
    private readonly onChange: () => void,
    private readonly source: ItemSource,
  ) {}

  /** The expansion of `row`, if it is expanded. */
  of(row: AgingRow): ExpandedRow | undefined {
    return this.expanded.get(rowKey(row));
  }

  /** The items of every expanded row that has them. */
  *readyItems(): Iterable<readonly ItemRow[]> {
    for (const entry of this.expanded.values()) if (entry.status === 'ready') yield entry.items;
  }

  /** Collapses every row. */
  clear(): void {
    this.expanded.clear();
  }

  /** Expands or collapses `row` (at `rowIndex` of its currency); loads the items when expanding. Returns whether it is now expanded. */
  toggle(row: AgingRow, rowIndex: number): { expanded: boolean; loaded: Promise<void> } {
    const key = rowKey(row);
    if (this.expanded.delete(key)) {
      this.onChange();
      return { expanded: false, loaded: Promise.resolve() };
    }
    this.expanded.set(key, { rowIndex, customerId: row.customerId, currency: row.currency, status: 'loading', items: [] });
    this.onChange();
    return { expanded: true, loaded: this.load(row) };
  }

  /** (Re)loads the items of an expanded row. */
  async load(row: AgingRow): Promise<void> {
    const entry = this.expanded.get(rowKey(row));
    if (!entry) return;
    entry.status = 'loading';
    this.onChange();
    try {
      entry.items = await this.source(entry);
      entry.status = 'ready';
    } catch {
      entry.status = 'error';
    }
    if (this.expanded.get(rowKey(row)) === entry) this.onChange();
  }

  /** The expansions of `currency` at their positions in the view `order` (for the display list). */
  expansions(rowCount: number, order: Uint32Array, currency: string): Expansion[] {
    const expansions: Expansion[] = [];
    if (this.expanded.size === 0) return expansions;
    const positionOf = new Int32Array(rowCount).fill(-1);
    for (let k = 0; k < order.length; k++) positionOf[order[k]!] = k;
    for (const entry of this.expanded.values()) {
      if (entry.currency !== currency) continue;
      const position = positionOf[entry.rowIndex] ?? -1;
      if (position >= 0) expansions.push({ position, rows: entry.status === 'ready' ? Math.max(1, entry.items.length) : 1 });
    }
    return expansions;
  }
}
