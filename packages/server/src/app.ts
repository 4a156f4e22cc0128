import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { MAX_ATTACHMENT_BYTES } from '@credit-kit/core';
import type { ServerApp, ServerContext, ServerEnv } from './context.js';
import { pendingMigrations } from './db/migrate.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { json } from './http/respond.js';
import { BASE_PATH } from './paths.js';
import { registerBlacklistRoutes } from './blacklist/routes.js';
import { registerDecisionRoutes } from './decisions/routes.js';
import { registerImportRoutes } from './import/routes.js';
import { registerReceivableRoutes } from './receivables/routes.js';
import { registerApplicationRoutes } from './routes/applications.js';
import { registerAttachmentRoutes } from './routes/attachments.js';
import { registerCustomerRoutes } from './routes/customers.js';
import { registerPolicyRoutes } from './routes/policy.js';
import { registerWarningRoutes } from './routes/warnings.js';

export { BASE_PATH };

/** The contract's routes, each module adding its own. Receivables (and aging) first: S2's `./receivables/routes.js`. */
const ROUTE_MODULES = [
  registerReceivableRoutes,
  registerPolicyRoutes,
  registerCustomerRoutes,
  registerWarningRoutes,
  registerApplicationRoutes,
  registerAttachmentRoutes,
  registerImportRoutes,
  registerDecisionRoutes,
  registerBlacklistRoutes,
];

/** Response headers a page on another origin may read. */
const EXPOSED_HEADERS = ['ETag', 'Idempotent-Replayed', 'Retry-After', 'Location', 'X-Request-Id'];
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id', 'X-CSRF-Token', 'X-Tenant'];

/** Largest JSON body (1 MiB); `/attachments` takes the contract's largest file plus multipart framing. */
export const JSON_BODY_LIMIT = 1024 * 1024;
const ATTACHMENT_BODY_LIMIT = MAX_ATTACHMENT_BYTES + 64 * 1024;

export interface AppOptions {
  /** Origins allowed to call from a browser; `'*'` for any (development). None: no CORS headers. */
  readonly corsOrigins?: readonly string[] | '*';
}

const CONTRACT_ROUTES: [method: string, pattern: RegExp][] = [
  ['GET', /^\/customers$/], ['GET', /^\/customers\/[^/]+$/], ['GET', /^\/customers\/[^/]+\/(financials|credit-profile|warning)$/],
  ['GET', /^\/credit-policy$/], ['POST', /^\/credit-applications$/], ['GET', /^\/credit-applications(\/[^/]+)?$/],
  ['POST', /^\/credit-applications\/[^/]+\/transitions$/], ['POST', /^\/attachments$/], ['GET', /^\/warnings$/],
  ['GET', /^\/receivables(\/aging)?$/], ['POST', /^\/imports\/[^/]+$/],
  ['GET', /^\/limit-requests(\/[^/]+)?$/], ['POST', /^\/limit-requests$/], ['POST', /^\/(limit-requests|credit-applications)\/[^/]+\/decision$/],
  ['GET', /^\/reviews\/worklist$/], ['GET', /^\/blacklist(\/[^/]+)?$/], ['POST', /^\/blacklist(\/[^/]+\/(decisions|removal-requests))?$/],
];

/**
 * The service's Hono app: `/healthz` and `/readyz` at the root, the contract under `BASE_PATH`
 * with request ids and logs, CORS, body limits and authentication before every route.
 */
export function createApp(ctx: ServerContext, options: AppOptions = {}): Hono<ServerEnv> {
  const root = new Hono<ServerEnv>();

  root.use('*', async (c, next) => {
    const given = c.req.header('X-Request-Id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    const log = ctx.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = process.hrtime.bigint();
    await next();
    c.header('X-Request-Id', requestId);
    log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
  });

  root.get('/healthz', (c) => c.json({ status: 'ok' }));
  root.get('/readyz', async (c) => {
    try {
      await ctx.db.query('SELECT 1');
      const pending = await pendingMigrations(ctx.db);
      if (pending.length) return c.json({ status: 'not ready', reason: `migrations not applied: ${pending.join(', ')}` }, 503);
      return c.json({ status: 'ready', database: ctx.db.kind });
    } catch (error) {
      return c.json({ status: 'not ready', reason: `database unreachable: ${error instanceof Error ? error.message : String(error)}` }, 503);
    }
  });

  const api: ServerApp = new Hono<ServerEnv>();
  if (options.corsOrigins) {
    const allowed = options.corsOrigins;
    api.use('*', cors({
      origin: allowed === '*' ? (origin) => origin || '*' : (origin) => (allowed.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ALLOWED_HEADERS,
      exposeHeaders: EXPOSED_HEADERS,
      credentials: allowed !== '*',
      maxAge: 600,
    }));
  }
  const tooLarge = (limit: number) => () =>
    problemResponse({
      status: 413, slug: 'body-too-large', detail: `The request body is larger than this endpoint accepts (${limit} bytes).`,
      // The unread rest of the body would be taken for the next request on a kept-alive connection.
      headers: { Connection: 'close' },
    });
  api.use('/attachments', bodyLimit({ maxSize: ATTACHMENT_BODY_LIMIT, onError: tooLarge(ATTACHMENT_BODY_LIMIT) }));
  api.use('*', async (c, next) => {
    // Attachments have their own limit; imports are streamed row by row, however large the file.
    if (c.req.path.endsWith('/attachments') || c.req.path.startsWith(`${BASE_PATH}/imports/`)) return next();
    return bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: tooLarge(JSON_BODY_LIMIT) })(c, next);
  });
  api.use('*', async (c, next) => {
    const principal = await ctx.authenticate(c.req.raw);
    if (!principal) {
      return problemResponse({
        status: 401, slug: 'unauthenticated', detail: 'Send valid credentials (Authorization: Bearer …).',
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    c.set('principal', principal);
    await next();
  });
  for (const register of ROUTE_MODULES) register(api, ctx);

  const contractFallback = (c: Context<ServerEnv>) => {
    const relative = c.req.path.slice(BASE_PATH.length) || '/';
    const allowed = [...new Set(CONTRACT_ROUTES.filter(([, p]) => p.test(relative)).map(([m]) => m))];
    if (allowed.length) {
      return problemResponse({
        status: 405, slug: 'method-not-allowed', detail: `${relative} answers ${allowed.join(' and ')}, not ${c.req.method}.`,
        headers: { Allow: allowed.join(', ') },
      });
    }
    return problemResponse({ status: 404, slug: 'no-such-endpoint', detail: `The Credit Kit contract has no endpoint ${c.req.method} ${relative}.` });
  };
  const onError = (error: Error, c: Context<ServerEnv>) => {
    if (error instanceof ProblemError) return problemResponse(error.problem, c.req.path);
    (c.get('log') ?? ctx.logger).error({ err: error }, 'unhandled error');
    return problemResponse({ status: 500, slug: 'internal', detail: 'The service failed to answer; try again.' }, c.req.path);
  };
  api.onError(onError);
  root.onError(onError);
  root.route(BASE_PATH, api);
  root.notFound((c) =>
    c.req.path === BASE_PATH || c.req.path.startsWith(`${BASE_PATH}/`) ? contractFallback(c) : json({ detail: `Not found. The contract is under ${BASE_PATH}.` }, 404),
  );
  return root;
}
