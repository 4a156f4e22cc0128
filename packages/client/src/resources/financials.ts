import { financialsSchema, type Financials } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

export const FINANCIALS_ENDPOINTS = {
  getFinancials: /* @__PURE__ */ endpoint<Financials>('GET', '/customers/{id}/financials', financialsSchema, { identity: 'customerId' }),
};

/** `getFinancials`. */
export const financialsMethods = {
  async getFinancials(this: RestClient, customerId: string, options: RequestOptions = {}): Promise<Financials> {
    return this._get(FINANCIALS_ENDPOINTS.getFinancials, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  },
};
