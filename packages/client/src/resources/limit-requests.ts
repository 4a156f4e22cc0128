import { limitRequestListSchema, limitRequestSchema, type LimitRequest, type LimitRequestInput, type LimitRequestList } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { limitRequestBody, limitRequestQuery, type CreateLimitRequestOptions, type LimitRequestQuery } from '../decisions.js';
import type { Endpoint } from '../endpoint.js';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_HEADER, type RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

export const LIMIT_REQUEST_ENDPOINTS = {
  createLimitRequest: { method: 'POST', path: '/limit-requests', schema: limitRequestSchema, retry: 'idempotent-write', conditional: false } as Endpoint<LimitRequest>,
  getLimitRequest: { method: 'GET', path: '/limit-requests/{id}', schema: limitRequestSchema, retry: 'read', conditional: false } as Endpoint<LimitRequest>,
  listLimitRequests: { method: 'GET', path: '/limit-requests', schema: limitRequestListSchema, retry: 'read', conditional: false } as Endpoint<LimitRequestList>,
};

/** `createLimitRequest`, `getLimitRequest`, `listLimitRequests`. */
export const limitRequestMethods = {
  async createLimitRequest(this: RestClient, input: LimitRequestInput, options: CreateLimitRequestOptions): Promise<LimitRequest> {
    const body = limitRequestBody(input);
    const key = checkIdempotencyKey(options?.idempotencyKey, 'limit request options');
    return this._post(LIMIT_REQUEST_ENDPOINTS.createLimitRequest, body, { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key }, options);
  },
  async getLimitRequest(this: RestClient, limitRequestId: string, options: RequestOptions = {}): Promise<LimitRequest> {
    return this._get(LIMIT_REQUEST_ENDPOINTS.getLimitRequest, [], { id: checkPathId(limitRequestId, 'limitRequestId') }, options.signal);
  },
  async listLimitRequests(this: RestClient, query?: LimitRequestQuery, options: RequestOptions = {}): Promise<LimitRequestList> {
    return this._get(LIMIT_REQUEST_ENDPOINTS.listLimitRequests, limitRequestQuery(query), {}, options.signal);
  },
};
