import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { BLACKLIST_STATUSES } from './blacklist.js';
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
  /** Free text from the host, shown as such (not translated). */
  note: z.optional(z.string()),
  /**
   * Parameters of the catalogue's detail text for `code` (core's `signalDetail`): widgets render it
   * in the reader's language, and show `note` only when there is no catalogue text.
   */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
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
  /**
   * The day the host's data (and `level`) is as of. Widgets evaluate the signals on this day when
   * the page gives none, rather than on the browser's today (the data may be as of another day).
   */
  asOf: z.optional(isoDate),
  /**
   * Related group members whose warning puts this customer on the list at their level
   * ("集团关联企业…均按预警级别列入…上报范围", `propagateGroupWarnings`). The shown level is at least theirs.
   */
  propagatedFrom: z.optional(
    z.array(z.object({ customerId: resourceId, customerName: z.optional(z.string()), level: z.enum(WARNING_LEVELS) })),
  ),
  /** The customer's blacklist entry, when it has an open one: status and reason, shown with the level. */
  blacklist: z.optional(z.object({ entryId: z.optional(resourceId), status: z.enum(BLACKLIST_STATUSES), reason: z.string() })),
});
export type WarningStatus = z.output<typeof warningStatusSchema>;

/** `GET /warnings?level=`: customers whose level is at least `level`. */
export const warningListSchema = z.object({
  items: boundedArray(z.object({ ...warningStatusSchema.shape, customerName: z.optional(z.string()) }), CONTRACT_LIMITS.warningListItems),
});
export type WarningList = z.output<typeof warningListSchema>;
