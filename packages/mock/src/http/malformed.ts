import type { MalformedKind } from '../options.js';

/**
 * Breaks a successful JSON response the way a faulty host might, keeping status and headers:
 * - `invalid-json`: the body is cut off halfway (a proper prefix of a JSON object never parses);
 * - `wrong-shape`: valid JSON whose top-level fields all have the wrong type (strings become
 *   numbers, numbers strings, lists and objects scalars), so it fails the contract's schema.
 * Other responses (errors, 304, non-JSON) are returned unchanged.
 */
export async function malform(response: Response, kind: Exclude<MalformedKind, 'mixed'>): Promise<Response> {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status < 200 || response.status > 299 || !type.includes('json')) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  const broken = kind === 'invalid-json' ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : JSON.stringify(wrongShape(JSON.parse(text)));
  return new Response(broken, { status: response.status, headers });
}

function wrongShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(wrongType) : 'not a list';
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, wrongType(v)]));
  }
  return { unexpected: value };
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return 'object';
  return 0;
}
