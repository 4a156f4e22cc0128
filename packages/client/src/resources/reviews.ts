import { decisionSchema, reviewWorklistSchema, type Decision, type DecisionInput, type ReviewWorklist } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { decisionBody, worklistQuery, type WorklistQuery } from '../decisions.js';
import type { Endpoint } from '../endpoint.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

export const REVIEW_ENDPOINTS = {
  // A decision is not retried: a second attempt after a lost answer gets a 409 (already decided), never a second decision.
  decideApplication: { method: 'POST', path: '/credit-applications/{id}/decision', schema: decisionSchema, retry: 'none', conditional: false } as Endpoint<Decision>,
  decideLimitRequest: { method: 'POST', path: '/limit-requests/{id}/decision', schema: decisionSchema, retry: 'none', conditional: false } as Endpoint<Decision>,
  getReviewWorklist: { method: 'GET', path: '/reviews/worklist', schema: reviewWorklistSchema, retry: 'read', conditional: false } as Endpoint<ReviewWorklist>,
};

/** `decideApplication`, `decideLimitRequest`, `getReviewWorklist`. */
export const reviewMethods = {
  async decideApplication(this: RestClient, applicationId: string, decision: DecisionInput, options: RequestOptions = {}): Promise<Decision> {
    const params = { id: checkPathId(applicationId, 'applicationId') };
    return this._post(REVIEW_ENDPOINTS.decideApplication, /* @__PURE__ */ decisionBody(decision), { 'Content-Type': 'application/json' }, options, params);
  },
  async decideLimitRequest(this: RestClient, limitRequestId: string, decision: DecisionInput, options: RequestOptions = {}): Promise<Decision> {
    const params = { id: checkPathId(limitRequestId, 'limitRequestId') };
    return this._post(REVIEW_ENDPOINTS.decideLimitRequest, /* @__PURE__ */ decisionBody(decision), { 'Content-Type': 'application/json' }, options, params);
  },
  async getReviewWorklist(this: RestClient, query?: WorklistQuery, options: RequestOptions = {}): Promise<ReviewWorklist> {
    return this._get(REVIEW_ENDPOINTS.getReviewWorklist, worklistQuery(query), {}, options.signal);
  },
};
