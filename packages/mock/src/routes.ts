/** Every route of the contract, as `METHOD /path` with `{id}` placeholders: the keys of hit counts and `routeStatus`. */
export const ROUTES = [
  'GET /customers',
  'GET /customers/{id}',
  'GET /customers/{id}/financials',
  'GET /customers/{id}/credit-profile',
  'GET /customers/{id}/warning',
  'GET /credit-policy',
  'POST /credit-applications',
  'GET /credit-applications',
  'GET /credit-applications/{id}',
  'POST /credit-applications/{id}/transitions',
  'POST /attachments',
  'GET /warnings',
  'GET /receivables',
  'GET /receivables/aging',
  'POST /limit-requests',
  'GET /limit-requests',
  'GET /limit-requests/{id}',
  'POST /credit-applications/{id}/decision',
  'POST /limit-requests/{id}/decision',
  'GET /reviews/worklist',
  'GET /blacklist',
  'POST /blacklist',
  'GET /blacklist/{id}',
  'POST /blacklist/{id}/decisions',
  'POST /blacklist/{id}/removal-requests',
] as const;

/** A route of the contract, e.g. `'GET /customers/{id}/warning'`. */
export type RouteKey = (typeof ROUTES)[number];

/** Hit-count key of requests under the base path that match no route. */
export const UNMATCHED_ROUTE = 'unmatched';
