import { DEFAULT_CREDIT_POLICY, todayIso, type CreditPolicy } from '@credit-kit/core';
import type { Logger } from 'pino';
import type { Authenticate, ServerContext } from './context.js';
import type { Database } from './db/database.js';
import { LocalReadCache } from './store/local-read-cache.js';

/**
 * The context every route module gets: the policy and today's date read per request (stateless;
 * on embedded PGlite the policy is kept until anything is written, `LocalReadCache`).
 */
export function createContext(db: Database, authenticate: Authenticate, logger: Logger, today: () => string = () => todayIso()): ServerContext {
  const policies = new LocalReadCache<CreditPolicy>(db, 1);
  return {
    db,
    authenticate,
    logger,
    today,
    policy: () =>
      policies.get('policy', async () => {
        const { rows } = await db.query<{ document: CreditPolicy }>('SELECT document FROM credit_policy WHERE id = 1');
        return rows[0]?.document ?? DEFAULT_CREDIT_POLICY;
      }),
  };
}
