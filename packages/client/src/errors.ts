import { CreditKitError, type FieldError, type ProblemDetails, type ValidationIssue } from '@credit-kit/core/lean';

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

/**
 * `POST /credit-applications` still answered 409 "a request with this Idempotency-Key is still
 * being processed" when the retries ran out. Nothing was lost and nothing was duplicated: the
 * host holds the first submission; submitting again later with the same key returns its result.
 * Still an `ApiError` with status 409; `code` tells it apart for the wording a form shows.
 */
export class SubmissionInProgressError extends ApiError {
  override name = 'SubmissionInProgressError';
  /** Stable code for i18n: `submission-in-progress`. */
  readonly code = 'submission-in-progress';
  /** Attempts made before giving up. */
  readonly attempts: number;

  constructor(last: ApiError, attempts: number) {
    super(last.endpoint, last.status, last.problem, last.retryAfterMs);
    this.message =
      `${last.endpoint}: the host is still processing an earlier submission with this Idempotency-Key ` +
      `(HTTP 409 after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}). Nothing was lost: submit again later with the same key to get its result.`;
    this.attempts = attempts;
  }
}

/**
 * The host answered with a redirect the client refuses to follow: a write (`POST`) redirected
 * anywhere, or a read that ended on another origin. Following it would send the application, the
 * CSRF token or the idempotency key to a server the host did not configure.
 */
export class RedirectRefusedError extends CreditKitError {
  override name = 'RedirectRefusedError';
  /** The endpoint as method and path template. */
  readonly endpoint: string;
  /** Status of the redirect (0 when the browser hides it as an opaque redirect). */
  readonly status: number;
  /** Where it pointed, when known. */
  readonly location?: string;

  constructor(endpoint: string, status: number, location: string | undefined) {
    super(`${endpoint} was redirected${location ? ` to ${location}` : ''}; the client does not follow redirects to another origin or on writes`);
    this.endpoint = endpoint;
    this.status = status;
    if (location !== undefined) this.location = location;
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
