import { isIsoDate } from '@credit-kit/core';
import { badRequest } from './problem.js';

/** Bounds of an integer query parameter. */
export interface IntegerParam {
  readonly fallback: number;
  readonly min: number;
  /** Larger values are lowered to this (documented page-size maximums), not refused. */
  readonly max: number;
}

/** An integer query parameter: absent → the fallback; not a whole number or below `min` → 400. */
export function integerParam(url: URL, name: string, { fallback, min, max }: IntegerParam): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw badRequest(`Query parameter ${name} must be a whole number, not "${raw}".`, 'invalid-parameter');
  const value = Number(raw);
  if (value < min) throw badRequest(`Query parameter ${name} must be at least ${min}, not ${raw}.`, 'invalid-parameter');
  return Math.min(value, max);
}

/** A `YYYY-MM-DD` query parameter, or undefined when absent; anything else → 400. */
export function dateParam(url: URL, name: string): string | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (!isIsoDate(raw)) throw badRequest(`Query parameter ${name} must be a real calendar date written YYYY-MM-DD, not "${raw}".`, 'invalid-parameter');
  return raw;
}

/** Every value of a repeatable parameter; comma-separated values are split too. Empty values dropped. */
export function listParam(url: URL, name: string): string[] {
  return url.searchParams.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
