import {
  applyBlacklistAction,
  blacklistDecisionInputSchema,
  blacklistRemovalInputSchema,
  blacklistReportInputSchema,
  blacklistRestricts,
  BLACKLIST_STATUSES,
  CreditKitRuleError,
  decisionAction,
  toValidationIssues,
  type BlacklistAction,
  type BlacklistEntry,
} from '@credit-kit/core';
import type { Principal, RouteModule } from '../context.js';
import type { Database } from '../db/database.js';
import { assertCustomerVisible, requireRole, scopeFilter } from '../auth/scope.js';
import { ProblemError, badRequest, conflict, notFound, unprocessable } from '../http/problem.js';
import { pathId } from '../http/query.js';
import { json, readJson } from '../http/respond.js';
import { BASE_PATH } from '../paths.js';
import { appendEvent, insertBlacklistEntry, loadBlacklistEntries } from './store.js';

interface BodySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof toValidationIssues>[0] } };
}

/** A body through its schema: invalid → 422 with field errors. */
function readBody<T>(body: unknown, schema: BodySchema<T>, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unprocessable(`The ${what} is not valid: see errors for each field.`, toValidationIssues(parsed.error.issues), 'validation');
  return parsed.data;
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The entry with this id when the principal sees its customer (locked inside a transaction). */
async function entryOr404(db: Database, principal: Principal, id: string, forUpdate = false): Promise<BlacklistEntry> {
  const params: unknown[] = [id];
  const scope = scopeFilter(principal, 'b.customer_id', params);
  const [entry] = await loadBlacklistEntries(db, `b.id = $1 AND ${scope}`, params, forUpdate);
  if (!entry) throw notFound(`No blacklist entry ${id}.`);
  return entry;
}

/**
 * The blacklist workflow (黑名单: 上报 → 总部审核 → 全集团共享 → 撤销需总部审批) with core's
 * `applyBlacklistAction`: `GET /blacklist?status=&customerId=`, `POST /blacklist` (report),
 * `GET /blacklist/{id}`, `POST /blacklist/{id}/decisions` (head office: the `approver` role),
 * `POST /blacklist/{id}/removal-requests`. A step the status does not allow is a 409. Listing
 * marks the customer blacklisted (its profile's flag, the credit check); an approved removal clears it.
 */
export const registerBlacklistRoutes: RouteModule = (app, { db }) => {
  app.get('/blacklist', async (c) => {
    const principal = c.get('principal');
    const status = c.req.query('status');
    if (status !== undefined && !(BLACKLIST_STATUSES as readonly string[]).includes(status)) {
      throw badRequest(`Query parameter status must be one of ${BLACKLIST_STATUSES.join(', ')}, not "${status}".`, 'invalid-parameter');
    }
    const customerId = c.req.query('customerId') || undefined;
    const params: unknown[] = [];
    let where = scopeFilter(principal, 'b.customer_id', params);
    if (status !== undefined) {
      params.push(status);
      where += ` AND b.status = $${params.length}`;
    }
    if (customerId !== undefined) {
      assertCustomerVisible(principal, pathId(customerId, 'customer'));
      params.push(customerId);
      where += ` AND b.customer_id = $${params.length}`;
    }
    return json({ items: await loadBlacklistEntries(db, where, params) });
  });

  app.post('/blacklist', async (c) => {
    const principal = c.get('principal');
    const input = readBody(await readJson(c), blacklistReportInputSchema, 'report');
    assertCustomerVisible(principal, input.customerId);
    const entry = await db.transaction(async (tx) => {
      const customer = await tx.query('SELECT id FROM customers WHERE id = $1 FOR UPDATE', [input.customerId]);
      if (!customer.rows[0]) throw notFound(`No customer ${input.customerId}.`);
      const open = await tx.query(`SELECT id FROM blacklist_entries WHERE customer_id = $1 AND status IN ('reported', 'listed', 'removal-requested')`, [input.customerId]);
      if (open.rows.length) throw conflict(`Customer ${input.customerId} already has an open blacklist entry.`, 'blacklist-open-entry');
      const id = await insertBlacklistEntry(tx, {
        customerId: input.customerId, status: 'reported', reason: input.reason,
        ...(input.reportedBy === undefined ? {} : { reportedBy: input.reportedBy }),
        history: [{ action: 'report', at: now(), actor: principal.subject }],
      });
      return (await loadBlacklistEntries(tx, 'b.id = $1', [id]))[0]!;
    });
    c.get('log').info({ blacklistEntryId: entry.id, customerId: entry.customerId }, 'blacklist report');
    return json(entry, 201, { Location: `${BASE_PATH}/blacklist/${entry.id}` });
  });

  app.get('/blacklist/:id', async (c) => json(await entryOr404(db, c.get('principal'), pathId(c.req.param('id'), 'blacklist entry'))));

  const step = (c: { get(key: 'principal'): Principal; req: { param(name: 'id'): string | undefined } }, action: (entry: BlacklistEntry) => Exclude<BlacklistAction, 'report'>, note: string | undefined) =>
    db.transaction(async (tx) => {
      const principal = c.get('principal');
      const entry = await entryOr404(tx, principal, pathId(c.req.param('id'), 'blacklist entry'), true);
      let next: BlacklistEntry;
      try {
        next = applyBlacklistAction(entry, action(entry), { at: now(), actor: principal.subject, ...(note === undefined ? {} : { note }) });
      } catch (error) {
        if (error instanceof CreditKitRuleError) throw conflict(error.message, 'blacklist-transition');
        throw error;
      }
      await tx.query('UPDATE blacklist_entries SET status = $2, updated_at = now() WHERE id = $1', [entry.id, next.status]);
      await appendEvent(tx, entry.id, next.history[next.history.length - 1]!);
      if (blacklistRestricts(next.status) !== blacklistRestricts(entry.status)) {
        await tx.query('UPDATE customers SET blacklisted = $2, updated_at = now() WHERE id = $1', [entry.customerId, blacklistRestricts(next.status)]);
      }
      return next;
    });

  app.post('/blacklist/:id/decisions', async (c) => {
    const principal = c.get('principal');
    const input = readBody(await readJson(c), blacklistDecisionInputSchema, 'decision');
    await entryOr404(db, principal, pathId(c.req.param('id'), 'blacklist entry'));
    requireRole(principal, ['approver'], 'Deciding a blacklist entry (head office)');
    return json(await step(c, (entry) => {
      const action = decisionAction(entry.status, input.decision);
      if (!action) throw new ProblemError({ status: 409, slug: 'blacklist-nothing-pending', detail: `Nothing is pending on blacklist entry ${entry.id} (it is ${entry.status}).` });
      return action;
    }, input.note));
  });

  app.post('/blacklist/:id/removal-requests', async (c) => {
    const input = readBody(await readJson(c), blacklistRemovalInputSchema, 'removal request');
    return json(await step(c, () => 'request-removal', input.reason));
  });
};
