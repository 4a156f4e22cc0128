/**
 * `@credit-kit/client/resources`: the client by endpoint. `createClientWith(options, [warningMethods])`
 * makes a client with only those methods, so a page's bundle carries only the response schemas of
 * the endpoints it calls (the warning badge does not ship the application's submission contract).
 * `createClient` from `@credit-kit/client` composes every set; its API is the same either way.
 */
export { createClientWith, type MethodSet } from '../rest-client.js';
export { agingReportMethods } from './aging-report.js';
export { applicationMethods } from './applications.js';
export { creditPolicyMethods } from './credit-policy.js';
export { creditProfileMethods } from './credit-profile.js';
export { customerMethods } from './customers.js';
export { financialsMethods } from './financials.js';
export { limitRequestMethods } from './limit-requests.js';
export { receivableMethods } from './receivables.js';
export { reviewMethods } from './reviews.js';
export { submissionMethods } from './submission.js';
export { warningMethods } from './warnings.js';
