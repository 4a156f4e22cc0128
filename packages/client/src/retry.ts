import { abortableSleep, raceAbort } from './abort.js';
import { backoffDelay } from './backoff.js';
import type { RetryClass } from './endpoint.js';
import { ApiError, NetworkError, SubmissionInProgressError, TimeoutError } from './errors.js';
import type { ResolvedRetry } from './options.js';

/**
 * Statuses worth another try on a read: 429 (rate limited), 500 (often transient behind a load
 * balancer), 502, 503, 504 (gateway and availability).
 */
const TRANSIENT_STATUSES: ReadonlySet<number> = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);

/** Whether `error` may be retried for an endpoint of the given retry class. */
export function isRetryable(error: unknown, retryClass: RetryClass): boolean {
  if (retryClass === 'none') return false;
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (!(error instanceof ApiError)) return false;
  // 409 on an idempotent POST: a request with the same key is still in flight; wait for it.
  return TRANSIENT_STATUSES.has(error.status) || (retryClass === 'idempotent-write' && error.status === 409);
}

/** The error to end with: a 409 "still in flight" on an idempotent write gets its own type. */
function giveUp(error: unknown, retryClass: RetryClass, attempts: number): unknown {
  if (retryClass === 'idempotent-write' && error instanceof ApiError && error.status === 409) {
    return new SubmissionInProgressError(error, attempts);
  }
  return error;
}

/**
 * Runs `attempt` until it succeeds, fails with an error that may not be retried, or runs out
 * of attempts. Waits between attempts with backoff and jitter, or as long as `Retry-After`
 * asks; a `Retry-After` beyond `maxDelayMs` ends the retries with that error. An abort of
 * `signal` (during an attempt or a wait) rejects with `signal.reason` and is never retried.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  retryClass: RetryClass,
  settings: ResolvedRetry,
  signal: AbortSignal | undefined,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (attemptNumber >= settings.maxAttempts || !isRetryable(error, retryClass)) throw giveUp(error, retryClass, attemptNumber);
      const requested = error instanceof ApiError ? error.retryAfterMs : undefined;
      if (requested !== undefined && requested > settings.maxDelayMs) throw giveUp(error, retryClass, attemptNumber);
      const delay = requested ?? backoffDelay(attemptNumber, settings);
      const sleep = settings.sleep ?? abortableSleep;
      // Raced against the signal too, so an injected sleep that ignores it still stops on abort.
      await raceAbort(sleep(delay, signal), signal);
    }
  }
}
