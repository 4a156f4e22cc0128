import {
  applicationTransitionSchema,
  transitionVerdict,
  creditApplicationInputSchema,
  toValidationIssues,
  type CreditApplication,
  type CreditApplicationInput,
} from '@credit-kit/core';
import type { Principal, RouteModule } from '../context.js';
import type { Database } from '../db/database.js';
import { assertCustomerVisible, canSeeCustomer, requireRole } from '../auth/scope.js';
import { canonicalJson, sha256 } from '../http/hash.js';
import { ProblemError, badRequest, conflict, notFound, unprocessable } from '../http/problem.js';
import { pathId } from '../http/query.js';
import { json, readJson } from '../http/respond.js';
import { BASE_PATH } from '../paths.js';
import {
  applicationScope, canSeeApplication, findApplicationRow, insertApplication, listApplications, toApplication,
} from '../store/applications.js';

const MAX_KEY_LENGTH = 255;
/** Most applications one `GET /credit-applications` returns (the contract does not page this list). */
export const APPLICATION_LIST_LIMIT = 500;

const keyReused = () =>
  new ProblemError({
    status: 422,
    slug: 'idempotency-key-reused',
    detail: 'This Idempotency-Key was already used with a different request body: make a new key for a new application.',
  });

const decisionRequired = (id: string, status: string) =>
  new ProblemError({
    status: 409,
    slug: 'decision-required',
    detail: `Application ${id} is moved to ${status} only by a decision (POST /credit-applications/${id}/decision), which checks the approval policy; a transition only takes an application under review.`,
  });

interface KeyRow { request_hash: string; subject: string; response_body: CreditApplication | null }

/** What a key already stored means for this request: a replay, a refusal, or nothing (new key). */
function judgeKey(row: KeyRow | undefined, hash: string, principal: Principal): CreditApplication | undefined {
  if (!row) return undefined;
  if (row.request_hash !== hash || row.subject !== principal.subject) throw keyReused();
  // Stored in the same transaction as the application: a visible key always has its answer.
  return row.response_body!;
}

async function findKey(db: Database, key: string): Promise<KeyRow | undefined> {
  const { rows } = await db.query<KeyRow>('SELECT request_hash, subject, response_body FROM idempotency_keys WHERE key = $1', [key]);
  return rows[0];
}

/** The customer an application is for: the applicant's id if it is one of ours, else the one with its code. */
async function resolveCustomer(db: Database, input: CreditApplicationInput): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM customers WHERE id = $1 UNION ALL SELECT id FROM customers WHERE code = $2 LIMIT 1',
    [input.applicant.id ?? null, input.applicant.code],
  );
  return rows[0]?.id ?? null;
}

const replayed = (application: CreditApplication) => json(application, 200, { 'Idempotent-Replayed': 'true' });

/**
 * `POST /credit-applications` (idempotent by `Idempotency-Key`, across processes: the key's row is
 * inserted in the same transaction as the application, under a unique key, so concurrent requests
 * with one key wait for the first and then replay it), `GET /credit-applications/{id}`,
 * `GET /credit-applications?customerId=` and `POST /credit-applications/{id}/transitions`.
 */
export const registerApplicationRoutes: RouteModule = (app, { db }) => {
  app.post('/credit-applications', async (c) => {
    const principal = c.get('principal');
    requireRole(principal, ['sales', 'admin'], 'Submitting a credit application');
    const key = c.req.header('Idempotency-Key')?.trim();
    if (!key) {
      throw new ProblemError({
        status: 400, slug: 'idempotency-key-missing',
        detail: 'POST /credit-applications needs an Idempotency-Key header (a UUID made once per draft), so a retried submission cannot create a second application.',
      });
    }
    if (key.length > MAX_KEY_LENGTH) throw badRequest(`The Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters.`, 'idempotency-key-invalid');
    const body = await readJson(c);
    const hash = sha256(canonicalJson(body));
    // A known key decides before the schema: a replay never fails on validation.
    const earlier = judgeKey(await findKey(db, key), hash, principal);
    if (earlier) return replayed(earlier);
    const parsed = creditApplicationInputSchema.safeParse(body);
    if (!parsed.success) throw unprocessable('The application is not valid: see errors for each field.', toValidationIssues(parsed.error.issues), 'validation');
    const input = parsed.data;
    const customerId = await resolveCustomer(db, input);
    if (customerId !== null && !canSeeCustomer(principal, customerId)) throw notFound(`No customer ${customerId}.`);

    const outcome = await db.transaction(async (tx): Promise<{ replay: CreditApplication } | { created: CreditApplication }> => {
      const claimed = await tx.query(
        `INSERT INTO idempotency_keys (key, request_hash, subject) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [key, hash, principal.subject],
      );
      if (claimed.rows.length === 0) {
        // Another request (maybe another process) committed this key while we were checking.
        return { replay: judgeKey(await findKey(tx, key), hash, principal)! };
      }
      const row = await insertApplication(tx, input, customerId, principal.subject);
      const application = await toApplication(tx, row);
      await tx.query(`UPDATE idempotency_keys SET state = 'done', application_id = $2, response_body = $3 WHERE key = $1`, [
        key, application.id, JSON.stringify(application),
      ]);
      return { created: application };
    });
    if ('replay' in outcome) return replayed(outcome.replay);
    c.get('log').info({ applicationId: outcome.created.id, customerId }, 'credit application submitted');
    return json(outcome.created, 201, { Location: `${BASE_PATH}/credit-applications/${outcome.created.id}` });
  });

  app.get('/credit-applications/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'credit application');
    const row = await findApplicationRow(db, id);
    if (!row || !canSeeApplication(c.get('principal'), row)) throw notFound(`No credit application ${id}.`);
    return json(await toApplication(db, row));
  });

  app.get('/credit-applications', async (c) => {
    const principal = c.get('principal');
    const customerId = c.req.query('customerId') || undefined;
    const params: unknown[] = [];
    let where = applicationScope(principal, params);
    if (customerId !== undefined) {
      assertCustomerVisible(principal, pathId(customerId, 'customer'));
      params.push(customerId);
      where += ` AND a.customer_id = $${params.length}`;
    }
    return json({ items: await listApplications(db, where, params, APPLICATION_LIST_LIMIT) });
  });

  app.post('/credit-applications/:id/transitions', async (c) => {
    const principal = c.get('principal');
    const id = pathId(c.req.param('id'), 'credit application');
    const parsed = applicationTransitionSchema.safeParse(await readJson(c));
    if (!parsed.success) throw unprocessable('The transition is not valid: see errors for each field.', toValidationIssues(parsed.error.issues), 'validation');
    const { status, note } = parsed.data;
    const moved = await db.transaction(async (tx) => {
      const row = await findApplicationRow(tx, id, true);
      if (!row || !canSeeApplication(principal, row)) throw notFound(`No credit application ${id}.`);
      requireRole(principal, ['analyst', 'approver'], 'Moving an application through review');
      // Core's rule: a move that decides (approved, rejected, returned) would skip the approval policy
      // (levels, maker-checker, the computed maximum, reason codes) and leave no receipt.
      const verdict = transitionVerdict(row.status, status);
      if (verdict === 'not-allowed') throw conflict(`Application ${id} is ${row.status}; it cannot be moved to ${status}.`, 'invalid-transition');
      if (verdict === 'decision-required') throw decisionRequired(id, status);
      await tx.query(`UPDATE credit_applications SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
      await tx.query(`INSERT INTO application_events (application_id, status, actor, at, note) VALUES ($1, $2, $3, date_trunc('second', now()), $4)`, [
        id, status, principal.subject, note ?? null,
      ]);
      return toApplication(tx, (await findApplicationRow(tx, id))!);
    });
    c.get('log').info({ applicationId: id, status }, 'credit application moved');
    return json(moved);
  });
};
