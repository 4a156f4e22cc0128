import * as z from 'zod/mini';
import { isIsoCurrency } from '../currencies.js';
import type { ConsistencyIssue } from '../financial-consistency.js';
import { CONTRACT_LIMITS, CURRENCY_CODE_PATTERN, RESOURCE_ID_PATTERN } from './limits.js';

export * from './limits.js';

/** An array of at most `max` entries: past it, one `too_big` issue at the array's path. */
export function boundedArray<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max));
}

const CURRENCY_MESSAGE = 'must be an ISO 4217 currency code such as "CNY"';
/** ISO 4217 currency code in circulation, e.g. `CNY` (not `XYZ`). */
export const currencyCode = z.string().check(z.regex(CURRENCY_CODE_PATTERN, CURRENCY_MESSAGE), z.refine(isIsoCurrency, CURRENCY_MESSAGE));

/** Reports core's consistency issues as zod issues, under `prefix`, keeping each rule's own code. */
export function pushConsistencyIssues(
  ctx: { issues: unknown[] },
  prefix: readonly (string | number)[],
  found: readonly (ConsistencyIssue | undefined)[],
): void {
  for (const issue of found) {
    if (!issue) continue;
    ctx.issues.push({ code: 'custom', path: [...prefix, ...issue.path], message: issue.message, params: { ...issue.params, code: issue.code }, input: undefined });
  }
}

/** A non-empty trimmed text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'is required'),
    z.maxLength(max, `must be at most ${max} characters`),
  );
}

/** Identifier as used in URLs: letters, digits, `-`, `_`, `.`; 1–64 characters. */
export const resourceId = z.string().check(
  z.regex(RESOURCE_ID_PATTERN, 'must be an identifier of letters, digits, ".", "-" or "_" (at most 64)'),
);

/** RFC 3339 timestamp with a time zone, e.g. `2026-11-25T03:08:00Z`. */
export const timestamp = z.iso.datetime({ offset: true, error: 'must be a timestamp such as "2026-11-25T03:08:00Z"' });

/** One field-level error inside a 422 problem document. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details (`application/problem+json`); `errors` carries field errors on 422. */
export const problemDetailsSchema = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(boundedArray(fieldErrorSchema, CONTRACT_LIMITS.fieldErrors)),
});
export type ProblemDetails = z.output<typeof problemDetailsSchema>;
export type FieldError = z.output<typeof fieldErrorSchema>;
