import { CreditKitValidationError } from '@credit-kit/core/lean';

/** A query parameter value: omitted when undefined, repeated when an array. */
export type QueryValue = string | number | undefined | readonly (string | number)[];

/**
 * Builds a request URL: `baseUrl` (already without trailing slash) + `template` with each
 * `{name}` replaced by the URL-encoded path parameter + the query, parameters in the given
 * order (so equal queries give equal URLs, which in-flight sharing relies on).
 */
export function buildUrl(
  baseUrl: string,
  template: string,
  params: Readonly<Record<string, string>> = {},
  query: ReadonlyArray<readonly [string, QueryValue]> = [],
): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`buildUrl: missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value);
  });
  const pairs: string[] = [];
  for (const [key, value] of query) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values as readonly (string | number)[]) pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`);
  }
  return `${baseUrl}${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
}

/**
 * Checks an identifier that goes into a URL path: a non-empty string, and not `.` or `..`
 * (which URL normalisation would turn into a different path). Throws `CreditKitValidationError`.
 */
export function checkPathId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new CreditKitValidationError(name, [{ path: '', code: 'required', message: 'must be a non-empty string' }]);
  }
  if (value === '.' || value === '..') {
    throw new CreditKitValidationError(name, [{ path: '', code: 'invalid_value', message: 'must not be "." or ".."' }]);
  }
  return value;
}
