import {
  creditPolicySchema,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_CREDIT_POLICY,
  DEFAULT_REVIEW_POLICY,
  parseWith,
  reviewPolicySchema,
  reviewWorklist,
  validApprovalPolicySchema,
} from '@credit-kit/core';
import type { HttpHandler } from 'msw';
import { createDataset } from './data/dataset.js';
import { seedLimitRequests } from './data/decision-seeds.js';
import type { Dataset } from './data/model.js';
import { fetchThrough, type FetchFunction } from './fetch-through.js';
import { agingRoutes } from './handlers/aging.js';
import { applicationRoutes } from './handlers/applications.js';
import { blacklistRoutes } from './handlers/blacklist.js';
import { attachmentRoutes } from './handlers/attachments.js';
import type { HandlerContext } from './handlers/context.js';
import { customerRoutes } from './handlers/customers.js';
import { decisionRoutes, reviewCandidates, type DecisionPolicies } from './handlers/decisions.js';
import { limitRequestRoutes } from './handlers/limit-requests.js';
import { fallbackHandler } from './handlers/fallback.js';
import { policyRoutes } from './handlers/policy.js';
import { receivableRoutes } from './handlers/receivables.js';
import { warningRoutes } from './handlers/warnings.js';
import { KnobController } from './http/knobs.js';
import { toMswHandler, type RouteRuntime } from './http/route.js';
import { IdempotencyStore } from './idempotency.js';
import { resolveOptions, validateKnobs, type MockBackendOptions, type MockKnobs, type ResolvedMockOptions } from './options.js';
import type { RouteKey, UNMATCHED_ROUTE } from './routes.js';
import { clearState, createState, recordRequest, type MockState } from './state.js';

/** A running mock backend. */
export interface MockBackend {
  /** MSW request handlers for the whole contract: give them to `setupWorker` or `setupServer`. */
  readonly handlers: HttpHandler[];
  /** A `fetch`-compatible function answered by the handlers, never by the network. */
  readonly fetch: FetchFunction;
  /** Hit counts, recorded requests, created applications and uploads. */
  readonly state: MockState;
  /** The seeded data (ground truth for tests). */
  readonly dataset: Dataset;
  /** The options with their defaults. */
  readonly options: ResolvedMockOptions;
  /** The knobs in force. */
  readonly knobs: MockKnobs;
  /** Changes knobs while running (latency, failure rate, malformed rate, route statuses). */
  setKnobs(knobs: MockKnobs): void;
  /** Clears the state and idempotency keys, and restores the knobs and the fault stream the backend started with. */
  reset(): void;
  /** Requests received for a route so far. */
  hits(route: RouteKey | typeof UNMATCHED_ROUTE): number;
}

/**
 * Creates the mock backend: seeded, deterministic data for the whole REST contract, served by MSW
 * handlers (and by `fetch`), with knobs for latency, failures, malformed bodies and forced
 * statuses. The same options always give the same data and, for the same sequence of requests,
 * the same injected faults.
 *
 * @example
 * const backend = createMockBackend({ seed: 7, receivables: 10_000, latencyMs: [50, 300] });
 * const client = createClient({ baseUrl: '/api/credit/v1', fetch: backend.fetch });
 * @throws CreditKitValidationError when an option is out of range
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const resolved = resolveOptions(options);
  const policy = parseWith(creditPolicySchema, resolved.creditPolicy ?? DEFAULT_CREDIT_POLICY, 'mock backend options creditPolicy');
  const dataset = createDataset(resolved);
  const state = createState();
  const knobs = new KnobController(resolved.seed, resolved.knobs);
  const idempotency = new IdempotencyStore({
    maxKeys: resolved.maxIdempotencyKeys,
    ttlMs: resolved.idempotencyTtlMs,
    now: () => resolved.now().getTime(),
  });
  const context: HandlerContext = { dataset, state, options: resolved, policy, idempotency };
  const decisionPolicies: DecisionPolicies = {
    approval: parseWith(validApprovalPolicySchema, resolved.approvalPolicy ?? DEFAULT_APPROVAL_POLICY, 'mock backend options approvalPolicy'),
    review: parseWith(reviewPolicySchema, resolved.reviewPolicy ?? DEFAULT_REVIEW_POLICY, 'mock backend options reviewPolicy'),
  };
  const dueForReview = reviewWorklist(reviewCandidates(context), dataset.asOf, decisionPolicies.review).items.map((i) => i.customerId);
  const limitRequests = seedLimitRequests(dataset, policy, dueForReview);
  const runtime: RouteRuntime = { knobs, record: (route, request) => recordRequest(state, route, request) };

  const prefix = /^https?:/.test(resolved.basePath) ? resolved.basePath : `*${resolved.basePath}`;
  const routes = [
    ...customerRoutes(context),
    ...policyRoutes(context),
    ...applicationRoutes(context),
    ...attachmentRoutes(context),
    ...warningRoutes(context),
    ...receivableRoutes(context),
    ...agingRoutes(context),
    ...limitRequestRoutes(context, limitRequests),
    ...decisionRoutes(context, limitRequests, decisionPolicies),
    ...blacklistRoutes(context),
  ];
  const handlers = [...routes.map((route) => toMswHandler(route, prefix, runtime)), fallbackHandler(prefix, resolved.basePath, runtime)];

  return {
    handlers,
    fetch: fetchThrough(handlers, resolved.basePath),
    state,
    dataset,
    options: resolved,
    get knobs() {
      return knobs.current;
    },
    setKnobs(partial) {
      knobs.set(validateKnobs(partial));
    },
    reset() {
      clearState(state);
      idempotency.clear();
      knobs.reset();
    },
    hits(route) {
      return state.hits[route] ?? 0;
    },
  };
}
