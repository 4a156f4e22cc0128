import type { AttachmentUpload, CreditApplication } from '@credit-kit/core';
import { clearDecisionState, createDecisionState, type DecisionState } from './decision-state.js';

/** One request the backend received. */
export interface MockRequestRecord {
  /** Route key (`'GET /customers/{id}'`), or `'unmatched'`. */
  readonly route: string;
  readonly method: string;
  readonly url: string;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What a backend has seen and stored since it was created or last reset. Mutated in place. */
export interface MockState {
  /** Requests per route key (`'GET /customers/{id}/warning'`), including failed ones; `'unmatched'` for unknown paths. */
  readonly hits: Record<string, number>;
  /** Every request received, oldest first (the last 1,000). */
  readonly requests: MockRequestRecord[];
  /** Applications created by `POST /credit-applications` (not the seeded ones). */
  readonly applications: CreditApplication[];
  /** Attachments accepted by `POST /attachments`. */
  readonly uploads: AttachmentUpload[];
  /** Applications as moved by `POST /credit-applications/{id}/transitions`, by id (seeded ones included). */
  readonly revisions: Map<string, CreditApplication>;
  /** Limit requests, decisions and the profiles they changed. */
  readonly decisions: DecisionState;
}

const MAX_RECORDED_REQUESTS = 1_000;

export function createState(): MockState {
  return { hits: {}, requests: [], applications: [], uploads: [], revisions: new Map(), decisions: createDecisionState() };
}

/** Empties the state in place, so references a test holds stay live. */
export function clearState(state: MockState): void {
  for (const key of Object.keys(state.hits)) delete state.hits[key];
  state.requests.length = 0;
  state.applications.length = 0;
  state.uploads.length = 0;
  state.revisions.clear();
  clearDecisionState(state.decisions);
}

/** Counts a request against its route and records it. */
export function recordRequest(state: MockState, route: string, request: Request): void {
  state.hits[route] = (state.hits[route] ?? 0) + 1;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  state.requests.push({ route, method: request.method, url: request.url, headers });
  if (state.requests.length > MAX_RECORDED_REQUESTS) state.requests.splice(0, state.requests.length - MAX_RECORDED_REQUESTS);
}
