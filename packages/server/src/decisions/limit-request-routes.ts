import { LIMIT_REQUEST_STATUSES, limitRequestInputSchema, toValidationIssues, type LimitRequest } from '@credit-kit/core';
import type { Principal, RouteModule } from '../context.js';
import type { Database } from '../db/database.js';
import { assertCustomerVisible, canSeeCustomer } from '../auth/scope.js';
import { canonicalJson, sha256 } from '../http/hash.js';
import { ProblemError, badRequest, notFound, unprocessable } from '../http/problem.js';
import { pathId } from '../http/query.js';
import { json, readJson } from '../http/respond.js';
import { BASE_PATH } from '../paths.js';
import { findLimitRequest, insertLimitRequest, listLimitRequests } from './store.js';

/** Limit requests' keys share `idempotency_keys` with applications, under this prefix. */
const KEY_PREFIX = 'limit-request:';
const MAX_KEY_LENGTH = 255;
/** Most limit requests one `GET /limit-requests` returns (the contract does not page this list). */
export const LIMIT_REQUEST_LIST_LIMIT = 500;

interface KeyRow { request_hash: string; subject: string; response_body: LimitRequest | null }

async function findKey(db: Database, key: string): Promise<KeyRow | undefined> {
  const { rows } = await db.query<KeyRow>('SELECT request_hash, subject, response_body FROM idempotency_keys WHERE key = $1', [key]);
  return rows[0];
}

/** A stored key: its first answer to replay, or a 422 when the body or the principal differ. */
function judgeKey(row: KeyRow | undefined, hash: string, principal: Principal): LimitRequest | undefined {
  if (!row) return undefined;
  if (row.request_hash !== hash || row.subject !== principal.subject) {
    throw new ProblemError({ status: 422, slug: 'idempotency-key-reused', detail: 'This Idempotency-Key was already used with a different request body: make a new key for a new limit request.' });
  }
  return row.response_body!;
}

const replayed = (request: LimitRequest) => json(request, 200, { 'Idempotent-Replayed': 'true' });

/**
 * `POST /limit-requests` (idempotent by `Idempotency-Key` exactly as applications: the key's row is
 * inserted in the transaction that creates the request), `GET /limit-requests/{id}` and
 * `GET /limit-requests?customerId=&status=` (newest first). The maker (`requestedBy`) is the
 * principal. Every role may request a limit for a customer it sees; another customer is unknown.
 */
export const registerLimitRequestRoutes: RouteModule = (app, { db }) => {
  app.post('/limit-requests', async (c) => {
    const principal = c.get('principal');
    const given = c.req.header('Idempotency-Key')?.trim();
    if (!given) {
      throw new ProblemError({
        status: 400, slug: 'idempotency-key-missing',
        detail: 'POST /limit-requests needs an Idempotency-Key header (a UUID made once per request form), so a retry cannot create a second request.',
      });
    }
    if (given.length > MAX_KEY_LENGTH) throw badRequest(`The Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters.`, 'idempotency-key-invalid');
    const key = KEY_PREFIX + given;
    const body = await readJson(c);
    const hash = sha256(canonicalJson(body));
    const earlier = judgeKey(await findKey(db, key), hash, principal);
    if (earlier) return replayed(earlier);

    const parsed = limitRequestInputSchema.safeParse(body);
    const errors = parsed.success ? [] : toValidationIssues(parsed.error.issues);
    let currentLimit: string | null = null;
    if (parsed.success) {
      const { rows } = await db.query<{ granted: string | null }>(
        'SELECT p.granted FROM customers c LEFT JOIN credit_profiles p ON p.customer_id = c.id WHERE c.id = $1', [parsed.data.customerId],
      );
      // A customer out of the principal's scope is as unknown as an absent one.
      if (!rows[0] || !canSeeCustomer(principal, parsed.data.customerId)) {
        errors.push({ path: 'customerId', code: 'unknown_customer', message: `is not a known customer ("${parsed.data.customerId}")` });
      } else {
        currentLimit = rows[0].granted;
      }
    }
    if (!parsed.success || errors.length > 0) throw unprocessable('The limit request is not valid: see errors for each field.', errors, 'validation');

    const outcome = await db.transaction(async (tx): Promise<{ replay: LimitRequest } | { created: LimitRequest }> => {
      const claimed = await tx.query(
        `INSERT INTO idempotency_keys (key, request_hash, subject) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [key, hash, principal.subject],
      );
      if (claimed.rows.length === 0) return { replay: judgeKey(await findKey(tx, key), hash, principal)! };
      const created = await insertLimitRequest(tx, parsed.data, principal.subject, currentLimit);
      await tx.query(`UPDATE idempotency_keys SET state = 'done', limit_request_id = $2, response_body = $3 WHERE key = $1`, [
        key, created.id, JSON.stringify(created),
      ]);
      return { created };
    });
    if ('replay' in outcome) return replayed(outcome.replay);
    c.get('log').info({ limitRequestId: outcome.created.id, customerId: outcome.created.customerId }, 'limit request submitted');
    return json(outcome.created, 201, { Location: `${BASE_PATH}/limit-requests/${outcome.created.id}` });
  });

  app.get('/limit-requests/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'limit request');
    const found = await findLimitRequest(db, c.get('principal'), id);
    if (!found) throw notFound(`No limit request ${id}.`);
    return json(found);
  });

  app.get('/limit-requests', async (c) => {
    const principal = c.get('principal');
    const customerId = c.req.query('customerId') || undefined;
    const status = c.req.query('status') || undefined;
    if (status !== undefined && !(LIMIT_REQUEST_STATUSES as readonly string[]).includes(status)) {
      throw badRequest(`Query parameter status must be one of ${LIMIT_REQUEST_STATUSES.join(', ')}, not "${status}".`, 'invalid-parameter');
    }
    if (customerId !== undefined) assertCustomerVisible(principal, pathId(customerId, 'customer'));
    return json({ items: await listLimitRequests(db, principal, { customerId, status }, LIMIT_REQUEST_LIST_LIMIT) });
  });
};
