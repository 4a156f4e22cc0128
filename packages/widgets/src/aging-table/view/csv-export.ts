import type { CollectionStage } from '@credit-kit/core/lean';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { AgingRow } from '../data/aging-model.js';
import type { CustomerDetailsController } from '../data/customer-details.js';
import { numberCell, type CsvCell } from './csv.js';
import type { TimeSlicer } from './time-slice.js';

/** What a CSV record needs beyond the row: the derived columns the table shows. */
export interface ExportColumns {
  /** Bucket labels, in bucket order. */
  readonly bucketLabels: readonly string[];
  /** Collection stage label of the row, or '' when none applies. */
  stage(row: AgingRow): string;
  /** Granted limit and its currency, when known. */
  limit(row: AgingRow): { amount: string; currency: string } | undefined;
  /** Utilisation as a ratio (decimal string), when known. */
  utilisation(row: AgingRow): string | undefined;
  /** Warning level, when known. */
  warning(row: AgingRow): 'none' | 'yellow' | 'orange' | 'red' | undefined;
  blacklisted(row: AgingRow): boolean;
}

/**
 * The export columns of the table's rows: the bucket labels as the table shows them, stages in the
 * reader's language, the details known.
 */
export function exportColumnsOf(
  details: CustomerDetailsController,
  t: AgingTableMessages,
  bucketLabels: readonly string[],
  stageOf: (row: AgingRow) => CollectionStage | undefined,
): ExportColumns {
  return {
    bucketLabels,
    stage: (row) => {
      const stage = stageOf(row);
      return stage ? t.stages[stage] : '';
    },
    limit: (row) => {
      const p = details.profileView(row.customerId);
      return p && !(p instanceof Error) ? { amount: p.granted, currency: p.currency } : undefined;
    },
    utilisation: (row) => {
      const p = details.profileView(row.customerId);
      return p && !(p instanceof Error) && p.utilisation !== null ? p.utilisation : undefined;
    },
    warning: (row) => details.warningLevel(row.customerId),
    blacklisted: (row) => details.isBlacklisted(row),
  };
}

/**
 * The records of the rows shown — one per customer row of the current view, in its order
 * (currency, filters and sort applied) — with a header record. Amounts are exact decimal strings
 * written as numbers; names and codes are text (neutralised by the CSV writer). Item rows of
 * expanded customers are not exported: every record has the same columns.
 */
export async function exportRecords(
  rows: readonly AgingRow[],
  order: Uint32Array,
  columns: ExportColumns,
  t: AgingTableMessages,
  slicer: TimeSlicer,
): Promise<CsvCell[][]> {
  const c = t.columns;
  const header: CsvCell[] = [
    t.csv.customerId, t.csv.customer, t.csv.currency, t.csv.salesperson, t.csv.region,
    ...columns.bucketLabels,
    c.total, c.overdue, c.oldestDueDate, c.maxDaysOverdue, c.stage, c.limit, t.csv.limitCurrency, c.utilisation, t.csv.warning, t.csv.blacklisted,
  ];
  const records: CsvCell[][] = [header];
  for (let k = 0; k < order.length; k++) {
    const row = rows[order[k]!]!;
    const limit = columns.limit(row);
    const utilisation = columns.utilisation(row);
    const warning = columns.warning(row);
    records.push([
      row.customerId,
      row.customerName ?? '',
      row.currency,
      row.salesperson ?? '',
      row.region ?? '',
      ...row.buckets.map(numberCell),
      numberCell(row.total),
      numberCell(row.overdue),
      row.oldestDueDate,
      row.maxDaysOverdue,
      columns.stage(row),
      limit ? numberCell(limit.amount) : '',
      limit?.currency ?? '',
      utilisation === undefined ? '' : numberCell(utilisation),
      warning ? t.csv.levels[warning] : '',
      columns.blacklisted(row) ? t.csv.yes : '',
    ]);
    if ((k & 1023) === 1023) await slicer.checkpoint();
  }
  return records;
}
