import { hashText } from '../hash.js';

/** A strong ETag for a response body: the quoted hash of its text. */
export function etagOf(body: string): string {
  return `"${hashText(body)}"`;
}

/** Whether an `If-None-Match` header matches the ETag (weak comparison, `*` matches anything). */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A 200 JSON response with its ETag, or a 304 without a body when the request's `If-None-Match`
 * already holds that version.
 */
export function conditionalJson(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (ifNoneMatchMatches(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}
