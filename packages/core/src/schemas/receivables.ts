import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { moneyString, nonNegativeMoneyString } from '../money-string.js';
import { boundedArray, CONTRACT_LIMITS, currencyCode, resourceId } from './common.js';

export const RECEIVABLE_KINDS = ['invoice', 'credit_note', 'payment', 'retention'] as const;
export type ReceivableKind = (typeof RECEIVABLE_KINDS)[number];

/** A payment or allocation against an open item. */
export const allocationSchema = z.object({
  date: isoDate,
  amount: nonNegativeMoneyString,
});

/**
 * An open item as the host serves it (`GET /receivables`). `amount` is the positive size of the
 * document; credit notes and payments on account count negative.
 */
export const receivableSchema = z.object({
  id: resourceId,
  customerId: resourceId,
  customerName: z.optional(z.string()),
  documentNumber: z.optional(z.string()),
  documentDate: isoDate,
  dueDate: isoDate,
  amount: nonNegativeMoneyString,
  currency: currencyCode,
  kind: z.optional(z.enum(RECEIVABLE_KINDS)),
  payments: z.optional(boundedArray(allocationSchema, CONTRACT_LIMITS.allocations)),
  disputed: z.optional(z.boolean()),
  salesperson: z.optional(z.string()),
  region: z.optional(z.string()),
});
export type Receivable = z.output<typeof receivableSchema>;

/** One page of `GET /receivables?customerId=&asOf=&cursor=&limit=`; `nextCursor` is null on the last page. */
export const receivablePageSchema = z.object({
  items: boundedArray(receivableSchema, CONTRACT_LIMITS.receivablePageItems),
  nextCursor: z.nullable(z.string()),
  /** Total number of items matching the query, when the host knows it cheaply (for progress bars). */
  total: z.optional(z.int().check(z.gte(0))),
  /**
   * The `partition` (`K/N`) the page belongs to, echoed as the request gave it. A host that
   * supports partitions must echo it; without it the client treats the parameter as ignored.
   */
  partition: z.optional(z.string()),
});
export type ReceivablePage = z.output<typeof receivablePageSchema>;

/** One customer row of a server-side aging report, in one currency. */
export const agingCustomerRowSchema = z.object({
  customerId: resourceId,
  customerName: z.optional(z.string()),
  currency: currencyCode,
  total: moneyString,
  overdue: moneyString,
  /** One amount per bucket of the report, in bucket order. */
  buckets: boundedArray(moneyString, CONTRACT_LIMITS.agingBuckets),
  oldestDueDate: isoDate,
  maxDaysOverdue: z.int().check(z.gte(0)),
  salesperson: z.optional(z.string()),
  region: z.optional(z.string()),
});
export type AgingCustomerRow = z.output<typeof agingCustomerRowSchema>;

/** `GET /receivables/aging?asOf=&groupBy=customer&cursor=&limit=`: aggregated by the host, paged by customer rows. */
export const agingReportSchema = z.object({
  asOf: isoDate,
  buckets: boundedArray(
    z.object({ label: z.string(), minDays: z.optional(z.int()), maxDays: z.optional(z.int()) }),
    CONTRACT_LIMITS.agingBuckets,
  ),
  /** Totals per currency over the whole report (not only this page). */
  totals: boundedArray(
    z.object({ currency: currencyCode, total: moneyString, overdue: moneyString, buckets: boundedArray(moneyString, CONTRACT_LIMITS.agingBuckets) }),
    CONTRACT_LIMITS.currencies,
  ),
  rows: boundedArray(agingCustomerRowSchema, CONTRACT_LIMITS.agingRows),
  nextCursor: z.nullable(z.string()),
  totalRows: z.int().check(z.gte(0)),
});
export type AgingReport = z.output<typeof agingReportSchema>;
