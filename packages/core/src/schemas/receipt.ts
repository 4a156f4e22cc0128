import * as z from 'zod/mini';
import { timestamp } from './common.js';

/** Identifier of the receipt format; a verifier refuses a format it does not know. */
export const RECEIPT_FORMAT = 'credit-kit-receipt/1';

/** What a receipt records: a rating, a limit computation, a credit check or a decision. */
export const RECEIPT_KINDS = ['rating', 'limit', 'check', 'decision'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/** One step of the working, as recomputed by `verifyReceipt`: compared as text, so to the cent. */
export const receiptStepSchema = z.object({
  /** Stable key, unique within the receipt (`limit.bracket`, `approval.level`). */
  key: z.string().check(z.minLength(1)),
  label: z.string(),
  /** The value as text: amounts with their decimals, flags as `true`/`false`. */
  value: z.string(),
  formula: z.optional(z.string()),
});
export type ReceiptStep = z.output<typeof receiptStepSchema>;

/**
 * A decision receipt: everything needed to recompute a rating, limit, check or decision offline,
 * and a SHA-256 digest of its canonical form (see docs/decision-loop.md). `inputs`, `policy.rules`
 * and `result` are plain JSON (strings, booleans, integers, arrays, objects).
 */
export const receiptSchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  kind: z.enum(RECEIPT_KINDS),
  /** When the receipt was made (part of the digest). */
  issuedAt: timestamp,
  inputs: z.record(z.string(), z.unknown()),
  policy: z.object({
    /** The host's policy version, or `sha256:` and the first 16 hex digits of the rules' canonical digest. */
    version: z.string().check(z.minLength(1)),
    rules: z.record(z.string(), z.unknown()),
  }),
  steps: z.array(receiptStepSchema),
  result: z.record(z.string(), z.unknown()),
  digest: z.object({
    algorithm: z.literal('SHA-256'),
    /** Lower-case hex SHA-256 of the canonical JSON of the receipt without `digest`. */
    value: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
  }),
});
export type Receipt = z.output<typeof receiptSchema>;
