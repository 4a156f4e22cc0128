import type { CreditKitClient } from '@credit-kit/client';
import type { AgingExecutor } from '../aging-executor.js';
import { CkRowToggleEvent } from '../aging-table.events.js';
import type { AgingRow, ItemRow } from './aging-model.js';
import type { ItemCellRenderer } from '../render/cells.js';
import { itemCell } from '../render/item-cells.js';
import { fetchCustomerItems } from './customer-items.js';
import { RowDetailsController, type ExpandedRow } from './row-details.js';
import type { TableData } from './table-data.js';

/** What expanding reads from the table. */
export interface RowExpansionSource {
  readonly host: EventTarget;
  data(): TableData | undefined;
  rows(): readonly AgingRow[];
  /** The executor that aged the data, when it was aged here. */
  agedBy(): Promise<AgingExecutor> | undefined;
  findClient(): CreditKitClient | undefined;
  resolveClient(): CreditKitClient;
  /** The rows shown changed. */
  changed(): void;
}

/**
 * Expanding a customer row into its open items: from the executor when the rows were aged here,
 * else from the host's `GET /receivables`; `ck-row-toggle` for what the user does.
 */
export class RowExpansion {
  /** Which rows are expanded, and their items. */
  readonly details: RowDetailsController;
  /** Draws the cells of item rows. */
  readonly itemCell: ItemCellRenderer = itemCell;

  constructor(private readonly table: RowExpansionSource) {
    this.details = new RowDetailsController(() => table.changed(), (entry) => this.itemsOf(entry));
  }

  /** Rows can be expanded: their items can be found. */
  canExpand(): boolean {
    return this.table.data()?.source === 'engine' || !!this.table.findClient();
  }

  /** Expands or collapses row `rowIndex` of the currency; resolves once its items are loaded. */
  async toggleRow(rowIndex: number, byUser: boolean): Promise<void> {
    const row = this.table.rows()[rowIndex];
    if (!row || !this.canExpand()) return;
    const { expanded, loaded } = this.details.toggle(row, rowIndex);
    if (byUser) this.table.host.dispatchEvent(new CkRowToggleEvent({ customerId: row.customerId, currency: row.currency, expanded }));
    await loaded;
  }

  /** Expands or collapses the row of `customerId`, if it is in the rows. */
  async setExpanded(customerId: string, expanded: boolean): Promise<void> {
    const rows = this.table.rows();
    const rowIndex = rows.findIndex((r) => r.customerId === customerId);
    if (rowIndex >= 0 && !!this.details.of(rows[rowIndex]!) !== expanded) await this.toggleRow(rowIndex, false);
  }

  /** Loads the items of `row` again when they failed. */
  retryFailed(rowIndex: number): void {
    const row = this.table.rows()[rowIndex];
    if (row && this.details.of(row)?.status === 'error') void this.details.load(row);
  }

  /** The items of an expanded row; a failed fetch fails the row (shown with Retry). */
  private async itemsOf(entry: ExpandedRow): Promise<ItemRow[]> {
    const data = this.table.data()!;
    const executor = this.table.agedBy();
    if (data.source === 'engine' && executor) return (await executor).itemsOf(entry.customerId, entry.currency);
    return fetchCustomerItems(this.table.resolveClient(), entry, data);
  }
}
