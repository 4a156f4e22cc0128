import { raceAbort } from './abort.js';
import { parseRetryAfter } from './backoff.js';
import { endpointName, type Endpoint } from './endpoint.js';
import { ApiError, ResponseValidationError } from './errors.js';
import type { EtagStore } from './etag-store.js';
import type { ResolvedOptions } from './options.js';
import { readProblem } from './problem.js';
import { parseResponseBody } from './response-body.js';
import { withRetries } from './retry.js';
import { sendOnce } from './transport.js';

/** One logical request: sent once, or several times when retried. */
export interface PlannedRequest<T> {
  readonly endpoint: Endpoint<T>;
  readonly url: string;
  /** Headers of the first attempt (already obtained, e.g. to key in-flight sharing). */
  readonly headers: Headers;
  /** Fresh headers for each retry, so a token renewed meanwhile is used. */
  readonly refreshHeaders: () => Promise<Headers>;
  readonly body?: BodyInit;
  /** Overrides the client's `timeoutMs` for this request. */
  readonly timeoutMs?: number;
  /** The `{id}` asked for, checked against the endpoint's `identity` member of the body. */
  readonly expectedId?: string;
  /** Reads a success body instead of `endpoint.schema` (for bodies in more than one media type). */
  readonly parse?: (status: number, contentType: string | null, bodyText: string) => T;
}

/**
 * Performs a request with the client's retry policy and returns the validated body. Throws
 * `ApiError` for a non-success status, `ResponseValidationError` for a body that breaks the
 * contract, `NetworkError`/`TimeoutError` from the transport, or `signal.reason` on abort.
 * For conditional endpoints, revalidates a remembered body with `If-None-Match`.
 */
export function executeRequest<T>(
  options: ResolvedOptions,
  etags: EtagStore,
  plan: PlannedRequest<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  const name = endpointName(plan.endpoint);
  return withRetries(
    async (attemptNumber) => {
      const headers = attemptNumber === 1 ? new Headers(plan.headers) : await raceAbort(plan.refreshHeaders(), signal);
      signal?.throwIfAborted();
      const remembered = plan.endpoint.conditional ? etags.get<T>(plan.url) : undefined;
      if (remembered) headers.set('If-None-Match', remembered.etag);
      const response = await sendOnce(
        {
          endpoint: name,
          url: plan.url,
          method: plan.endpoint.method,
          headers,
          ...(plan.body !== undefined ? { body: plan.body } : {}),
          credentials: options.credentials,
          fetch: options.fetch,
          timeoutMs: plan.timeoutMs ?? options.timeoutMs,
          maxBodyBytes: options.maxResponseBytes,
        },
        signal,
      );
      if (response.status === 304 && remembered) return remembered.value;
      const contentType = response.headers.get('Content-Type');
      if (response.status < 200 || response.status > 299) {
        throw new ApiError(
          name,
          response.status,
          readProblem(response.status, response.statusText, contentType, response.bodyText),
          parseRetryAfter(response.headers.get('Retry-After')),
        );
      }
      const value = plan.parse
        ? plan.parse(response.status, contentType, response.bodyText)
        : parseResponseBody(name, response.status, contentType, response.bodyText, plan.endpoint.schema);
      checkIdentity(name, response.status, plan, value);
      const etag = response.headers.get('ETag');
      if (plan.endpoint.conditional && etag) etags.set(plan.url, etag, value);
      return value;
    },
    plan.endpoint.retry,
    options.retry,
    signal,
  );
}

/** A body about another resource than the one asked for (`customerId: "C999"` for C001) is refused, never shown as the asked one's. */
function checkIdentity<T>(name: string, status: number, plan: PlannedRequest<T>, value: T): void {
  const member = plan.endpoint.identity;
  if (!member || plan.expectedId === undefined) return;
  const actual = (value as Record<string, unknown>)[member];
  if (actual === plan.expectedId) return;
  throw new ResponseValidationError(name, status, [
    {
      path: member,
      code: 'wrong_resource',
      message: `is ${JSON.stringify(actual)}, but ${JSON.stringify(plan.expectedId)} was asked for: the answer is about another resource`,
    },
  ]);
}
