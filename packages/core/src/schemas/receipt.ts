import * as z from 'zod/mini';
import { timestamp } from './common.js';

/** Identifier of the receipt format; a verifier refuses a format it does not know. */
export const RECEIPT_FORMAT = 'credit-kit-receipt/1';

/** What a receipt records: a rating, a limit computation, a credit check or a decision. */
export const RECEIPT_KINDS = ['rating', 'limit', 'check', 'decision'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/** One step of the working, as recomputed by `verifyReceipt`: compared as text, so to the cent. */
export const receiptStepSchema = /* @__PURE__ */ z.object({
  /** Stable key, unique within the receipt (`limit.bracket`, `approval.level`). */
  key: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  label: /* @__PURE__ */ z.string(),
  /** The value as text: amounts with their decimals, flags as `true`/`false`. */
  value: /* @__PURE__ */ z.string(),
  formula: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type ReceiptStep = z.output<typeof receiptStepSchema>;

/**
 * A decision receipt: everything needed to recompute a rating, limit, check or decision offline,
 * and a SHA-256 digest of its canonical form (see docs/decision-loop.md). `inputs`, `policy.rules`
 * and `result` are plain JSON (strings, booleans, integers, arrays, objects).
 */
export const receiptSchema = /* @__PURE__ */ z.object({
  format: /* @__PURE__ */ z.literal(RECEIPT_FORMAT),
  kind: /* @__PURE__ */ z.enum(RECEIPT_KINDS),
  /** When the receipt was made (part of the digest). */
  issuedAt: timestamp,
  inputs: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()),
  policy: /* @__PURE__ */ z.object({
    /** The host's policy version, or `sha256:` and the first 16 hex digits of the rules' canonical digest. */
    version: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    rules: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()),
  }),
  steps: /* @__PURE__ */ z.array(receiptStepSchema),
  result: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()),
  digest: /* @__PURE__ */ z.object({
    algorithm: /* @__PURE__ */ z.literal('SHA-256'),
    /** Lower-case hex SHA-256 of the canonical JSON of the receipt without `digest`. */
    value: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
  }),
});
export type Receipt = z.output<typeof receiptSchema>;
