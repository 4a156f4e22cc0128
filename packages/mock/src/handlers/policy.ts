import type { RouteDefinition } from '../http/route.js';
import { jsonResponse } from '../http/respond.js';
import type { HandlerContext } from './context.js';

/** `GET /credit-policy`: the configured policy (default core's `DEFAULT_CREDIT_POLICY`), decimals as plain strings. */
export function policyRoutes(context: HandlerContext): RouteDefinition[] {
  return [{ route: 'GET /credit-policy', handle: () => jsonResponse(context.policy) }];
}
