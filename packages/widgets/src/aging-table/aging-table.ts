import { defineElement } from '../base/define-element.js';
import { CkAgingTable } from './aging-table.component.js';

export { CkAgingTable };
export type { AgingTableMode } from './aging-table.component.js';
export {
  CkAgingLoadedEvent,
  CkExportEvent,
  CkRowToggleEvent,
  type AgingLoadedDetail,
  type ExportDetail,
  type RowToggleDetail,
} from './aging-table.events.js';
export { agingTableMessages, type AgingTableMessages } from './aging-table.messages.js';
export type { AgingReportInput, AgingRow, CurrencyTotals, ItemRow } from './data/aging-model.js';
export type { ColumnId, FilterState, SortDirection } from './view/row-view.js';
export type { ScrollAlign } from './grid/scaled-scroll.js';
export type { CollectionStage } from '@credit-kit/core/lean';

/**
 * Registers `<ck-aging-table>` (or `<prefix-aging-table>`). A second call is harmless. Returns the
 * tag name. The warning badge it shows in its rows (`<prefix-warning-badge>`) is loaded and
 * registered with `defineWarningBadge(prefix)` the first time a row has a warning to show.
 */
export function defineAgingTable(prefix = 'ck'): string {
  return defineElement('aging-table', CkAgingTable, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-aging-table': CkAgingTable;
  }
}
