import * as z from 'zod/mini';
import { DEFAULT_CREDIT_POLICY, agingBucketSchema, type AgingBucket } from '../schemas/policy.js';

/**
 * One aging bucket after validation: inclusive days overdue, a label always present. The first
 * bucket is always `{ label: 'Not due', maxDays: 0 }` (days overdue ≤ 0, no `minDays`); the last
 * is always open-ended (no `maxDays`); in between, each `minDays` is the previous `maxDays` + 1.
 */
export interface AgingBucketDefinition {
  readonly label: string;
  readonly minDays?: number;
  readonly maxDays?: number;
}

/** Where a bucket set is wrong: the path inside the `buckets` array and why, in plain words. */
export interface BucketProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Default label of a bucket: `Not due` for the not-yet-due bucket, `1–30` for a range, `7` for a
 * single day, `Over 365` for an open-ended bucket (`Overdue` when it starts at day 1).
 */
export function defaultBucketLabel(bucket: { minDays?: number; maxDays?: number }): string {
  const { minDays, maxDays } = bucket;
  if (minDays === undefined) return 'Not due';
  if (maxDays === undefined) return minDays === 1 ? 'Overdue' : `Over ${minDays - 1}`;
  return minDays === maxDays ? `${minDays}` : `${minDays}–${maxDays}`;
}

/**
 * Everything wrong with a caller's bucket set, empty when it is usable. Rules: buckets come in
 * ascending order; only the first may leave out `minDays`, and then it must be `{ maxDays: 0 }`
 * (not yet due: it would otherwise mix not-yet-due and overdue items); every other bucket starts
 * at day 1 or later, exactly the day after the previous one ends (no gap, no overlap); only the
 * last may leave out `maxDays`; `minDays ≤ maxDays`.
 */
export function agingBucketProblems(buckets: readonly AgingBucket[]): BucketProblem[] {
  const problems: BucketProblem[] = [];
  buckets.forEach((bucket, index) => {
    const { minDays, maxDays } = bucket;
    if (minDays !== undefined && maxDays !== undefined && maxDays < minDays) {
      problems.push({ path: [index, 'maxDays'], message: `must not be less than minDays (${minDays})` });
    }
    if (index === 0) {
      if (minDays === undefined) {
        if (maxDays !== 0) {
          problems.push({
            path: [index, 'maxDays'],
            message:
              'must be 0 when the first bucket has no minDays: that bucket is "not yet due" (days overdue ≤ 0), ' +
              'which always has a bucket of its own; or give minDays: 1 to start at the first overdue day',
          });
        }
      } else if (minDays < 1) {
        problems.push({
          path: [index, 'minDays'],
          message: 'must be at least 1: days overdue of 0 or less belong to the not-yet-due bucket { maxDays: 0 }',
        });
      } else if (minDays > 1) {
        problems.push({
          path: [index, 'minDays'],
          message: `must be 1: days overdue ${rangeText(1, minDays - 1)} would fall outside every bucket`,
        });
      }
      return;
    }
    const previous = buckets[index - 1]!;
    if (previous.maxDays === undefined) {
      problems.push({
        path: [index - 1, 'maxDays'],
        message: 'is required: only the last bucket may be open-ended',
      });
      return;
    }
    const expected = previous.maxDays + 1;
    if (minDays === undefined) {
      problems.push({
        path: [index, 'minDays'],
        message: `is required: only the first bucket may leave it out; it should be ${expected}, the day after the previous bucket ends`,
      });
    } else if (minDays < expected) {
      problems.push({
        path: [index, 'minDays'],
        message: `overlaps the previous bucket, which ends at day ${previous.maxDays}: it must be ${expected}`,
      });
    } else if (minDays > expected) {
      problems.push({
        path: [index, 'minDays'],
        message: `leaves a gap after the previous bucket, which ends at day ${previous.maxDays}: days overdue ${rangeText(expected, minDays - 1)} would fall outside every bucket; it must be ${expected}`,
      });
    }
  });
  return problems;
}

function rangeText(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/**
 * Completes a valid bucket set so nothing falls outside: prepends `{ label: 'Not due', maxDays: 0 }`
 * when the caller's first bucket starts at day 1, appends an open-ended `Over N` bucket when the
 * caller's last bucket ends at day N, and fills in missing labels with `defaultBucketLabel`.
 * An empty set becomes `[Not due, Overdue]`.
 */
export function completeAgingBuckets(buckets: readonly AgingBucket[]): AgingBucketDefinition[] {
  const out: AgingBucketDefinition[] = [];
  const first = buckets[0];
  if (first === undefined || first.minDays !== undefined) out.push({ label: 'Not due', maxDays: 0 });
  for (const { label, minDays, maxDays } of buckets) {
    const bounds: { minDays?: number; maxDays?: number } = {};
    if (minDays !== undefined) bounds.minDays = minDays;
    if (maxDays !== undefined) bounds.maxDays = maxDays;
    out.push({ label: label ?? defaultBucketLabel(bounds), ...bounds });
  }
  const last = out[out.length - 1]!;
  if (last.maxDays !== undefined) {
    const open = { minDays: last.maxDays + 1 };
    out.push({ label: defaultBucketLabel(open), ...open });
  }
  return out;
}

/** The default buckets: not due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365 days (from `DEFAULT_CREDIT_POLICY`). */
export const DEFAULT_AGING_BUCKETS: readonly AgingBucketDefinition[] = /* @__PURE__ */ completeAgingBuckets(
  DEFAULT_CREDIT_POLICY.agingBuckets,
);

/**
 * Schema of the `buckets` option: the policy's bucket shape, checked with `agingBucketProblems`,
 * completed with `completeAgingBuckets`.
 */
export const agingBucketsSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.array(agingBucketSchema).check(
    /* @__PURE__ */ z.superRefine((buckets, ctx) => {
      for (const problem of agingBucketProblems(buckets)) {
        ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: buckets });
      }
    }),
  ),
  /* @__PURE__ */ z.transform((buckets: AgingBucket[]) => /* @__PURE__ */ completeAgingBuckets(buckets)),
);

/**
 * Bucket index of a days-overdue figure in a completed bucket set: a table for the first days and
 * a search past it. `bucketOf(days)` is what the aging loop inlines.
 */
export class BucketLookup {
  /** `table[d]` = bucket of `d` days overdue, for 0 ≤ d < `table.length`. */
  readonly table: Uint16Array;
  /** First day of the open-ended last bucket. */
  readonly openFrom: number;
  /** Index of the last bucket. */
  readonly last: number;
  private readonly maxDays: readonly number[];

  /** Longest table built; bucket sets reaching further use a search for the far days. */
  static readonly MAX_TABLE = 4096;

  constructor(buckets: readonly AgingBucketDefinition[]) {
    this.last = buckets.length - 1;
    this.openFrom = buckets[this.last]!.minDays ?? 1;
    this.maxDays = buckets.slice(0, -1).map((b) => b.maxDays!);
    const table = new Uint16Array(Math.min(this.openFrom, BucketLookup.MAX_TABLE));
    for (let d = 0; d < table.length; d++) table[d] = this.search(d);
    this.table = table;
  }

  /** Bucket index of `days` overdue (≤ 0 → 0, the not-yet-due bucket). */
  bucketOf(days: number): number {
    if (days <= 0) return 0;
    if (days < this.table.length) return this.table[days]!;
    return this.search(days);
  }

  /** Linear search: the first bucket whose `maxDays` is at least `days`, else the last. */
  search(days: number): number {
    const maxDays = this.maxDays;
    for (let i = 0; i < maxDays.length; i++) if (days <= maxDays[i]!) return i;
    return this.last;
  }
}
