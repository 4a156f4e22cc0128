import {
  decisionSchema,
  limitRequestListSchema,
  limitRequestSchema,
  reviewWorklistSchema,
  type Decision,
  type LimitRequest,
  type LimitRequestList,
  type ReviewWorklist,
} from '@credit-kit/core';
import type { Endpoint } from './endpoints.js';

/** The decision loop's endpoints (limit requests, decisions, review worklist), by client method. */
export const DECISION_ENDPOINTS = {
  createLimitRequest: { method: 'POST', path: '/limit-requests', schema: limitRequestSchema, retry: 'idempotent-write', conditional: false } as Endpoint<LimitRequest>,
  getLimitRequest: { method: 'GET', path: '/limit-requests/{id}', schema: limitRequestSchema, retry: 'read', conditional: false } as Endpoint<LimitRequest>,
  listLimitRequests: { method: 'GET', path: '/limit-requests', schema: limitRequestListSchema, retry: 'read', conditional: false } as Endpoint<LimitRequestList>,
  // A decision is not retried: a second attempt after a lost answer gets a 409 (already decided), never a second decision.
  decideApplication: { method: 'POST', path: '/credit-applications/{id}/decision', schema: decisionSchema, retry: 'none', conditional: false } as Endpoint<Decision>,
  decideLimitRequest: { method: 'POST', path: '/limit-requests/{id}/decision', schema: decisionSchema, retry: 'none', conditional: false } as Endpoint<Decision>,
  getReviewWorklist: { method: 'GET', path: '/reviews/worklist', schema: reviewWorklistSchema, retry: 'read', conditional: false } as Endpoint<ReviewWorklist>,
} as const;
