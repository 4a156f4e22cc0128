import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { isReleasedNotBeforeRaised } from './warning-levels.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { BLACKLIST_STATUSES } from './blacklist.js';
import { boundedArray, objectWith, resourceId, timestamp } from './common.js';

import { SIGNAL_SEVERITIES, WARNING_LEVELS } from './warning-levels.js';

export { isReleasedNotBeforeRaised, SIGNAL_SEVERITIES, WARNING_LEVELS, type SignalSeverity, type WarningLevel } from './warning-levels.js';

const CODE_MESSAGE = 'must be a signal code such as "collateral-value-down"';
const SEVERITY_MESSAGE = 'must be "severe", "major" or "ordinary"';
const CATEGORY_MESSAGE = 'must be a category code such as "financial"';

/** A signal's code: trimmed, 1–100 characters (catalogue codes and a host's own alike). */
export const signalCodeSchema = /* @__PURE__ */ z.string({ error: CODE_MESSAGE }).check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1, CODE_MESSAGE), /* @__PURE__ */ z.maxLength(100, 'must be at most 100 characters'));
export const signalSeveritySchema = /* @__PURE__ */ z.enum(SIGNAL_SEVERITIES, { error: SEVERITY_MESSAGE });
export const signalCategorySchema = /* @__PURE__ */ z.string({ error: CATEGORY_MESSAGE }).check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1, CATEGORY_MESSAGE));
/**
 * Parameters of the catalogue's detail text for a signal's code (core's `signalDetail`): widgets render
 * it in the reader's language, and show the signal's `note` only when there is no catalogue text.
 */
export const signalParamsSchema = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()]));
/** A signal is not released before it was raised. */
export const releasedNotBeforeRaised = /* @__PURE__ */ z.refine<{ raisedOn: string; releasedOn?: string | undefined }>(isReleasedNotBeforeRaised, { message: 'must not be before raisedOn', path: ['releasedOn'] });

/**
 * One early-warning signal as the host serves it. Every field is checked as `warningSignalSchema`
 * (core's input to `evaluateWarning`) checks it, amounts as strings only: a status that passes
 * `warningStatusSchema` can be assessed without validating its signals again (`assessWarningStatus`).
 */
export const warningSignalWireSchema = /* @__PURE__ */ z
  .object({
    code: signalCodeSchema,
    severity: signalSeveritySchema,
    category: /* @__PURE__ */ z.optional(signalCategorySchema),
    raisedOn: isoDate,
    releasedOn: /* @__PURE__ */ z.optional(isoDate),
    /** Amount at stake, when one applies. */
    amount: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
    /** Free text from the host, shown as such (not translated). */
    note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    params: /* @__PURE__ */ z.optional(signalParamsSchema),
  })
  .check(releasedNotBeforeRaised);
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
