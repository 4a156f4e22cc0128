import { LIMIT_REQUEST_ENDPOINTS } from './resources/limit-requests.js';
import { REVIEW_ENDPOINTS } from './resources/reviews.js';

/** The decision loop's endpoints (limit requests, decisions, review worklist), by client method. */
export const DECISION_ENDPOINTS = /* @__PURE__ */ decisionEndpoints();

// A function: a spread in a top-level object literal counts as a side effect to bundlers.
function decisionEndpoints() {
  return { ...LIMIT_REQUEST_ENDPOINTS, ...REVIEW_ENDPOINTS } as const;
}
