import { CreditKitValidationError, isIsoDate, WARNING_LEVELS, type ValidationIssue, type WarningLevel } from '@credit-kit/core/lean';
import type { QueryValue } from './url.js';

/** Query of `listCustomers`: free-text search and a 1-based page number. */
export interface CustomerQuery {
  query?: string;
  page?: number;
}

/** Query of `listApplications`. */
export interface ApplicationQuery {
  customerId?: string;
  /** Page number, from 1 (host default 1). */
  page?: number;
  /** Items per page (host default and maximum apply; the mock's are 100 and 200). */
  pageSize?: number;
}

/** Query of `listWarnings`: at least `level`, and/or the given customers (a batch lookup). */
export interface WarningQuery {
  level?: WarningLevel;
  customerId?: string | readonly string[];
}

/** Query of `listReceivables`: `asOf` is an ISO day; `cursor` comes from the previous page's `nextCursor`. */
export interface ReceivableQuery {
  customerId?: string;
  asOf?: string;
  cursor?: string;
  limit?: number;
}

/** Query of `streamReceivables`: which items; the walk chooses cursors, parts and page sizes itself. */
export interface ReceivableStreamQuery {
  customerId?: string;
  asOf?: string;
}

/** Query of `getAgingReport`: aggregated by customer, paged by rows. */
export interface AgingQuery {
  asOf?: string;
  groupBy?: 'customer';
  cursor?: string;
  limit?: number;
}

/** Query parameters in wire order. */
export type QueryPairs = ReadonlyArray<readonly [string, QueryValue]>;

type Check = (value: unknown) => string | undefined;

const text: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const id: Check = (v) => (typeof v === 'string' && v !== '' ? undefined : 'must be a non-empty string');
const positiveInt: Check = (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : 'must be a whole number of at least 1');
const isoDay: Check = (v) => (isIsoDate(v) ? undefined : 'must be a date such as "2026-11-25"');
const level: Check = (v) =>
  (WARNING_LEVELS as readonly unknown[]).includes(v) ? undefined : `must be one of ${WARNING_LEVELS.map((l) => `"${l}"`).join(', ')}`;
const groupBy: Check = (v) => (v === 'customer' ? undefined : 'must be "customer"');
const ids: Check = (v) => {
  if (typeof v === 'string') return id(v);
  if (!Array.isArray(v)) return 'must be a customer id or an array of them';
  return v.every((entry) => id(entry) === undefined) ? undefined : 'must contain only non-empty strings';
};

/**
 * Validates a query object against per-parameter checks and returns its parameters in the
 * order of `checks` (undefined ones are left out later); throws one `CreditKitValidationError`.
 */
function checkQuery(subject: string, query: unknown, checks: Readonly<Record<string, Check>>): QueryPairs {
  if (query === undefined) return [];
  if (!isPlainObject(query)) {
    throw new CreditKitValidationError(subject, [{ path: '', code: 'invalid_type', message: 'must be an object' }]);
  }
  const record = query as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(record)) {
    if (!(key in checks)) issues.push({ path: key, code: 'unrecognized_keys', message: 'is not a parameter of this query' });
  }
  const pairs: (readonly [string, QueryValue])[] = [];
  for (const [key, check] of Object.entries(checks)) {
    const value = record[key];
    if (value === undefined) continue;
    const problem = check(value);
    if (problem) issues.push({ path: key, code: 'invalid', message: problem });
    else pairs.push([key, value as QueryValue]);
  }
  if (issues.length > 0) throw new CreditKitValidationError(subject, issues);
  return pairs;
}

/** `GET /customers` parameters. */
export const customerQuery = (q: CustomerQuery | undefined) => checkQuery('customer query', q, { query: text, page: positiveInt });
/** `GET /credit-applications` parameters. */
export const applicationQuery = (q: ApplicationQuery | undefined) => checkQuery('application query', q, { customerId: id, page: positiveInt, pageSize: positiveInt });
/** `GET /warnings` parameters. */
export const warningQuery = (q: WarningQuery | undefined) => checkQuery('warning query', q, { level, customerId: ids });
/** `GET /receivables` parameters. */
export const receivableQuery = (q: ReceivableQuery | undefined) =>
  checkQuery('receivable query', q, { customerId: id, asOf: isoDay, cursor: text, limit: positiveInt });
/** `GET /receivables` filters of a bulk walk. */
export const receivableStreamQuery = (q: ReceivableStreamQuery | undefined) =>
  checkQuery('receivable stream query', q, { customerId: id, asOf: isoDay });
/** `GET /receivables/aging` parameters; `groupBy` is always sent (default `customer`). */
export const agingQuery = (q: AgingQuery | undefined) =>
  checkQuery('aging query', q === undefined || isPlainObject(q) ? { ...q, groupBy: q?.groupBy ?? 'customer' } : q, {
    asOf: isoDay,
    groupBy,
    cursor: text,
    limit: positiveInt,
  });

function isPlainObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
