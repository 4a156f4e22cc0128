import { WARNING_LEVELS, type WarningLevel, type WarningList, type WarningStatus } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { assertCustomerVisible, scopeFilter } from '../auth/scope.js';
import { badRequest, notFound } from '../http/problem.js';
import { listParam, pathId } from '../http/query.js';
import { conditionalJson, conditionalTagged, taggedJson, type TaggedJson } from '../http/respond.js';
import { LocalReadCache } from '../store/local-read-cache.js';
import { loadWarningStatuses } from '../store/warnings.js';

const rank = (level: WarningLevel | undefined) => WARNING_LEVELS.indexOf(level ?? 'none');

/** `GET /customers/{id}/warning` and `GET /warnings?level=&customerId=…`, both with an ETag (304 on `If-None-Match`). */
export const registerWarningRoutes: RouteModule = (app, { db, today }) => {
  // A customer's status as sent, until anything is written (embedded PGlite only: `LocalReadCache`).
  const statuses = new LocalReadCache<TaggedJson | null>(db, 4096);
  app.get('/customers/:id/warning', async (c) => {
    const id = pathId(c.req.param('id'), 'customer');
    assertCustomerVisible(c.get('principal'), id);
    const asOf = today();
    const tagged = await statuses.get(`${id}\u0000${asOf}`, async () => {
      const [status] = await loadWarningStatuses(db, 'c.id = $1', [id], asOf);
      if (!status) return null;
      const { customerName: _name, ...body } = status;
      return taggedJson(body satisfies WarningStatus);
    });
    if (!tagged) throw notFound(`No customer ${id}.`);
    return conditionalTagged(c, tagged);
  });

  app.get('/warnings', async (c) => {
    const url = new URL(c.req.url);
    const level = url.searchParams.get('level') || undefined;
    if (level !== undefined && !(WARNING_LEVELS as readonly string[]).includes(level)) {
      throw badRequest(`Query parameter level must be one of ${WARNING_LEVELS.join(', ')}, not "${level}".`, 'invalid-parameter');
    }
    const ids = [...new Set(listParam(url, 'customerId'))];
    const params: unknown[] = [];
    let where = scopeFilter(c.get('principal'), 'c.id', params);
    if (ids.length) {
      params.push(ids);
      where += ` AND c.id = ANY($${params.length}::text[])`;
    }
    const statuses = await loadWarningStatuses(db, where, params, today());
    const byId = new Map(statuses.map((s) => [s.customerId, s]));
    // A batch lookup answers in the order asked, unknown (or unseen) ids left out.
    const ordered = ids.length ? ids.flatMap((id) => byId.get(id) ?? []) : statuses;
    const body: WarningList = { items: ordered.filter((s) => rank(s.level) >= rank(level as WarningLevel | undefined)) };
    return conditionalJson(c, body);
  });
};
