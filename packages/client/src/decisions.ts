import {
  CreditKitValidationError,
  decisionInputSchema,
  isIsoDate,
  LIMIT_REQUEST_STATUSES,
  limitRequestInputSchema,
  parseWith,
  type ApplicationStatus,
  type Decision,
  type DecisionInput,
  type LimitRequest,
  type LimitRequestInput,
  type LimitRequestList,
  type ReviewWorklist,
} from '@credit-kit/core/lean';
import type { QueryPairs } from './queries.js';

/** Query of `listLimitRequests`. */
export interface LimitRequestQuery {
  customerId?: string;
  status?: ApplicationStatus;
}

/** Query of `getReviewWorklist`. */
export interface WorklistQuery {
  /** ISO day; default today (the host's). */
  asOf?: string;
}

/** Options of `createLimitRequest`: one idempotency key per request form, reused for its retries. */
export interface CreateLimitRequestOptions {
  signal?: AbortSignal;
  idempotencyKey: string;
  timeoutMs?: number;
}

/** The decision loop's client methods (part of `CreditKitClient`). */
export interface DecisionMethods {
  /**
   * `POST /limit-requests` with an `Idempotency-Key`: a new limit, an increase, a temporary
   * exception or a renewal. Validated first; retried with the same key like `submitApplication`.
   */
  createLimitRequest(input: LimitRequestInput, options: CreateLimitRequestOptions): Promise<LimitRequest>;
  /** `GET /limit-requests/{id}`, with its audit trail and decision. */
  getLimitRequest(limitRequestId: string, options?: { signal?: AbortSignal }): Promise<LimitRequest>;
  /** `GET /limit-requests?customerId=&status=`, newest first. */
  listLimitRequests(query?: LimitRequestQuery, options?: { signal?: AbortSignal }): Promise<LimitRequestList>;
  /**
   * `POST /credit-applications/{id}/decision`: the decision with its receipt. The backend checks it
   * against its approval policy; a refusal is an `ApiError` 403 whose `problem.refusals` lists each
   * reason (409 when no longer open). Not retried.
   */
  decideApplication(applicationId: string, decision: DecisionInput, options?: { signal?: AbortSignal }): Promise<Decision>;
  /** `POST /limit-requests/{id}/decision`, as `decideApplication`. */
  decideLimitRequest(limitRequestId: string, decision: DecisionInput, options?: { signal?: AbortSignal }): Promise<Decision>;
  /** `GET /reviews/worklist?asOf=`: limits due, overdue or expiring, most urgent first. */
  getReviewWorklist(query?: WorklistQuery, options?: { signal?: AbortSignal }): Promise<ReviewWorklist>;
}

/** The JSON body of a limit request, validated (nothing is sent when it fails). */
export function limitRequestBody(input: LimitRequestInput): string {
  return JSON.stringify(parseWith(limitRequestInputSchema, input, 'limit request'));
}

/** The JSON body of a decision, validated. */
export function decisionBody(input: DecisionInput): string {
  return JSON.stringify(parseWith(decisionInputSchema, input, 'decision'));
}

function fail(subject: string, path: string, message: string): never {
  throw new CreditKitValidationError(subject, [{ path, code: 'invalid', message }]);
}

function checkKeys(subject: string, query: object, allowed: readonly string[]): void {
  for (const key of Object.keys(query)) if (!allowed.includes(key)) fail(subject, key, 'is not a parameter of this query');
}

/** `GET /limit-requests` parameters. */
export function limitRequestQuery(query: LimitRequestQuery | undefined): QueryPairs {
  if (query === undefined) return [];
  checkKeys('limit request query', query, ['customerId', 'status']);
  if (query.customerId !== undefined && (typeof query.customerId !== 'string' || query.customerId === '')) fail('limit request query', 'customerId', 'must be a non-empty string');
  if (query.status !== undefined && !(LIMIT_REQUEST_STATUSES as readonly unknown[]).includes(query.status)) {
    fail('limit request query', 'status', `must be one of ${LIMIT_REQUEST_STATUSES.join(', ')}`);
  }
  return [['customerId', query.customerId], ['status', query.status]];
}

/** `GET /reviews/worklist` parameters. */
export function worklistQuery(query: WorklistQuery | undefined): QueryPairs {
  if (query === undefined) return [];
  checkKeys('worklist query', query, ['asOf']);
  if (query.asOf !== undefined && !isIsoDate(query.asOf)) fail('worklist query', 'asOf', 'must be a date such as "2026-11-25"');
  return [['asOf', query.asOf]];
}
