import { parseIsoDay, type ReceivablePage } from '@credit-kit/core';
import type { ReceivableStore } from '../data/receivables.js';
import { hashText } from '../hash.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { dateParam, integerParam } from '../http/query.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';

/** Default and largest `limit` of the cursor-paged endpoints. */
export const RECEIVABLE_PAGE_LIMIT = { fallback: 500, max: 5_000 } as const;

/**
 * `GET /receivables?customerId=&asOf=&cursor=&limit=`: open items by cursor pages in a stable
 * order (by customer, then by id); with `asOf`, items whose document date is after it are left
 * out; an unknown customer has no items. `total` counts every matching item. The cursor holds the
 * position after the page and a fingerprint of the filters (another query → 400).
 */
export function receivableRoutes(context: HandlerContext): RouteDefinition[] {
  const store = context.dataset.receivables;
  const totals = new Map<string, number>();
  return [
    {
      route: 'GET /receivables',
      handle: ({ url }) => {
        const customerId = url.searchParams.get('customerId') || undefined;
        const asOf = dateParam(url, 'asOf');
        const limit = integerParam(url, 'limit', { ...RECEIVABLE_PAGE_LIMIT, min: 1 });
        const [from, to] = rangeOf(context, customerId);
        const lastDay = asOf === undefined ? Infinity : parseIsoDay(asOf);
        const fingerprint = hashText(`receivables|${customerId ?? ''}|${asOf ?? ''}`);
        const cursor = url.searchParams.get('cursor');
        const start = cursor ? decodeCursor(cursor, fingerprint, to) : from;

        const items = [];
        let i = Math.max(start, from);
        for (; i < to && items.length < limit; i++) {
          if (store.documentDay[i]! <= lastDay) items.push(store.toWire(i));
        }
        // Skip to the next match so the last page says so (nextCursor null) rather than an empty page after it.
        while (i < to && store.documentDay[i]! > lastDay) i++;

        const totalKey = fingerprint;
        let total = totals.get(totalKey);
        if (total === undefined) {
          total = countMatches(store, from, to, lastDay);
          totals.set(totalKey, total);
        }
        const body: ReceivablePage = { items, nextCursor: i < to ? encodeCursor(i, fingerprint) : null, total };
        return jsonResponse(body);
      },
    },
  ];
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
