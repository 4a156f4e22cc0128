import { Hono } from 'hono';
import type { ServerApp, ServerContext, ServerEnv } from './context.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { registerReceivableRoutes } from './receivables/routes.js';

/** Where the contract lives under the origin. */
export const BASE_PATH = '/api/credit/v1';

/** The contract's routes, each module adding its own (receivables: `./receivables/routes.js`). */
const ROUTE_MODULES = [registerReceivableRoutes];

/**
 * The service's Hono app: `/healthz`, `/readyz` at the root, the contract under `BASE_PATH`.
 * Middleware (request ids, logs, auth, CORS, body limits) wraps every contract route.
 */
export function createApp(ctx: ServerContext): Hono<ServerEnv> {
  const root = new Hono<ServerEnv>();
  const api: ServerApp = new Hono<ServerEnv>();
  for (const register of ROUTE_MODULES) register(api, ctx);
  api.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(error.problem, c.req.path);
    (c.get('log') ?? ctx.logger).error({ err: error }, 'unhandled error');
    return problemResponse({ status: 500, slug: 'internal', detail: 'The service failed to answer; try again.' }, c.req.path);
  });
  root.route(BASE_PATH, api);
  return root;
}
