import { LIMIT_REQUEST_ENDPOINTS } from './resources/limit-requests.js';
import { REVIEW_ENDPOINTS } from './resources/reviews.js';

/** The decision loop's endpoints (limit requests, decisions, review worklist), by client method. */
export const DECISION_ENDPOINTS = { ...LIMIT_REQUEST_ENDPOINTS, ...REVIEW_ENDPOINTS } as const;
