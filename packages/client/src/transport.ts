import { raceAbort } from './abort.js';
import { NetworkError, RedirectRefusedError, ResponseValidationError, TimeoutError } from './errors.js';

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
  /** Largest body read, in bytes; a longer one is refused before it is parsed. */
  readonly maxBodyBytes: number;
}

/** A response read to the end. */
export interface WireResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly bodyText: string;
}

/**
 * Sends one request and reads the whole body, within `timeoutMs` and `maxBodyBytes`. Rejects with
 * `signal.reason` when `signal` aborts, `TimeoutError` when time runs out, `NetworkError` when
 * fetch or the body read fails, `ResponseValidationError` (code `too_large`) for a body past
 * `maxBodyBytes`, `RedirectRefusedError` for a redirected write or a read redirected to another
 * origin. Status codes are not interpreted here.
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

  // A write is never redirected: a 307 would resend the body, CSRF token and idempotency key.
  const write = request.method !== 'GET' && request.method !== 'HEAD';
  const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal, redirect: write ? 'manual' : 'follow' };
  if (request.body !== undefined) init.body = request.body;
  if (request.credentials !== undefined) init.credentials = request.credentials;

  try {
    // Raced against our own signal as well, so a custom fetch that ignores `signal` still times out.
    const response = await raceAbort(
      request.fetch ? request.fetch(request.url, init) : globalThis.fetch(request.url, init),
      controller.signal,
    );
    refuseRedirect(request, response);
    const bodyText = await raceAbort(readBounded(request, response), controller.signal);
    return { status: response.status, statusText: response.statusText, headers: response.headers, bodyText };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof ResponseValidationError || error instanceof RedirectRefusedError) throw error;
    if (timedOut) throw new TimeoutError(request.endpoint, request.timeoutMs);
    throw new NetworkError(request.endpoint, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Throws for a redirect the client does not follow (see `RedirectRefusedError`). */
function refuseRedirect(request: WireRequest, response: Response): void {
  const location = response.headers.get('Location') ?? undefined;
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399 && location !== undefined)) {
    void response.body?.cancel().catch(() => {});
    throw new RedirectRefusedError(request.endpoint, response.status, location);
  }
  // A followed read: refused when it ended on another origin (a custom fetch may leave `url` empty).
  if (response.redirected && response.url && originOf(response.url) !== originOf(request.url)) {
    void response.body?.cancel().catch(() => {});
    throw new RedirectRefusedError(request.endpoint, response.status, response.url);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).origin;
  } catch {
    return url;
  }
}

/** The body as text, refused as soon as it passes `maxBodyBytes` (by `Content-Length` or while reading). */
async function readBounded(request: WireRequest, response: Response): Promise<string> {
  const limit = request.maxBodyBytes;
  const tooLarge = (size: string) => {
    void response.body?.cancel().catch(() => {});
    return new ResponseValidationError(request.endpoint, response.status, [
      { path: '', code: 'too_large', message: `is ${size}, more than the ${limit} bytes the client accepts (maxResponseBytes)` },
    ]);
  };
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(`${declared} bytes`);
  if (!response.body || !Number.isFinite(limit)) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge(`over ${limit} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
