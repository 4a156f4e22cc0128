import type { ResolvedOptions } from './options.js';

/** What the client accepts: JSON, or a problem document for errors. */
export const ACCEPT = 'application/json, application/problem+json';

const SAFE_METHODS: ReadonlySet<string> = /* @__PURE__ */ new Set(['GET', 'HEAD']);

/**
 * Assembles the headers of one request, fresh each time (nothing is kept between requests):
 * `Accept`, then the static `headers`, then `getHeaders()` (which wins), then the CSRF token on
 * unsafe methods, then `extra` (request-specific: `Content-Type`, `Idempotency-Key`).
 */
export async function buildHeaders(
  options: Pick<ResolvedOptions, 'headers' | 'getHeaders' | 'csrf'>,
  method: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<Headers> {
  const headers = new Headers({ Accept: ACCEPT });
  for (const [name, value] of Object.entries(options.headers)) headers.set(name, value);
  if (options.getHeaders) {
    for (const [name, value] of Object.entries(await options.getHeaders())) headers.set(name, value);
  }
  if (options.csrf && !SAFE_METHODS.has(method)) {
    const token = options.csrf.getToken();
    if (token) headers.set(options.csrf.headerName, token);
  }
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}

/** A stable text of the headers (lower-cased names, sorted, as `Headers` iterates them), for cache keys. */
export function headersKey(headers: Headers): string {
  return [...headers].map(([name, value]) => `${name}: ${value}`).join('\n');
}
