import { badRequest } from './problem.js';

/**
 * Opaque page cursors: base64url of `{ o: offset, f: fingerprint }`. The fingerprint names the
 * query the cursor belongs to, so a cursor replayed with other filters is refused (400) rather than
 * silently skipping or repeating items.
 */
export function encodeCursor(offset: number, fingerprint: string): string {
  return btoa(JSON.stringify({ o: offset, f: fingerprint })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The offset in a cursor made by `encodeCursor` for the same fingerprint; a 400 problem otherwise. */
export function decodeCursor(cursor: string, fingerprint: string, maxOffset: number): number {
  let parsed: unknown;
  try {
    const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    parsed = JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)));
  } catch {
    throw badRequest(`The cursor "${truncate(cursor)}" is not one this server issued: pass nextCursor from the previous page unchanged.`, 'invalid-cursor');
  }
  const { o, f } = (parsed ?? {}) as { o?: unknown; f?: unknown };
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || o > maxOffset) {
    throw badRequest(`The cursor "${truncate(cursor)}" is not one this server issued: pass nextCursor from the previous page unchanged.`, 'invalid-cursor');
  }
  if (f !== fingerprint) {
    throw badRequest('The cursor belongs to a query with other parameters: keep customerId, asOf and groupBy the same while paging.', 'invalid-cursor');
  }
  return o;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
