import { isIsoDate, resourceId } from '@credit-kit/core';
import { badRequest, notFound } from './problem.js';

/** Bounds of an integer query parameter: absent → `fallback`; below `min` or not whole → 400; above `max` → `max`. */
export interface IntegerParam {
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
}

export function integerParam(url: URL, name: string, { fallback, min, max }: IntegerParam): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw badRequest(`Query parameter ${name} must be a whole number, not "${raw}".`, 'invalid-parameter');
  const value = Number(raw);
  if (value < min) throw badRequest(`Query parameter ${name} must be at least ${min}, not ${raw}.`, 'invalid-parameter');
  return Math.min(value, max);
}

/** A `YYYY-MM-DD` query parameter (core's `isIsoDate`), or undefined when absent; anything else → 400. */
export function dateParam(url: URL, name: string): string | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (!isIsoDate(raw)) throw badRequest(`Query parameter ${name} must be a real calendar date written YYYY-MM-DD, not "${raw}".`, 'invalid-parameter');
  return raw;
}

/** Every value of a repeatable parameter; comma-separated values split too, empty ones dropped. */
export function listParam(url: URL, name: string): string[] {
  return url.searchParams.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
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
