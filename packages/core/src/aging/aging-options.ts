import * as z from 'zod/mini';
import { parseIsoDay } from '../day-numbers.js';
import { isoDate } from '../dates.js';
import { currencyCode } from '../schemas/common.js';
import { parseWith } from '../validate.js';
import { DEFAULT_AGING_BUCKETS, agingBucketsSchema, type AgingBucketDefinition } from './buckets.js';
import { AGING_SUBJECT } from './fast-validate.js';

/** What days overdue count from: the due date (default) or the document date. */
export const AGING_BASES = ['due', 'document'] as const;
/** `due` or `document`. */
export type AgingBasis = (typeof AGING_BASES)[number];

/** Options of `ageReceivables`. */
export const agingOptionsSchema = /* @__PURE__ */ z.object({
  /** The as-of date, `YYYY-MM-DD`. */
  asOf: isoDate,
  /** `due` (default): days overdue = as-of − due date; `document`: as-of − document date. */
  basis: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(AGING_BASES)),
  /**
   * Custom buckets, ascending and contiguous (see `agingBucketProblems`). A not-yet-due bucket is
   * prepended when the first starts at day 1; an open-ended `Over N` bucket is appended when the
   * last ends at day N. Default: `DEFAULT_AGING_BUCKETS`.
   */
  buckets: /* @__PURE__ */ z.optional(agingBucketsSchema),
  /** Return the per-item results (default true); `false` returns `items: []`, for hosts that only want totals. */
  includeItems: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** Currencies that always get a (possibly all-zero) set of totals, even with no open item. */
  currencies: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(currencyCode)),
});
/** The options as a caller gives them. */
export type AgingOptionsInput = z.input<typeof agingOptionsSchema>;

/** Options after validation, with every default applied. */
export interface ResolvedAgingOptions {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly basis: AgingBasis;
  readonly buckets: readonly AgingBucketDefinition[];
  readonly includeItems: boolean;
  readonly currencies: readonly string[];
}

const optionsArgumentSchema = /* @__PURE__ */ z.object({ options: agingOptionsSchema });

/** Validates the options with `parseWith` (issue paths read `options.asOf`, `options.buckets[1].minDays`). */
export function resolveAgingOptions(options: unknown): ResolvedAgingOptions {
  const parsed = parseWith(optionsArgumentSchema, { options }, AGING_SUBJECT).options;
  return {
    asOf: parsed.asOf,
    asOfDay: parseIsoDay(parsed.asOf),
    basis: parsed.basis ?? 'due',
    buckets: parsed.buckets ?? DEFAULT_AGING_BUCKETS,
    includeItems: parsed.includeItems ?? true,
    currencies: parsed.currencies ?? [],
  };
}
