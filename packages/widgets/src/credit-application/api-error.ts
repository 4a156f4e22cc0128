import type { FieldError } from '@credit-kit/core/lean';

/** What the form reads of a failure from the client: an `ApiError`'s status, field errors and problem type. */
export interface ApiErrorShape {
  readonly status?: number;
  readonly fieldErrors?: readonly FieldError[];
  readonly problem?: { readonly type?: string };
}

/**
 * `error` as the client's `ApiError` (an HTTP error answer), or `undefined` for anything else (a
 * lost connection, a validation error). Read by shape, not `instanceof`: a page may load two
 * copies of the client.
 */
export function apiError(error: unknown): ApiErrorShape | undefined {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ApiError' ? (error as ApiErrorShape) : undefined;
}

/**
 * Whether `error` is the client's `SubmissionInProgressError`: the host still answered 409 "being
 * processed" for this idempotency key when the retries ran out. Read by shape, as `apiError`.
 */
export function submissionInProgress(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return typeof e === 'object' && e !== null && (e.name === 'SubmissionInProgressError' || e.code === 'submission-in-progress');
}
