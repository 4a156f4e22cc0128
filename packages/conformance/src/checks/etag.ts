import { canonicalBody } from './canonical.js';
import type { CheckContext } from './context.js';

/** A well-formed ETag no backend ever made: it matches nothing. */
export const GARBAGE_ETAG = '"ck-conformance-garbage-etag"';

/**
 * Conditional requests beyond "304 for the current ETag": an ETag that matches nothing (garbage,
 * or another resource's, as a stale copy would be) must get the full 200, never a 304; and an ETag
 * must change when the body does (two customers' statuses differ, so must their ETags).
 */
export async function checkEtagSemantics(ctx: CheckContext, ep: string, path: string, otherPath: string | undefined): Promise<void> {
  const { rec } = ctx;
  const current = await ctx.get(path);
  const etag = current.headers.get('etag');
  if (current.status !== 200 || !etag) return;
  const garbage = await ctx.get(path, { 'if-none-match': GARBAGE_ETAG });
  rec.check(ep, 'answers 200 (not 304) to a garbage If-None-Match', garbage.status === 200, `answered ${garbage.status} to If-None-Match ${GARBAGE_ETAG}`);
  const again = await ctx.get(path);
  if (again.status === 200) {
    const same = canonicalBody(again.body) === canonicalBody(current.body);
    const sameTag = again.headers.get('etag') === etag;
    rec.check(ep, 'the ETag changes when the body changes', same || !sameTag, 'the body changed between two requests, the ETag did not');
  }
  if (!otherPath) return;
  const other = await ctx.get(otherPath);
  const otherTag = other.headers.get('etag');
  if (other.status !== 200 || !otherTag) return;
  if (canonicalBody(other.body) === canonicalBody(current.body)) return;
  rec.check(ep, 'different bodies have different ETags', otherTag !== etag, `${path} and ${otherPath} differ but share ETag ${etag}`);
  const stale = await ctx.get(path, { 'if-none-match': otherTag });
  rec.check(ep, 'answers 200 (not 304) to a stale If-None-Match', stale.status === 200, `answered ${stale.status} to the ETag of another version (${otherTag})`);
}
