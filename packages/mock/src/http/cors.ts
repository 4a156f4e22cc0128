/** Response headers a page on another origin may read. */
export const EXPOSED_HEADERS = ['ETag', 'Idempotent-Replayed', 'Retry-After', 'Location'];
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const DEFAULT_ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-None-Match, X-CSRF-Token, X-Requested-With, X-Credit-Kit-Actor, X-Credit-Kit-Roles, X-Credit-Kit-User';

/** The parts of a request CORS looks at (browsers drop `Origin` from a `Request` made in a page, so tests pass plain objects). */
export type RequestHead = Pick<Request, 'method' | 'headers'>;

/**
 * Which page origins may call the server from a browser. `undefined` (the default): pages served
 * from this machine (`http(s)://localhost`, `127.0.0.1`, `[::1]`, any port), with credentials. A
 * list: exactly those origins (e.g. `https://portal.example.cn`), with credentials; `'*'` in the
 * list lets any other origin read answers without credentials. `Origin: null` (sandboxed frames,
 * `file:` pages) is never allowed, and no origin is ever echoed unless listed.
 */
export type AllowedOrigins = readonly string[] | undefined;

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** How the server answers `origin`: echoed with credentials, `*` without, or not at all. */
export function originGrant(origin: string | null, allowed: AllowedOrigins): 'echo' | 'any' | 'none' {
  if (origin === null) return 'any';
  if (origin === 'null') return 'none';
  if (allowed === undefined) return LOOPBACK_ORIGIN.test(origin) ? 'echo' : 'none';
  if (allowed.includes(origin)) return 'echo';
  return allowed.includes('*') ? 'any' : 'none';
}

/**
 * CORS headers for a response to `request`: a listed origin is echoed with credentials allowed (so
 * cookie-authenticated clients work); with `'*'` listed, other origins get `*` and no credentials;
 * an origin that is not allowed gets no `Access-Control-Allow-Origin`, so its page cannot read the
 * answer. A request without `Origin` (curl, a server) gets `*`.
 */
export function corsHeaders(request: RequestHead, allowed?: AllowedOrigins): Record<string, string> {
  const origin = request.headers.get('Origin');
  const exposed = { 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
  switch (originGrant(origin, allowed)) {
    case 'echo':
      return { 'Access-Control-Allow-Origin': origin!, 'Access-Control-Allow-Credentials': 'true', ...exposed, Vary: 'Origin' };
    case 'any':
      return { 'Access-Control-Allow-Origin': '*', ...exposed, ...(origin === null ? {} : { Vary: 'Origin' }) };
    case 'none':
      return { Vary: 'Origin' };
  }
}

/** Whether `request` is a CORS preflight. */
export function isPreflight(request: RequestHead): boolean {
  return request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method');
}

/** The answer to a preflight: every method of the contract and the headers asked for; a 403 problem for an origin not allowed. */
export function preflightResponse(request: RequestHead, allowed?: AllowedOrigins): Response {
  if (originGrant(request.headers.get('Origin'), allowed) === 'none') {
    return new Response(
      JSON.stringify({
        type: 'urn:credit-kit:problem:origin-not-allowed',
        title: 'Forbidden',
        status: 403,
        detail: 'This origin may not call the mock server: start it with --allow-origin <origin>.',
      }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json', Vary: 'Origin' } },
    );
  }
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request, allowed),
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': request.headers.get('Access-Control-Request-Headers') || DEFAULT_ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    },
  });
}

/** `response` with the CORS headers for `request` added. */
export function withCors(request: RequestHead, response: Response, allowed?: AllowedOrigins): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(corsHeaders(request, allowed))) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
