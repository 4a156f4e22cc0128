import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { BLACKLIST_STATUSES } from './blacklist.js';
import { boundedArray, objectWith, resourceId, timestamp } from './common.js';

export const WARNING_LEVELS = ['none', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const SIGNAL_SEVERITIES = ['severe', 'ordinary', 'major'] as const;
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];

/** One early-warning signal as the host serves it. */
export const warningSignalWireSchema = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  severity: /* @__PURE__ */ z.enum(SIGNAL_SEVERITIES),
  category: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  raisedOn: isoDate,
  releasedOn: /* @__PURE__ */ z.optional(isoDate),
  /** Amount at stake, when one applies. */
  amount: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  /** Free text from the host, shown as such (not translated). */
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /**
   * Parameters of the catalogue's detail text for `code` (core's `signalDetail`): widgets render it
   * in the reader's language, and show `note` only when there is no catalogue text.
   */
  params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()]))),
});
export type WarningSignalWire = z.output<typeof warningSignalWireSchema>;

/**
 * `GET /customers/{id}/warning`. `level` is optional: a host that sends only signals lets the
 * widgets compute the level with `evaluateWarning`.
 */
export const warningStatusSchema = /* @__PURE__ */ z.object({
  customerId: resourceId,
  level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(WARNING_LEVELS)),
  signals: /* @__PURE__ */ boundedArray(warningSignalWireSchema, 'warningSignals'),
  evaluatedAt: /* @__PURE__ */ z.optional(timestamp),
  /**
   * The day the host's data (and `level`) is as of. Widgets evaluate the signals on this day when
   * the page gives none, rather than on the browser's today (the data may be as of another day).
   */
  asOf: /* @__PURE__ */ z.optional(isoDate),
  /**
   * Related group members whose warning puts this customer on the list at their level
   * ("集团关联企业…均按预警级别列入…上报范围", `propagateGroupWarnings`). The shown level is at least theirs.
   */
  propagatedFrom: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ customerId: resourceId, customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()), level: /* @__PURE__ */ z.enum(WARNING_LEVELS) })),
  ),
  /** The customer's blacklist entry, when it has an open one: status and reason, shown with the level. */
  blacklist: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ entryId: /* @__PURE__ */ z.optional(resourceId), status: /* @__PURE__ */ z.enum(BLACKLIST_STATUSES), reason: /* @__PURE__ */ z.string() })),
});
export type WarningStatus = z.output<typeof warningStatusSchema>;

/** `GET /warnings?level=`: customers whose level is at least `level`. */
export const warningListSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ boundedArray(/* @__PURE__ */ objectWith(warningStatusSchema, { customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()) }), 'warningListItems'),
});
export type WarningList = z.output<typeof warningListSchema>;
