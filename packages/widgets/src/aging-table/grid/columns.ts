import type { AgingBucketDefinition } from '@credit-kit/core/lean';
import type { AgingTableMessages } from '../aging-table.messages.js';
import { bucketLabel } from '../render/bucket-labels.js';
import type { ColumnId } from '../view/row-view.js';

/** A column of the grid. */
export interface Column {
  readonly id: ColumnId;
  readonly label: string;
  readonly width: number;
  readonly numeric: boolean;
  /** Class of its cells. */
  readonly cellClass: string;
}

/** The bucket index of a `bucket-k` column. */
export function bucketIndex(id: ColumnId): number {
  return Number(id.slice('bucket-'.length));
}

function buildColumns(t: AgingTableMessages, lang: string, buckets: readonly AgingBucketDefinition[]): Omit<Column, 'cellClass'>[] {
  return [
    { id: 'customer', label: t.columns.customer, width: 260, numeric: false },
    ...buckets.map((b, k) => ({ id: `bucket-${k}` as ColumnId, label: bucketLabel(b, t.buckets, lang), width: 124, numeric: true })),
    { id: 'total', label: t.columns.total, width: 136, numeric: true },
    { id: 'overdue', label: t.columns.overdue, width: 136, numeric: true },
    { id: 'oldestDueDate', label: t.columns.oldestDueDate, width: 124, numeric: false },
    { id: 'maxDaysOverdue', label: t.columns.maxDaysOverdue, width: 104, numeric: true },
    { id: 'stage', label: t.columns.stage, width: 156, numeric: false },
    { id: 'limit', label: t.columns.limit, width: 148, numeric: true },
    { id: 'utilisation', label: t.columns.utilisation, width: 104, numeric: true },
    { id: 'warning', label: t.columns.warning, width: 132, numeric: false },
  ];
}

/** The columns for a language and bucket set, built once per change (rows compare them by identity). */
export class ColumnSet {
  private cache?: { key: string; messages: AgingTableMessages; columns: Column[] };

  get(t: AgingTableMessages, lang: string, buckets: readonly AgingBucketDefinition[]): Column[] {
    const key = `${lang}|${buckets.length}|${buckets.map((b) => b.label).join('|')}`;
    if (this.cache?.key === key && this.cache.messages === t) return this.cache.columns;
    const columns = buildColumns(t, lang, buckets).map((c, i) => ({
      ...c,
      cellClass: `cell${c.numeric ? ' num' : ''}${i === 0 ? ' first flex' : ''}${c.id === 'warning' ? ' flex' : ''}`,
    }));
    this.cache = { key, messages: t, columns };
    return columns;
  }
}
