import { agingReportSchema, type AgingReport } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import { agingQuery, type AgingQuery } from '../queries.js';
import type { RestClient } from '../rest-client.js';

export const AGING_REPORT_ENDPOINTS = {
  getAgingReport: /* @__PURE__ */ endpoint<AgingReport>('GET', '/receivables/aging', agingReportSchema),
};

/** `getAgingReport`. */
export const agingReportMethods = {
  async getAgingReport(this: RestClient, query?: AgingQuery, options: RequestOptions = {}): Promise<AgingReport> {
    return this._get(AGING_REPORT_ENDPOINTS.getAgingReport, agingQuery(query), {}, options.signal);
  },
};
