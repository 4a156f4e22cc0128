import type { Context } from 'hono';
import { sha256 } from './hash.js';
import { badRequest } from './problem.js';

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** Whether `If-None-Match` holds `etag` (weak comparison; `*` matches anything). */
export function ifNoneMatchMatches(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** A JSON body as sent and its strong ETag (a hash of it). */
export interface TaggedJson {
  readonly text: string;
  readonly etag: string;
}

export function taggedJson(body: unknown): TaggedJson {
  const text = JSON.stringify(body);
  return { text, etag: `"${sha256(text).slice(0, 32)}"` };
}

/** 200 with a strong ETag (hash of the body), or 304 when `If-None-Match` already holds it. */
export function conditionalJson(c: Context, body: unknown): Response {
  return conditionalTagged(c, taggedJson(body));
}

/** `conditionalJson` of a body already serialised and tagged. */
export function conditionalTagged(c: Context, { text, etag }: TaggedJson): Response {
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** The request body parsed as JSON; 400 when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.', 'invalid-json');
  }
}
