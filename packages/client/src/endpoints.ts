import { APPLICATION_READ_ENDPOINTS } from './resources/applications.js';
import { AGING_REPORT_ENDPOINTS } from './resources/aging-report.js';
import { BLACKLIST_ENDPOINTS } from './resources/blacklist.js';
import { CREDIT_POLICY_ENDPOINTS } from './resources/credit-policy.js';
import { CREDIT_PROFILE_ENDPOINTS } from './resources/credit-profile.js';
import { CUSTOMER_LIST_ENDPOINTS } from './resources/customers.js';
import { FINANCIALS_ENDPOINTS } from './resources/financials.js';
import { RECEIVABLE_ENDPOINTS } from './resources/receivables.js';
import { SUBMISSION_ENDPOINTS } from './resources/submission.js';
import { WARNING_ENDPOINTS } from './resources/warnings.js';
import { DECISION_ENDPOINTS } from './decision-endpoints.js';

export { endpointName, type Endpoint, type RetryClass } from './endpoint.js';

/**
 * Every endpoint of the contract, by client method: the resource modules' tables together. The
 * client itself reads each resource's own table (`resources/*.ts`), so a bundle that uses one
 * resource holds only that resource's response schemas; this whole table is for tests and tools.
 */
// Built in a function: spreads in a top-level object literal count as side effects to bundlers,
// which would then keep every endpoint (and its schemas) on every page.
export const ENDPOINTS = /* @__PURE__ */ allEndpoints();

function allEndpoints() {
  return {
    ...CUSTOMER_LIST_ENDPOINTS,
    ...FINANCIALS_ENDPOINTS,
    ...CREDIT_PROFILE_ENDPOINTS,
    ...CREDIT_POLICY_ENDPOINTS,
    submitApplication: SUBMISSION_ENDPOINTS.submitApplication,
    ...APPLICATION_READ_ENDPOINTS,
    uploadAttachment: SUBMISSION_ENDPOINTS.uploadAttachment,
    ...WARNING_ENDPOINTS,
    ...RECEIVABLE_ENDPOINTS,
    ...AGING_REPORT_ENDPOINTS,
    ...BLACKLIST_ENDPOINTS,
    ...DECISION_ENDPOINTS,
  } as const;
}
