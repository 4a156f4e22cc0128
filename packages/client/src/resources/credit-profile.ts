import { creditProfileSchema, type CreditProfile } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

export const CREDIT_PROFILE_ENDPOINTS = {
  getCreditProfile: /* @__PURE__ */ endpoint<CreditProfile>('GET', '/customers/{id}/credit-profile', creditProfileSchema, { identity: 'customerId' }),
};

/** `getCreditProfile`. */
export const creditProfileMethods = {
  async getCreditProfile(this: RestClient, customerId: string, options: RequestOptions = {}): Promise<CreditProfile> {
    return this._get(CREDIT_PROFILE_ENDPOINTS.getCreditProfile, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  },
};
