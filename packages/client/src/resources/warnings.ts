import { warningListParser, warningStatusParser, type WarningList, type WarningStatus } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import { warningQuery, type WarningQuery } from '../queries.js';
import type { RestClient } from '../rest-client.js';
import { checkPathId } from '../url.js';
import { Batcher } from '../warning-batcher.js';

export const WARNING_ENDPOINTS = {
  getWarning: /* @__PURE__ */ endpoint<WarningStatus>('GET', '/customers/{id}/warning', warningStatusParser, { conditional: true, identity: 'customerId' }),
  listWarnings: /* @__PURE__ */ endpoint<WarningList>('GET', '/warnings', warningListParser, { conditional: true }),
};

/** Each client's batcher of `getWarning` calls, made on its first call. */
const batchers = new WeakMap<RestClient, Batcher<WarningStatus>>();

function batcherOf(client: RestClient): Batcher<WarningStatus> {
  let batcher = batchers.get(client);
  if (!batcher) {
    batcher = new Batcher<WarningStatus>(
      {
        many: async (ids, signal) => {
          const list = await client._get(WARNING_ENDPOINTS.listWarnings, [['customerId', ids]], {}, signal);
          const byId = new Map<string, WarningStatus>();
          for (const item of list.items) if (!byId.has(item.customerId)) byId.set(item.customerId, item);
          return byId;
        },
        one: (id, signal) => client._get(WARNING_ENDPOINTS.getWarning, [], { id }, signal),
      },
      client._options.batchWindowMs,
    );
    batchers.set(client, batcher);
  }
  return batcher;
}

/** `getWarning` (batched), `listWarnings`. */
export const warningMethods = {
  async getWarning(this: RestClient, customerId: string, options: RequestOptions = {}): Promise<WarningStatus> {
    return batcherOf(this).load(checkPathId(customerId, 'customerId'), options.signal);
  },
  async listWarnings(this: RestClient, query?: WarningQuery, options: RequestOptions = {}): Promise<WarningList> {
    return this._get(WARNING_ENDPOINTS.listWarnings, warningQuery(query), {}, options.signal);
  },
};
