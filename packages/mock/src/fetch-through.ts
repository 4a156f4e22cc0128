import { getResponse, type RequestHandler } from 'msw';
import { problemResponse } from './http/problem.js';

/** A `fetch`-compatible function. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch` that answers every request from MSW handlers with `getResponse`, never from the
 * network: a request no handler takes gets a 404 problem saying so. Relative URLs resolve against
 * the page (or `http://localhost/` outside a browser). An aborted signal rejects with its reason,
 * like the real `fetch`.
 */
export function fetchThrough(handlers: readonly RequestHandler[], basePath: string): FetchFunction {
  return async (input, init) => {
    const base = typeof location !== 'undefined' ? location.href : 'http://localhost/';
    const request = input instanceof Request ? new Request(input, init) : new Request(new URL(String(input), base), init);
    const signal = request.signal;
    if (signal.aborted) throw abortReason(signal);
    const answer = getResponse([...handlers], request);
    const response = await new Promise<Response | undefined>((resolve, reject) => {
      const onAbort = () => reject(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
    return response ?? outside(request, basePath);
  };
}

function outside(request: Request, basePath: string): Response {
  return problemResponse({
    status: 404,
    slug: 'outside-mock',
    detail: `The Credit Kit mock answers only under ${basePath || '/'}; ${request.method} ${request.url} was not sent anywhere.`,
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
