import type { AgingBucketDefinition } from '@credit-kit/core/lean';

/**
 * One customer's aging in one currency, as the table shows it: core's `AgedCustomer` plus the
 * currency, or a row of the host's `GET /receivables/aging` report (`AgingCustomerRow`), which
 * has this shape.
 */
export interface AgingRow {
  readonly customerId: string;
  readonly customerName?: string;
  readonly currency: string;
  /** Decimal strings: total open, overdue, and one amount per bucket. */
  readonly total: string;
  readonly overdue: string;
  readonly buckets: readonly string[];
  readonly oldestDueDate: string;
  readonly maxDaysOverdue: number;
  /** Number of open items, when known. */
  readonly itemCount?: number;
  /** From the customer's items (the first given), or from the report. */
  readonly salesperson?: string;
  readonly region?: string;
  /** On the blacklist, when the data says so. */
  readonly blacklisted?: boolean;
}

/** Totals of one currency: never added across currencies. */
export interface CurrencyTotals {
  readonly currency: string;
  readonly total: string;
  readonly overdue: string;
  readonly buckets: readonly string[];
  /** Number of open items, when known. */
  readonly itemCount?: number;
}

/** An open item of an expanded customer row. */
export interface ItemRow {
  readonly id: string;
  readonly documentNumber?: string;
  readonly documentDate?: string;
  readonly dueDate: string;
  readonly daysOverdue: number;
  /** Open amount, decimal string (negative for credits). */
  readonly open: string;
  /** Index of the bucket it falls in. */
  readonly bucket: number;
  readonly disputed: boolean;
  readonly kind?: string;
}

/** What aging a set of receivables produced, without the rows. */
export interface AgingSummary {
  readonly asOf: string;
  readonly buckets: readonly AgingBucketDefinition[];
  /** Decimal places of every amount. */
  readonly scale: number;
  /** Totals per currency, in code order. */
  readonly totals: readonly CurrencyTotals[];
}

/**
 * Aged customer rows handed to the table by the host (`report` property): the shape of the
 * server-side report (`AgingReport`), where only `rows` and `buckets` are required. Without
 * `totals`, the table sums the rows exactly.
 */
export interface AgingReportInput {
  readonly asOf?: string;
  readonly buckets: readonly { readonly label?: string; readonly minDays?: number; readonly maxDays?: number }[];
  readonly rows: readonly AgingRow[];
  readonly totals?: readonly CurrencyTotals[];
}
