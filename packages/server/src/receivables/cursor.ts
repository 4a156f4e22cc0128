import { createHash } from 'node:crypto';
import { badRequest } from '../http/problem.js';

/**
 * Keyset page cursors: base64url of `{ k: [last key…], f: fingerprint, t?: total }`. The page after
 * starts strictly after the key, so rows written meanwhile never shift a page; the fingerprint names
 * the query (another query's cursor → 400, as the mock does); `t` carries a count computed once on
 * the first page.
 */
export interface KeyCursor {
  readonly key: readonly string[];
  readonly total?: number | undefined;
}

/** A short stable fingerprint of a query's parameters. */
export function queryFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

export function encodeKeyCursor(key: readonly string[], fingerprint: string, total?: number): string {
  const body: Record<string, unknown> = { k: key, f: fingerprint };
  if (total !== undefined) body.t = total;
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const NOT_OURS = 'is not one this server issued: pass nextCursor from the previous page unchanged.';

/** The key a cursor from `encodeKeyCursor` holds, for the same fingerprint; a 400 problem otherwise. */
export function decodeKeyCursorFull(cursor: string, fingerprint: string, keyLength: number): KeyCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest(`The cursor "${truncate(cursor)}" ${NOT_OURS}`, 'invalid-cursor');
  }
  const { k, f, t } = (parsed ?? {}) as { k?: unknown; f?: unknown; t?: unknown };
  const validKey = Array.isArray(k) && k.length === keyLength && k.every((part) => typeof part === 'string' && part.length <= 128);
  const validTotal = t === undefined || (typeof t === 'number' && Number.isSafeInteger(t) && t >= 0);
  if (!validKey || !validTotal) throw badRequest(`The cursor "${truncate(cursor)}" ${NOT_OURS}`, 'invalid-cursor');
  if (f !== fingerprint) {
    throw badRequest('The cursor belongs to a query with other parameters: keep customerId, asOf and groupBy the same while paging.', 'invalid-cursor');
  }
  return { key: k as string[], total: t as number | undefined };
}

/** The two-part key (customer, currency) of an aging cursor. */
export function decodeKeyCursor(cursor: string, fingerprint: string): [string, string] {
  const { key } = decodeKeyCursorFull(cursor, fingerprint, 2);
  return [key[0]!, key[1]!];
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
