import * as z from 'zod/mini';

/**
 * The compact bulk form of `GET /receivables` pages, negotiated by `Accept`: the same items as the
 * JSON page, held column by column (one array per field) so field names are not repeated a
 * million times and repeated values (customer, dates, currency) can be sent once. Amounts stay
 * exact decimal strings. A host that does not know the media type answers plain JSON pages, which
 * the client also reads.
 */
export const RECEIVABLE_COLUMNS_MEDIA_TYPE = 'application/vnd.credit-kit.receivables-columns+json';

/** The largest `limit` the contract lets a client ask of `GET /receivables`; a host may serve fewer. */
export const RECEIVABLE_PAGE_MAX_LIMIT = 10_000;

/** The largest `N` of `partition=K/N` on `GET /receivables`. */
export const RECEIVABLE_PARTITIONS_MAX = 64;

/** `partition=K/N`: part `K` (0 … N−1) of `N`. */
export const PARTITION_PATTERN = /^(0|[1-9]\d{0,2})\/([1-9]\d{0,2})$/;

/** Parses `K/N` (0 ≤ K < N ≤ `RECEIVABLE_PARTITIONS_MAX`); undefined when it is anything else. */
export function parsePartition(text: string): { index: number; count: number } | undefined {
  const match = PARTITION_PATTERN.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]), count = Number(match[2]);
  return index < count && count <= RECEIVABLE_PARTITIONS_MAX ? { index, count } : undefined;
}

/** Scalar fields of an item, in the order of `receivableSchema`; `payments` is the one list field. */
export const RECEIVABLE_SCALAR_COLUMNS = [
  'id', 'customerId', 'customerName', 'documentNumber', 'documentDate', 'dueDate', 'amount', 'currency', 'kind',
  'disputed', 'salesperson', 'region',
] as const;
export type ReceivableScalarColumn = (typeof RECEIVABLE_SCALAR_COLUMNS)[number];

/** One value per item, `null` where the item has no such field; or dictionary-coded. */
function column<T extends z.ZodMiniType>(value: T) {
  return z.union([
    z.array(z.nullable(value)),
    z.object({
      /** Each distinct value once. */
      values: z.array(value),
      /** Per item: the position of its value in `values`, or `null` where the item has no such field. */
      index: z.array(z.nullable(z.int().check(z.gte(0)))),
    }),
  ]);
}

/** A payment in the compact form: `[date, amount]`. */
const paymentTuple = /* @__PURE__ */ z.tuple([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string()]);

/**
 * `GET /receivables` with `Accept: application/vnd.credit-kit.receivables-columns+json`. Every
 * column has `count` entries (a dictionary column: `count` indexes); a column left out means no
 * item has that field. Decoded item by item, it must give exactly the items of the JSON page, which
 * are then held to `receivableSchema` like any page.
 */
export const receivableColumnsPageSchema = /* @__PURE__ */ z.object({
  count: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  columns: /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    customerId: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    documentNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    documentDate: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    dueDate: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    amount: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    currency: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    kind: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    disputed: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.boolean())),
    salesperson: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    region: /* @__PURE__ */ z.optional(/* @__PURE__ */ column(/* @__PURE__ */ z.string())),
    /** Per item `null` (no payments) or a list of `[date, amount]`. */
    payments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(paymentTuple)))),
  }),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  total: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  /** The `partition` the page belongs to, echoed as asked (`K/N`). */
  partition: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type ReceivableColumnsPage = z.output<typeof receivableColumnsPageSchema>;
export type ReceivableColumn = (string | boolean | null)[] | { values: (string | boolean)[]; index: (number | null)[] };
