import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { moneyString, nonNegativeMoneyString } from '../money-string.js';
import { boundedArray, currencyCode, resourceId } from './common.js';

export const RECEIVABLE_KINDS = ['invoice', 'credit_note', 'payment', 'retention'] as const;
export type ReceivableKind = (typeof RECEIVABLE_KINDS)[number];

/** A payment or allocation against an open item. */
export const allocationSchema = /* @__PURE__ */ z.object({
  date: isoDate,
  amount: nonNegativeMoneyString,
});

/**
 * An open item as the host serves it (`GET /receivables`). `amount` is the positive size of the
 * document; credit notes and payments on account count negative.
 */
export const receivableSchema = /* @__PURE__ */ z.object({
  id: resourceId,
  customerId: resourceId,
  customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  documentNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  documentDate: isoDate,
  dueDate: isoDate,
  amount: nonNegativeMoneyString,
  currency: currencyCode,
  kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(RECEIVABLE_KINDS)),
  payments: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(allocationSchema, 'allocations')),
  disputed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  salesperson: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type Receivable = z.output<typeof receivableSchema>;

/** One page of `GET /receivables?customerId=&asOf=&cursor=&limit=`; `nextCursor` is null on the last page. */
export const receivablePageSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ boundedArray(receivableSchema, 'receivablePageItems'),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** Total number of items matching the query, when the host knows it cheaply (for progress bars). */
  total: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  /**
   * The `partition` (`K/N`) the page belongs to, echoed as the request gave it. A host that
   * supports partitions must echo it; without it the client treats the parameter as ignored.
   */
  partition: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type ReceivablePage = z.output<typeof receivablePageSchema>;

/** One customer row of a server-side aging report, in one currency. */
export const agingCustomerRowSchema = /* @__PURE__ */ z.object({
  customerId: resourceId,
  customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  currency: currencyCode,
  total: moneyString,
  overdue: moneyString,
  /** One amount per bucket of the report, in bucket order. */
  buckets: /* @__PURE__ */ boundedArray(moneyString, 'agingBuckets'),
  oldestDueDate: isoDate,
  maxDaysOverdue: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  salesperson: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type AgingCustomerRow = z.output<typeof agingCustomerRowSchema>;

/** `GET /receivables/aging?asOf=&groupBy=customer&cursor=&limit=`: aggregated by the host, paged by customer rows. */
export const agingReportSchema = /* @__PURE__ */ z.object({
  asOf: isoDate,
  buckets: /* @__PURE__ */ boundedArray(
    /* @__PURE__ */ z.object({ label: /* @__PURE__ */ z.string(), minDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()), maxDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()) }),
    'agingBuckets',
  ),
  /** Totals per currency over the whole report (not only this page). */
  totals: /* @__PURE__ */ boundedArray(
    /* @__PURE__ */ z.object({ currency: currencyCode, total: moneyString, overdue: moneyString, buckets: /* @__PURE__ */ boundedArray(moneyString, 'agingBuckets') }),
    'currencies',
  ),
  rows: /* @__PURE__ */ boundedArray(agingCustomerRowSchema, 'agingRows'),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  totalRows: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});
export type AgingReport = z.output<typeof agingReportSchema>;
