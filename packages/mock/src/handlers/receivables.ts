import {
  parseIsoDay,
  parsePartition,
  RECEIVABLE_COLUMNS_MEDIA_TYPE,
  RECEIVABLE_PAGE_MAX_LIMIT,
  RECEIVABLE_PARTITIONS_MAX,
  type Receivable,
  type ReceivablePage,
} from '@credit-kit/core';
import { storeColumns } from '../data/receivable-columns.js';
import type { ReceivableStore } from '../data/receivables.js';
import { hashText } from '../hash.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { dateParam, integerParam } from '../http/query.js';
import { badRequest } from '../http/problem.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';
import { partitionRange } from './receivable-partitions.js';

/** Default and largest `limit` of the cursor-paged endpoints (the largest the contract allows). */
export const RECEIVABLE_PAGE_LIMIT = { fallback: 500, max: RECEIVABLE_PAGE_MAX_LIMIT } as const;

/**
 * `GET /receivables?customerId=&asOf=&partition=&cursor=&limit=`: open items by cursor pages in a
 * stable order (by customer, then by id); with `asOf`, items whose document date is after it are
 * left out; an unknown customer has no items; with `partition=K/N` only part K of N (by customer,
 * see `partitionRange`), echoed on every page. `total` counts every matching item (of the part).
 * The cursor holds the position after the page and a fingerprint of the filters and the part
 * (another query → 400). `Accept: application/vnd.credit-kit.receivables-columns+json` gets the
 * compact columnar page of the same items.
 */
export function receivableRoutes(context: HandlerContext): RouteDefinition[] {
  const store = context.dataset.receivables;
  const totals = new Map<string, number>();
  return [
    {
      route: 'GET /receivables',
      handle: ({ url, request }) => {
        const customerId = url.searchParams.get('customerId') || undefined;
        const asOf = dateParam(url, 'asOf');
        const limit = integerParam(url, 'limit', { ...RECEIVABLE_PAGE_LIMIT, min: 1 });
        const partitionText = url.searchParams.get('partition') || undefined;
        const [from, to] = partitioned(context, rangeOf(context, customerId), partitionText);
        const lastDay = asOf === undefined ? Infinity : parseIsoDay(asOf);
        const fingerprint = hashText(`receivables|${customerId ?? ''}|${asOf ?? ''}|${partitionText ?? ''}`);
        const cursor = url.searchParams.get('cursor');
        const start = cursor ? decodeCursor(cursor, fingerprint, to) : from;

        const indices: number[] = [];
        let i = Math.max(start, from);
        for (; i < to && indices.length < limit; i++) {
          if (store.documentDay[i]! <= lastDay) indices.push(i);
        }
        // Skip to the next match so the last page says so (nextCursor null) rather than an empty page after it.
        while (i < to && store.documentDay[i]! > lastDay) i++;

        const totalKey = fingerprint;
        let total = totals.get(totalKey);
        if (total === undefined) {
          total = countMatches(store, from, to, lastDay);
          totals.set(totalKey, total);
        }
        const nextCursor = i < to ? encodeCursor(i, fingerprint) : null;
        const echo = partitionText !== undefined ? { partition: partitionText } : {};
        if (acceptsColumns(request)) {
          // Encoded here: a string body would be scanned for lone surrogates by Response, a cost on big pages.
          const text = JSON.stringify({ ...storeColumns(store, indices), nextCursor, total, ...echo });
          return new Response(new TextEncoder().encode(text), { status: 200, headers: { 'Content-Type': RECEIVABLE_COLUMNS_MEDIA_TYPE, Vary: 'Accept' } });
        }
        const items: Receivable[] = indices.map((index) => store.toWire(index));
        const body: ReceivablePage = { items, nextCursor, total, ...echo };
        return jsonResponse(body, 200, { Vary: 'Accept' });
      },
    },
  ];
}

/** `range` narrowed to part K of N; a 400 problem for a malformed `partition`. */
function partitioned(context: HandlerContext, range: [number, number], text: string | undefined): [number, number] {
  if (text === undefined) return range;
  const part = parsePartition(text);
  if (!part) {
    throw badRequest(`Query parameter partition must be K/N with 0 ≤ K < N ≤ ${RECEIVABLE_PARTITIONS_MAX}, not "${text}".`, 'invalid-parameter');
  }
  const [partFrom, partTo] = partitionRange(context.dataset.receivables, part.index, part.count);
  const from = Math.max(range[0], partFrom), to = Math.min(range[1], partTo);
  return from < to ? [from, to] : [from, from];
}

/** Whether the request lists the compact media type in `Accept` (with a quality above 0). */
function acceptsColumns(request: Request): boolean {
  const accept = request.headers.get('Accept');
  if (!accept) return false;
  return accept.split(',').some((entry) => {
    const [type, ...params] = entry.split(';').map((part) => part.trim());
    if (type?.toLowerCase() !== RECEIVABLE_COLUMNS_MEDIA_TYPE) return false;
    const q = params.find((p) => /^q=/i.test(p));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Items `[from, to)` of one customer (empty for an unknown one), or of everyone. */
function rangeOf(context: HandlerContext, customerId: string | undefined): [number, number] {
  const store = context.dataset.receivables;
  if (customerId === undefined) return [0, store.count];
  const seed = context.dataset.customerById.get(customerId);
  if (!seed) return [0, 0];
  return [store.customerStart[seed.index]!, store.customerStart[seed.index + 1]!];
}

function countMatches(store: ReceivableStore, from: number, to: number, lastDay: number): number {
  if (lastDay === Infinity) return to - from;
  let n = 0;
  for (let i = from; i < to; i++) if (store.documentDay[i]! <= lastDay) n++;
  return n;
}
