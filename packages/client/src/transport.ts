import { raceAbort } from './abort.js';
import { NetworkError, TimeoutError } from './errors.js';

/** Longest delay `setTimeout` honours; a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** One HTTP exchange to perform. */
export interface WireRequest {
  /** Endpoint name for errors, e.g. `GET /customers/{id}`. */
  readonly endpoint: string;
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body?: BodyInit;
  readonly credentials: RequestCredentials | undefined;
  /** Custom fetch, or undefined for the global one (looked up now, so late polyfills and interceptors count). */
  readonly fetch: typeof fetch | undefined;
  readonly timeoutMs: number;
}

/** A response read to the end. */
export interface WireResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly bodyText: string;
}

/**
 * Sends one request and reads the whole body, within `timeoutMs`. Rejects with `signal.reason`
 * when `signal` aborts, `TimeoutError` when time runs out, `NetworkError` when fetch or the body
 * read fails. Status codes are not interpreted here.
 */
export async function sendOnce(request: WireRequest, signal: AbortSignal | undefined): Promise<WireResponse> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = request.timeoutMs <= MAX_TIMER_MS
    ? setTimeout(() => {
        timedOut = true;
        controller.abort(new TimeoutError(request.endpoint, request.timeoutMs));
      }, request.timeoutMs)
    : undefined;

  const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
  if (request.body !== undefined) init.body = request.body;
  if (request.credentials !== undefined) init.credentials = request.credentials;

  try {
    // Raced against our own signal as well, so a custom fetch that ignores `signal` still times out.
    const response = await raceAbort(
      request.fetch ? request.fetch(request.url, init) : globalThis.fetch(request.url, init),
      controller.signal,
    );
    const bodyText = await raceAbort(response.text(), controller.signal);
    return { status: response.status, statusText: response.statusText, headers: response.headers, bodyText };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new TimeoutError(request.endpoint, request.timeoutMs);
    throw new NetworkError(request.endpoint, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
