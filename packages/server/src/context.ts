import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { CreditPolicy } from '@credit-kit/core';
import type { Database } from './db/database.js';

/** The roles the service knows (issue 11 §6). */
export const ROLES = ['sales', 'analyst', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is asking, as the host's `authenticate` says. `customers` limits a principal to those
 * customer ids (a salesperson's own); absent means every customer its roles allow.
 */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly customers?: readonly string[];
}

/** The host's login, plugged in: a principal, or `null` when the request carries no valid credentials (401). */
export type Authenticate = (request: Request) => Promise<Principal | null>;

/** Hono's per-request variables the service sets (`c.get('principal')`, `c.get('requestId')`, `c.get('log')`). */
export interface ServerVariables {
  principal: Principal;
  requestId: string;
  log: Logger;
}
export type ServerEnv = { Variables: ServerVariables };
export type ServerApp = Hono<ServerEnv>;

/** What every route module gets. Stateless: everything durable is in `db`. */
export interface ServerContext {
  readonly db: Database;
  /** The credit policy in force (from the `credit_policy` table, or core's default). */
  readonly policy: () => Promise<CreditPolicy>;
  readonly authenticate: Authenticate;
  readonly logger: Logger;
  /** Today's date (YYYY-MM-DD) as the service sees it; the default `asOf`. */
  readonly today: () => string;
}

/** A module that adds its routes (paths relative to the base path, e.g. `/receivables`). */
export type RouteModule = (app: ServerApp, ctx: ServerContext) => void;
