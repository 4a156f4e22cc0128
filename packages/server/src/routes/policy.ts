import type { RouteModule } from '../context.js';
import { json } from '../http/respond.js';

/** `GET /credit-policy`: the policy in force (the `credit_policy` row, else core's default). */
export const registerPolicyRoutes: RouteModule = (app, ctx) => {
  app.get('/credit-policy', async () => json(await ctx.policy()));
};
