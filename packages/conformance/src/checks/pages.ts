import type * as z from 'zod/mini';
import { validate } from '@credit-kit/core';
import { pageLimitFinding, type CheckContext } from './context.js';

/** How to walk one cursor-paged endpoint. */
export interface CursorWalk<P> {
  readonly endpoint: string;
  /** Path of the page after `cursor` (`null`: the first page). */
  path(cursor: string | null): string;
  readonly schema: z.ZodMiniType<P>;
  items(page: P): readonly unknown[];
  /** What makes an item unique (its id; customer and currency for an aging row). */
  key(item: unknown): string;
  nextCursor(page: P): string | null;
  /** The item count the backend claims, when it sends one. */
  total(page: P): number | undefined;
  /** Extra checks of each page, returning what is wrong with it. */
  inspect?(page: P, index: number): string[];
}

/** The pages walked, and whether the walk reached `nextCursor: null`. */
export interface WalkResult<P> {
  readonly pages: P[];
  readonly ended: boolean;
}

/**
 * Walks a cursor-paged endpoint to its end, `maxPages` at most, checking on every page (not only
 * the first) the schema (so the decimal formats), `limit` and the page's own checks; across pages
 * that cursors move forward, no item repeats and the items add up to `total`; and that the walk
 * ends at all: stopping at the page limit is a finding, not a pass.
 */
export async function walkCursorPages<P>(ctx: CheckContext, walk: CursorWalk<P>): Promise<WalkResult<P>> {
  const { rec } = ctx;
  const ep = walk.endpoint;
  const pages: P[] = [];
  const schemaFailures: string[] = [];
  const pageFailures: string[] = [];
  const keys = new Set<string>();
  const cursors = new Set<string>();
  let duplicates = 0;
  let cursor: string | null = null;
  let ended = false;
  let overLimit = 0;
  let items = 0;
  while (pages.length < ctx.maxPages) {
    const ex = await ctx.get(walk.path(cursor));
    if (ex.status !== 200) {
      rec.status(ep, ex, 200);
      return { pages, ended: false };
    }
    const parsed = ex.bodyError ? undefined : validate(walk.schema, ex.body);
    if (!parsed?.success) {
      const why = ex.bodyError ?? (parsed && !parsed.success ? parsed.issues.slice(0, 4).map((i) => `${i.path || '(body)'} ${i.message}`).join(', ') : '');
      schemaFailures.push(`page ${pages.length + 1}: ${why}`);
      break;
    }
    const page = parsed.data;
    pages.push(page);
    const pageItems = walk.items(page);
    items += pageItems.length;
    if (pageItems.length > ctx.pageSize) overLimit++;
    for (const item of pageItems) {
      const key = walk.key(item);
      if (keys.has(key)) duplicates++;
      keys.add(key);
    }
    for (const problem of walk.inspect?.(page, pages.length) ?? []) pageFailures.push(`page ${pages.length}: ${problem}`);
    const next = walk.nextCursor(page);
    if (next === null) {
      ended = true;
      break;
    }
    if (cursors.has(next)) {
      rec.check(ep, 'cursors move forward', false, `cursor ${JSON.stringify(next)} came back twice`);
      break;
    }
    cursors.add(next);
    cursor = next;
  }
  rec.all(ep, 'every page matches the schema (amount formats included)', schemaFailures);
  if (walk.inspect) rec.all(ep, 'every page is consistent in itself', pageFailures);
  if (pages.length === 0) return { pages, ended };
  rec.check(ep, 'honours `limit` on every page', overLimit === 0, `${overLimit} pages had more than ${ctx.pageSize} items`);
  rec.check(ep, 'no item appears on two pages', duplicates === 0, `${duplicates} items repeated`);
  const stoppedAtLimit = !ended && pages.length >= ctx.maxPages && schemaFailures.length === 0;
  rec.check(ep, `reaches its end (\`nextCursor: null\`) within ${ctx.maxPages} pages`, !stoppedAtLimit,
    pageLimitFinding(pages.length, items, '`nextCursor` never became null'));
  const total = walk.total(pages[0]!);
  if (ended && total !== undefined) {
    rec.check(ep, '`total` equals the items walked to the end', total === keys.size + duplicates && total === items,
      `total ${total}, walked ${items} items (${keys.size} distinct) on ${pages.length} pages`);
  }
  return { pages, ended };
}
