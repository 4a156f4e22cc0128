import { blacklistEntrySchema, blacklistListSchema, blacklistOpen } from '@credit-kit/core';
import { probe, type ProbeOptions } from './probe.js';
import type { Recorder } from './recorder.js';

/**
 * Checks of the blacklist workflow (000 黑名单客户管理): the list's schema; with writes, a full walk on the
 * test customer — report (201, `reported`), a second report (409), removal before listing (409), head-office
 * approval (`listed`), removal request (`removal-requested`), approval (`removed`), the history of each
 * step, and 404 for an unknown entry. A customer that already has an open entry is not walked.
 */
export function blacklistSteps(http: ProbeOptions, rec: Recorder, customerId: () => string | undefined, writes: boolean): [string, () => Promise<void>][] {
  const get = (path: string) => probe(http, 'GET', path);
  const post = (path: string, body: unknown) => probe(http, 'POST', path, { body });
  const steps: [string, () => Promise<void>][] = [
    ['GET /blacklist', async () => {
      const ep = 'GET /blacklist';
      const ex = await get('/blacklist');
      if (!rec.status(ep, ex, 200)) return;
      const list = rec.schema(ep, ex, blacklistListSchema, 'list');
      if (list) rec.check(ep, 'every entry starts with its report', list.items.every((e) => e.history[0]?.action === 'report'), 'an entry whose history does not start with `report`');
      const listed = await get('/blacklist?status=listed');
      const parsed = listed.status === 200 ? blacklistListSchema.safeParse(listed.body) : undefined;
      rec.check(ep, '`status=listed` returns only listed entries', !!parsed?.success && parsed.data.items.every((e) => e.status === 'listed'),
        parsed?.success ? 'an entry in another status' : `answered ${listed.status} or an invalid body`);
      rec.problem('GET /blacklist/{id}', await get('/blacklist/ck-conformance-no-such-entry'), 404, 'unknown entry');
    }],
  ];
  if (!writes) return steps;

  steps.push(['POST /blacklist', async () => {
    const ep = 'POST /blacklist';
    const id = customerId();
    if (!id) return void rec.check(ep, 'has a customer to test with', false, 'skipped: no customer');
    const existing = await get(`/blacklist?customerId=${encodeURIComponent(id)}`);
    const mine = existing.status === 200 ? blacklistListSchema.safeParse(existing.body) : undefined;
    if (mine?.success && mine.data.items.some((e) => e.customerId === id && blacklistOpen(e.status))) {
      rec.problem(ep, await post('/blacklist', { customerId: id, reason: 'Conformance run' }), 409, 'a second report while one is open');
      return;
    }
    rec.problem(ep, await post('/blacklist', { customerId: id, reason: ' ' }), 422, 'empty reason');
    const created = await post('/blacklist', { customerId: id, reason: 'Conformance run: severely overdue' });
    if (!rec.status(ep, created, 201)) return;
    const entry = rec.schema(ep, created, blacklistEntrySchema, 'entry');
    if (!entry) return;
    rec.check(ep, 'a report starts as `reported`', entry.status === 'reported', `status ${entry.status}`);
    rec.problem(ep, await post('/blacklist', { customerId: id, reason: 'again' }), 409, 'a second report while one is open');

    const base = `/blacklist/${encodeURIComponent(entry.id)}`;
    rec.problem('POST /blacklist/{id}/removal-requests', await post(`${base}/removal-requests`, { reason: 'early' }), 409, 'removal before listing');
    const walk: [string, string, unknown, string][] = [
      ['POST /blacklist/{id}/decisions', `${base}/decisions`, { decision: 'approve', note: 'Conformance run' }, 'listed'],
      ['POST /blacklist/{id}/removal-requests', `${base}/removal-requests`, { reason: 'Conformance run: paid' }, 'removal-requested'],
      ['POST /blacklist/{id}/decisions', `${base}/decisions`, { decision: 'approve', note: 'Conformance run' }, 'removed'],
    ];
    for (const [endpoint, path, body, expected] of walk) {
      const ex = await post(path, body);
      if (!rec.status(endpoint, ex, 200)) return;
      const after = rec.schema(endpoint, ex, blacklistEntrySchema, 'entry');
      if (!after) return;
      rec.check(endpoint, `leads to \`${expected}\``, after.status === expected, `status ${after.status}`);
    }
    rec.problem('POST /blacklist/{id}/decisions', await post(`${base}/decisions`, { decision: 'approve' }), 409, 'nothing pending');
    const one = await get(base);
    if (rec.status('GET /blacklist/{id}', one, 200)) {
      const fetched = rec.schema('GET /blacklist/{id}', one, blacklistEntrySchema, 'entry');
      if (fetched) {
        rec.check('GET /blacklist/{id}', 'keeps every step in the history', fetched.history.map((e) => e.action).join(',') === 'report,approve,request-removal,approve-removal',
          fetched.history.map((e) => e.action).join(','));
      }
    }
  }]);
  return steps;
}
