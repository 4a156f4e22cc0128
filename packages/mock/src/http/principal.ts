import type { Principal } from '@credit-kit/core';
import { ProblemError } from './problem.js';

/**
 * Header naming the acting user in the mock (a development convenience, never a production scheme);
 * percent-encoded when not ASCII (HTTP headers carry Latin-1 only), e.g. `%E9%9F%A9%E9%9B%AA`.
 */
export const ACTOR_HEADER = 'X-Credit-Kit-Actor';
/** Header with the acting user's roles, comma-separated (`analyst`, `credit_manager`, `committee`, `sales`). */
export const ROLES_HEADER = 'X-Credit-Kit-Roles';

/**
 * The principal of a request to the mock: `X-Credit-Kit-Actor` (or the older `X-Credit-Kit-User`)
 * and `X-Credit-Kit-Roles`. A real backend takes it from its authentication instead; the mock has
 * none, so these headers stand in for it.
 */
export function principalOf(request: Request): Principal | null {
  const raw = (request.headers.get(ACTOR_HEADER) ?? request.headers.get('X-Credit-Kit-User'))?.trim();
  if (!raw) return null;
  let subject = raw;
  try {
    subject = decodeURIComponent(raw);
  } catch {
    // Not percent-encoding: the header is the id as it is.
  }
  const roles = (request.headers.get(ROLES_HEADER) ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  return { subject, roles };
}

/** The principal, or a 401 problem saying which headers the mock reads. */
export function requirePrincipal(request: Request): Principal {
  const principal = principalOf(request);
  if (!principal) {
    throw new ProblemError({
      status: 401,
      slug: 'no-principal',
      detail: `Who is deciding? The mock backend reads the principal from ${ACTOR_HEADER} (user id) and ${ROLES_HEADER} (comma-separated roles).`,
    });
  }
  return principal;
}
