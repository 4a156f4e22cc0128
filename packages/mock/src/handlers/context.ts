import type { CreditPolicy } from '@credit-kit/core';
import type { Dataset, SeedCustomer } from '../data/model.js';
import { notFound } from '../http/problem.js';
import type { IdempotencyStore } from '../idempotency.js';
import type { ResolvedMockOptions } from '../options.js';
import type { MockState } from '../state.js';

/** What every route handler reads and writes. */
export interface HandlerContext {
  readonly dataset: Dataset;
  readonly state: MockState;
  readonly options: ResolvedMockOptions;
  /** The policy served by `GET /credit-policy`; its aging buckets shape the aging report. */
  readonly policy: CreditPolicy;
  readonly idempotency: IdempotencyStore;
}

/** The seeded customer with this id, or a 404 problem. */
export function customerOr404(context: HandlerContext, id: string): SeedCustomer {
  const seed = context.dataset.customerById.get(id);
  if (!seed) throw notFound(`No customer with id "${id}".`);
  return seed;
}
