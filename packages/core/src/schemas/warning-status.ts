import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { nonNegativeMoneyString } from '../money.js';
import { boundedArray, CONTRACT_LIMITS, resourceId, timestamp } from './common.js';

export const WARNING_LEVELS = ['none', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const SIGNAL_SEVERITIES = ['severe', 'ordinary', 'major'] as const;
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];

/** One early-warning signal as the host serves it. */
export const warningSignalWireSchema = z.object({
  code: z.string().check(z.minLength(1)),
  severity: z.enum(SIGNAL_SEVERITIES),
  category: z.optional(z.string()),
  raisedOn: isoDate,
  releasedOn: z.optional(isoDate),
  /** Amount at stake, when one applies. */
  amount: z.optional(nonNegativeMoneyString),
  note: z.optional(z.string()),
});
export type WarningSignalWire = z.output<typeof warningSignalWireSchema>;

/**
 * `GET /customers/{id}/warning`. `level` is optional: a host that sends only signals lets the
 * widgets compute the level with `evaluateWarning`.
 */
export const warningStatusSchema = z.object({
  customerId: resourceId,
  level: z.optional(z.enum(WARNING_LEVELS)),
  signals: boundedArray(warningSignalWireSchema, CONTRACT_LIMITS.warningSignals),
  evaluatedAt: z.optional(timestamp),
});
export type WarningStatus = z.output<typeof warningStatusSchema>;

/** `GET /warnings?level=`: customers whose level is at least `level`. */
export const warningListSchema = z.object({
  items: boundedArray(z.object({ ...warningStatusSchema.shape, customerName: z.optional(z.string()) }), CONTRACT_LIMITS.warningListItems),
});
export type WarningList = z.output<typeof warningListSchema>;
