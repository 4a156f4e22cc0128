import { ROLES, type Principal, type Role } from '../context.js';

/**
 * A principal from untrusted JSON (a tokens file entry, JWT claims): `subject` a non-empty string,
 * `roles` the known ones (unknown roles dropped), `customers` a list of ids when present.
 * Returns a reason string when the value is not a principal.
 */
export function toPrincipal(value: unknown, claims: { roles?: string; customers?: string; subject?: string } = {}): Principal | string {
  if (!value || typeof value !== 'object') return 'is not an object';
  const record = value as Record<string, unknown>;
  const subject = record[claims.subject ?? 'subject'];
  if (typeof subject !== 'string' || subject === '') return `has no ${claims.subject ?? 'subject'}`;
  const rawRoles = record[claims.roles ?? 'roles'];
  const roleList = typeof rawRoles === 'string' ? rawRoles.split(/[\s,]+/) : Array.isArray(rawRoles) ? rawRoles : [];
  const roles = roleList.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r));
  const rawCustomers = record[claims.customers ?? 'customers'];
  if (rawCustomers !== undefined && !(Array.isArray(rawCustomers) && rawCustomers.every((c) => typeof c === 'string'))) {
    return `has ${claims.customers ?? 'customers'} that is not a list of customer ids`;
  }
  return rawCustomers === undefined ? { subject, roles } : { subject, roles, customers: rawCustomers as string[] };
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
