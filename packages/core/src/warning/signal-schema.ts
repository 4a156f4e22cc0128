import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { objectWith } from '../schemas/common.js';
import { nonNegativeMoneyInput, nonNegativeMoneyString } from '../money-string.js';
import {
  releasedNotBeforeRaised,
  signalCategorySchema,
  signalCodeSchema,
  signalParamsSchema,
  signalSeveritySchema,
  WARNING_LEVELS,
} from '../schemas/warning-status.js';
import { WARNING_ACTIONS } from './catalogue-entries.js';

/** Schema of a warning level. */
export const warningLevelSchema = /* @__PURE__ */ z.enum(WARNING_LEVELS);
/** Schema of a warning action. */
export const warningActionSchema = /* @__PURE__ */ z.enum(WARNING_ACTIONS);

function signalShape<A extends z.ZodMiniType>(amount: A) {
  return {
    /** Host's identifier of this signal instance (for lists and audit), if any. */
    id: z.optional(z.string()),
    /** A catalogue code (`SIGNAL_CATALOGUE`) or the host's own. */
    code: signalCodeSchema,
    /** Authoritative: the escalation rules use this, not the catalogue's severity. */
    severity: signalSeveritySchema,
    /** Day the signal was raised; it counts from this day on. */
    raisedOn: isoDate,
    /** Day it was released 解除; from this day on it no longer counts. */
    releasedOn: z.optional(isoDate),
    /** Overrides the catalogue's category; needed to place a host's own code. */
    category: z.optional(signalCategorySchema),
    /** Amount at stake, a decimal string. */
    amount: z.optional(amount),
    /** Free text shown with the signal (a host's own words, shown as such). */
    note: z.optional(z.string()),
    /** Parameters of the catalogue's detail text for `code` (see `signalDetail`), rendered in the reader's language. */
    params: z.optional(signalParamsSchema),
  };
}


/** Function-input schema of one warning signal: the amount may also be a number. */
export const warningSignalSchema = /* @__PURE__ */ z.object(/* @__PURE__ */ signalShape(nonNegativeMoneyInput)).check(releasedNotBeforeRaised);
/** A warning signal as a caller may give it. */
export type WarningSignalInput = z.input<typeof warningSignalSchema>;
/** A validated warning signal (amount as a decimal string). */
export type WarningSignal = z.output<typeof warningSignalSchema>;

/** Options of `evaluateWarning`. */
export const evaluateWarningOptionsSchema = /* @__PURE__ */ z.object({
  /** Day to evaluate on; defaults to today. */
  asOf: /* @__PURE__ */ z.optional(isoDate),
  /**
   * Severity of `adverse-policy-change`, whatever the signal says. The sources conflict: 003 第二十条(十一)
   * lists "国家出台了不利于企业的法规政策" as an ordinary signal, the 重大事项 list ("外部政策不利于贷款客户的变动")
   * as a red major event reported within 24 h. Default `major` (the major-event reading).
   */
  adversePolicySeverity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['major', 'ordinary'])),
});
/** Options of `evaluateWarning` as a caller gives them. */
export type EvaluateWarningOptions = z.input<typeof evaluateWarningOptionsSchema>;

const localizedLabelsSchema = /* @__PURE__ */ z.object({ en: /* @__PURE__ */ z.string(), 'zh-CN': /* @__PURE__ */ z.string() });

/** Schema of a signal in an evaluation result (amount as a decimal string). */
export const evaluatedSignalSchema = /* @__PURE__ */ objectWith({ shape: /* @__PURE__ */ signalShape(nonNegativeMoneyString) }, {
  /** Labels from the catalogue, or the code itself for a host's own code. */
  labels: localizedLabelsSchema,
  /** Whether the code is in the catalogue. */
  known: /* @__PURE__ */ z.boolean(),
  /** How many given signals with this code were merged into this one. */
  occurrences: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
});

/** Schema of the result of `evaluateWarning`, e.g. for a host that serves evaluations. */
export const warningEvaluationSchema = /* @__PURE__ */ z.object({
  asOf: isoDate,
  level: warningLevelSchema,
  reasons: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  action: warningActionSchema,
  /** Present (24) when a major event is active: it must be reported within that many hours. */
  reportWithinHours: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  counts: /* @__PURE__ */ z.object({
    severe: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
    major: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
    ordinary: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  }),
  active: /* @__PURE__ */ z.array(evaluatedSignalSchema),
  released: /* @__PURE__ */ z.array(evaluatedSignalSchema),
});
