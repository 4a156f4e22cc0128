/** Response headers a page on another origin may read. */
export const EXPOSED_HEADERS = ['ETag', 'Idempotent-Replayed', 'Retry-After', 'Location'];
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const DEFAULT_ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-CSRF-Token, X-Requested-With, X-Credit-Kit-Actor, X-Credit-Kit-Roles, X-Credit-Kit-User';

/** The parts of a request CORS looks at (browsers drop `Origin` from a `Request` made in a page, so tests pass plain objects). */
export type RequestHead = Pick<Request, 'method' | 'headers'>;

/**
 * CORS headers for a response to `request`: the caller's origin is echoed (with credentials
 * allowed, so cookie-authenticated clients work too), or `*` when it sent none.
 */
export function corsHeaders(request: RequestHead): Record<string, string> {
  const origin = request.headers.get('Origin');
  return origin
    ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '), Vary: 'Origin' }
    : { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
}

/** Whether `request` is a CORS preflight. */
export function isPreflight(request: RequestHead): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

/** The answer to a preflight: every method of the contract and the headers asked for. */
export function preflightResponse(request: RequestHead): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request),
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': request.headers.get('Access-Control-Request-Headers') || DEFAULT_ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}

/** `response` with the CORS headers for `request` added. */
export function withCors(request: RequestHead, response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(corsHeaders(request))) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
