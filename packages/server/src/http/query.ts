import { QueryParamError, readDateParam, readIntegerParam, readListParam, resourceId, type IntegerParamBounds } from '@credit-kit/core';
import { badRequest, notFound } from './problem.js';

/** Bounds of an integer query parameter (core's `IntegerParamBounds`). */
export type IntegerParam = IntegerParamBounds;

/** Reads with core's rule; a bad value answers 400 `invalid-parameter` with core's sentence. */
function asBadRequest<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof QueryParamError) throw badRequest(error.message, 'invalid-parameter');
    throw error;
  }
}

/** An integer query parameter (core's `readIntegerParam`). */
export function integerParam(url: URL, name: string, bounds: IntegerParam): number {
  return asBadRequest(() => readIntegerParam(url.searchParams, name, bounds));
}

/** A `YYYY-MM-DD` query parameter, or undefined when absent (core's `readDateParam`). */
export function dateParam(url: URL, name: string): string | undefined {
  return asBadRequest(() => readDateParam(url.searchParams, name));
}

/** Every value of a repeatable parameter (core's `readListParam`). */
export function listParam(url: URL, name: string): string[] {
  return readListParam(url.searchParams, name);
}

/**
 * A path id checked with core's `resourceId`. An id that could never exist answers like an
 * unknown one (404), so a malformed id tells a caller nothing more than an absent one.
 */
export function pathId(value: string | undefined, what: string): string {
  const parsed = resourceId.safeParse(value);
  if (!parsed.success) throw notFound(`No ${what} ${JSON.stringify(value ?? '')}.`);
  return parsed.data;
}
