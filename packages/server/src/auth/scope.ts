import type { Principal, Role } from '../context.js';
import { notFound, forbidden } from '../http/problem.js';

/**
 * Roles that see every customer unless their principal lists `customers`. `sales` sees only the
 * customers listed on its principal (none when it lists none).
 */
const PORTFOLIO_ROLES: readonly Role[] = ['analyst', 'approver', 'admin'];

/** The customer ids this principal may see, or `null` for all of them. */
export function visibleCustomers(principal: Principal): readonly string[] | null {
  if (principal.customers) return principal.customers;
  return principal.roles.some((role) => PORTFOLIO_ROLES.includes(role)) ? null : [];
}

/** Whether the principal may see this customer. */
export function canSeeCustomer(principal: Principal, customerId: string): boolean {
  const visible = visibleCustomers(principal);
  return visible === null || visible.includes(customerId);
}

/**
 * A SQL condition limiting `column` to the principal's customers, with its parameter appended to
 * `params` (`$n` numbered after the ones already there). Use it in every query that returns
 * customer-owned rows: `WHERE ${scopeFilter(principal, 'r.customer_id', params)} AND …`.
 */
export function scopeFilter(principal: Principal, column: string, params: unknown[]): string {
  const visible = visibleCustomers(principal);
  if (visible === null) return 'TRUE';
  params.push([...visible]);
  return `${column} = ANY($${params.length}::text[])`;
}

/** Throws the 404 an absent customer gets when the principal may not see `customerId`. */
export function assertCustomerVisible(principal: Principal, customerId: string): void {
  if (!canSeeCustomer(principal, customerId)) throw notFound(`No customer ${customerId}.`);
}

/** Throws a 403 unless the principal holds one of `roles`. */
export function requireRole(principal: Principal, roles: readonly Role[], action: string): void {
  if (!principal.roles.some((role) => roles.includes(role))) {
    throw forbidden(`${action} needs the role ${roles.join(' or ')}; ${principal.subject} has ${principal.roles.join(', ') || 'none'}.`);
  }
}
