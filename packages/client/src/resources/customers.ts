import { customerPageSchema, customerSchema, type Customer, type CustomerPage } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import { customerQuery, type CustomerQuery } from '../queries.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

// One module per endpoint group, so a widget's bundle holds only the response schemas it reads.

export const CUSTOMER_LIST_ENDPOINTS = {
  listCustomers: /* @__PURE__ */ endpoint<CustomerPage>('GET', '/customers', customerPageSchema),
  getCustomer: /* @__PURE__ */ endpoint<Customer>('GET', '/customers/{id}', customerSchema, { identity: 'id' }),
};

/** `listCustomers`, `getCustomer`. */
export const customerMethods = {
  async listCustomers(this: RestClient, query?: CustomerQuery, options: RequestOptions = {}): Promise<CustomerPage> {
    return this._get(CUSTOMER_LIST_ENDPOINTS.listCustomers, customerQuery(query), {}, options.signal);
  },
  async getCustomer(this: RestClient, customerId: string, options: RequestOptions = {}): Promise<Customer> {
    return this._get(CUSTOMER_LIST_ENDPOINTS.getCustomer, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  },
};
