import { isIsoDate } from './day-numbers.js';
import { CreditKitError } from './errors.js';

/**
 * How the contract's query parameters are read, once for every backend (the mock and the credit
 * service turn a `QueryParamError` into their 400 problem document).
 */
export class QueryParamError extends CreditKitError {
  override name = 'QueryParamError';
  constructor(
    /** The parameter's name. */
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

/** The query of a request: `URLSearchParams` (core has no DOM types, so only what it reads). */
export interface QueryParams {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** Bounds of an integer query parameter. */
export interface IntegerParamBounds {
  readonly fallback: number;
  readonly min: number;
  /** Larger values are lowered to this (documented page-size maximums), not refused. */
  readonly max: number;
}

/** An integer parameter: absent → the fallback; not a whole number or below `min` → `QueryParamError`; above `max` → `max`. */
export function readIntegerParam(params: QueryParams, name: string, { fallback, min, max }: IntegerParamBounds): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new QueryParamError(name, `Query parameter ${name} must be a whole number, not "${raw}".`);
  const value = Number(raw);
  if (value < min) throw new QueryParamError(name, `Query parameter ${name} must be at least ${min}, not ${raw}.`);
  return Math.min(value, max);
}

/** A `YYYY-MM-DD` parameter, or undefined when absent; anything else → `QueryParamError`. */
export function readDateParam(params: QueryParams, name: string): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!isIsoDate(raw)) throw new QueryParamError(name, `Query parameter ${name} must be a real calendar date written YYYY-MM-DD, not "${raw}".`);
  return raw;
}

/** Every value of a repeatable parameter; comma-separated values are split too, empty ones dropped. */
export function readListParam(params: QueryParams, name: string): string[] {
  return params.getAll(name).flatMap((v: string) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
