import * as z from 'zod/mini';
import { nonNegativeMoneyInput } from '../money-string.js';
import { allocationSchema, receivableSchema } from '../schemas/receivables.js';

/**
 * Function-input forms of the receivable wire schemas (`receivableSchema`, `allocationSchema` in
 * `schemas/receivables.ts`): the same fields and rules, except that amounts may also be given as
 * finite numbers (and decimal strings are trimmed); after parsing, every amount is a decimal string.
 */

/** A payment or allocation against an open item, as `ageReceivables` accepts it. */
export const allocationInputSchema = /* @__PURE__ */ z.extend(allocationSchema, { amount: nonNegativeMoneyInput });

/**
 * An open item as `ageReceivables` accepts it: id, customerId, customerName?, documentDate,
 * dueDate, amount (the positive size; credit notes and payments on account count negative),
 * currency (ISO 4217), kind?, payments?, disputed?, and the wire-only fields aging ignores
 * (documentNumber?, salesperson?, region?). Unknown fields are ignored.
 */
export const receivableInputSchema = /* @__PURE__ */ z.extend(receivableSchema, {
  amount: nonNegativeMoneyInput,
  payments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(allocationInputSchema)),
});
/** An open item as a caller gives it to `ageReceivables` (amounts as strings or numbers). */
export type ReceivableInput = z.input<typeof receivableInputSchema>;
/** An open item after parsing: every amount a decimal string. */
export type ParsedReceivable = z.output<typeof receivableInputSchema>;

/**
 * The `items` argument of `ageReceivables`, wrapped so issue paths name it: `items[2].dueDate`.
 * Every validation error of the items, on the fast path or not, is the one `parseWith` gives for
 * `{ items }` against this schema.
 */
export const receivablesArgumentSchema = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(receivableInputSchema) });
