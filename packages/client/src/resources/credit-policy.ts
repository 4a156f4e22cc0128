import { creditPolicySchema, type CreditPolicy } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import type { RestClient } from '../rest-client.js';
import type { TtlCache } from '../ttl-cache.js';

export const CREDIT_POLICY_ENDPOINTS = {
  getCreditPolicy: /* @__PURE__ */ endpoint<CreditPolicy>('GET', '/credit-policy', creditPolicySchema),
};

/** `getCreditPolicy`, reused for `policyCacheMs`. */
export const creditPolicyMethods = {
  async getCreditPolicy(this: RestClient, options: RequestOptions = {}): Promise<CreditPolicy> {
    return this._get(CREDIT_POLICY_ENDPOINTS.getCreditPolicy, [], {}, options.signal, this._policyCache as TtlCache<CreditPolicy>);
  },
};
