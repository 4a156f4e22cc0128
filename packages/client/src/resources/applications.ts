import { creditApplicationListSchema, creditApplicationSchema, type CreditApplication } from '@credit-kit/core/lean';
import type { CreditApplicationList, RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import { applicationQuery, type ApplicationQuery } from '../queries.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';

export const APPLICATION_READ_ENDPOINTS = {
  getApplication: /* @__PURE__ */ endpoint<CreditApplication>('GET', '/credit-applications/{id}', creditApplicationSchema, { identity: 'id' }),
  transitionApplication: /* @__PURE__ */ endpoint<CreditApplication>('POST', '/credit-applications/{id}/transitions', creditApplicationSchema),
  listApplications: /* @__PURE__ */ endpoint<CreditApplicationList>('GET', '/credit-applications', creditApplicationListSchema),
};

/** `getApplication`, `listApplications`. */
export const applicationMethods = {
  async getApplication(this: RestClient, applicationId: string, options: RequestOptions = {}): Promise<CreditApplication> {
    return this._get(APPLICATION_READ_ENDPOINTS.getApplication, [], { id: checkPathId(applicationId, 'applicationId') }, options.signal);
  },
  async listApplications(this: RestClient, query?: ApplicationQuery, options: RequestOptions = {}): Promise<CreditApplicationList> {
    return this._get(APPLICATION_READ_ENDPOINTS.listApplications, applicationQuery(query), {}, options.signal);
  },
};
