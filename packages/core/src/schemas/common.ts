import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';
import { isIsoCurrency } from '../currencies.js';
import type { ConsistencyIssue } from '../financial-consistency.js';
import { CONTRACT_LIMITS, CURRENCY_CODE_PATTERN, RESOURCE_ID_PATTERN, TEXT_LIMITS, type ContractLimitName, type TextLimitName } from './limits.js';

export * from './limits.js';

// Schema factories take a limit's name rather than `'x'`: a property read in a
// top-level schema's arguments counts as a side effect to bundlers, which then keep the schema (and
// everything it references) on pages that never use it.

/** An array of at most `max` entries (a number or a `CONTRACT_LIMITS` name): past it, one `too_big` issue at the array's path. */
export function boundedArray<T extends z.ZodMiniType>(item: T, max: number | ContractLimitName) {
  return z.array(item).check(z.maxLength(typeof max === 'number' ? max : CONTRACT_LIMITS[max]));
}

const CURRENCY_MESSAGE = 'must be an ISO 4217 currency code such as "CNY"';
/** ISO 4217 currency code in circulation, e.g. `CNY` (not `XYZ`). */
export const currencyCode = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(CURRENCY_CODE_PATTERN, CURRENCY_MESSAGE), /* @__PURE__ */ z.refine(isIsoCurrency, CURRENCY_MESSAGE));

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

/** A non-empty trimmed text of at most `limit` characters (a number or a `TEXT_LIMITS` name). */
export function requiredText(limit: number | TextLimitName) {
  const max = typeof limit === 'number' ? limit : TEXT_LIMITS[limit];
  return z.string().check(
    z.trim(),
    z.minLength(1, 'is required'),
    z.maxLength(max, `must be at most ${max} characters`),
  );
}

/**
 * An object schema with `base`'s fields (not its checks) and `extra`'s, `extra` winning: what
 * `z.object({ ...base.shape, ...extra })` builds, without a spread bundlers would count as a side effect.
 */
export function objectWith<S extends z.core.$ZodShape, E extends z.core.$ZodShape>(base: { readonly shape: S }, extra: E) {
  return z.object({ ...base.shape, ...extra } as z.core.util.Extend<S, E>);
}

/** `schema.check(...checks)`, as a call bundlers may drop when unused (a method read off an imported schema is a side effect to them). */
export function refined<T extends z.ZodMiniType>(schema: T, ...checks: z.core.CheckFn<z.output<T>>[] | z.core.$ZodCheck<z.output<T>>[]): T {
  return schema.check(...(checks as never[]));
}

/** A text of at most `TEXT_LIMITS[name]` characters, untrimmed (for optional fields). */
export function limitedText(name: TextLimitName) {
  return z.string().check(z.maxLength(TEXT_LIMITS[name]));
}

/** Identifier as used in URLs: letters, digits, `-`, `_`, `.`; 1–64 characters. */
export const resourceId = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(RESOURCE_ID_PATTERN, 'must be an identifier of letters, digits, ".", "-" or "_" (at most 64)'),
);

/**
 * RFC 3339 timestamp with a time zone, e.g. `2026-11-25T03:08:00Z`.
 * Built from the format's class rather than `z.iso.*`: reading the `iso` namespace keeps all four ISO
 * formats (and their patterns) in a bundle.
 */
export const timestamp = /* @__PURE__ */ _isoDateTime(z.ZodMiniISODateTime, { offset: true, error: 'must be a timestamp such as "2026-11-25T03:08:00Z"' });

/** One field-level error inside a 422 problem document. */
export const fieldErrorSchema = /* @__PURE__ */ z.object({
  path: /* @__PURE__ */ z.string(),
  code: /* @__PURE__ */ z.string(),
  message: /* @__PURE__ */ z.string(),
});

/** RFC 9457 problem details (`application/problem+json`); `errors` carries field errors on 422. */
export const problemDetailsSchema = /* @__PURE__ */ z.looseObject({
  type: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  detail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  instance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  errors: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(fieldErrorSchema, 'fieldErrors')),
});
export type ProblemDetails = z.output<typeof problemDetailsSchema>;
export type FieldError = z.output<typeof fieldErrorSchema>;
