import { CreditKitError, type FieldError, type ProblemDetails, type ValidationIssue } from '@credit-kit/core';

/**
 * The host answered with a non-success status. `problem` holds the RFC 9457 problem details
 * (parsed leniently: whatever valid members the body had, plus `status`); `fieldErrors` the
 * per-field errors of a 422.
 */
export class ApiError extends CreditKitError {
  override name = 'ApiError';
  /** The endpoint as method and path template, e.g. `GET /customers/{id}`. */
  readonly endpoint: string;
  /** HTTP status code. */
  readonly status: number;
  /** Problem details from the body; at least `{ status }` when the body was not a problem document. */
  readonly problem: ProblemDetails;
  /** Field errors of a 422 (`problem.errors`), empty otherwise. */
  readonly fieldErrors: readonly FieldError[];
  /** Delay the host asked for with `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs?: number;

  constructor(endpoint: string, status: number, problem: ProblemDetails, retryAfterMs?: number) {
    const summary = problem.detail ?? problem.title;
    super(`${endpoint} failed with HTTP ${status}${summary ? `: ${summary}` : ''}`);
    this.endpoint = endpoint;
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors ?? [];
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** The request never got a response: offline, DNS, CORS refusal, connection reset. `cause` is what `fetch` threw. */
export class NetworkError extends CreditKitError {
  override name = 'NetworkError';
  /** The endpoint as method and path template. */
  readonly endpoint: string;

  constructor(endpoint: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${endpoint} failed: network error (${reason})`, { cause });
    this.endpoint = endpoint;
  }
}

/** No complete response arrived within `timeoutMs` (one attempt; retries get their own). */
export class TimeoutError extends CreditKitError {
  override name = 'TimeoutError';
  /** The endpoint as method and path template. */
  readonly endpoint: string;
  /** The time limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(endpoint: string, timeoutMs: number) {
    super(`${endpoint} timed out: no complete response within ${timeoutMs} ms`);
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The host answered with a success status but a body that breaks the contract: not JSON, or
 * JSON that fails the `@credit-kit/core` schema. `issues` names each bad path and why.
 */
export class ResponseValidationError extends CreditKitError {
  override name = 'ResponseValidationError';
  /** The endpoint as method and path template. */
  readonly endpoint: string;
  /** HTTP status of the offending response. */
  readonly status: number;
  /** Each offending path (dotted, empty for the body itself) with the reason. */
  readonly issues: readonly ValidationIssue[];

  constructor(endpoint: string, status: number, issues: readonly ValidationIssue[]) {
    const list = issues.map((issue) => `${issue.path || 'body'} ${issue.message}`).join('; ');
    super(`Response of ${endpoint} breaks the contract: ${list}`);
    this.endpoint = endpoint;
    this.status = status;
    this.issues = issues;
  }
}

/** Why a walk over cursor pages was stopped (`PaginationError.reason`). */
export type PaginationStop = 'cursor_loop' | 'empty_pages' | 'max_pages' | 'max_items' | 'page_too_large';

/**
 * The host's pages would never end, or exceed the walk's bounds: a cursor seen before, too many
 * empty pages in a row, more pages or items than allowed, or a page larger than asked. A kind of
 * `ResponseValidationError` (the contract says pages end), with the bound that was hit.
 */
export class PaginationError extends ResponseValidationError {
  override name = 'PaginationError';
  /** Which bound stopped the walk. */
  readonly reason: PaginationStop;
  /** The bound (pages, items, empty pages in a row, items per page); 0 for a cursor loop. */
  readonly limit: number;

  constructor(endpoint: string, reason: PaginationStop, limit: number, message: string) {
    super(endpoint, 200, [{ path: reason === 'page_too_large' ? 'items' : 'nextCursor', code: reason, message }]);
    this.reason = reason;
    this.limit = limit;
  }
}
