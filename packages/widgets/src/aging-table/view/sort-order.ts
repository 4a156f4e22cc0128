import type { ColumnId, SortDirection, SortState } from './row-view.js';

/** Columns of amounts and counts: their first sort puts the largest first, as an analyst reads them. */
function largestFirst(column: ColumnId): boolean {
  return column.startsWith('bucket-') || column === 'total' || column === 'overdue' || column === 'limit' || column === 'maxDaysOverdue' || column === 'utilisation';
}

/**
 * The direction a click on `column`'s header sorts in: the other direction when it is already
 * sorted by, else descending for amounts and counts, ascending for names, dates and stages.
 */
export function nextSortDirection(column: ColumnId, current: SortState | undefined): SortDirection {
  if (current?.column === column) return current.direction === 'ascending' ? 'descending' : 'ascending';
  return largestFirst(column) ? 'descending' : 'ascending';
}
