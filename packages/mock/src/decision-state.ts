import type { CreditApplication, CreditProfile, Decision, LimitRequest } from '@credit-kit/core';

/** What the decision loop has changed since the backend was created or reset. Mutated in place. */
export interface DecisionState {
  /** Limit requests created by `POST /limit-requests` (not the seeded ones). */
  readonly limitRequests: LimitRequest[];
  /** The current copy of a seeded limit request once something changed it, by id. */
  readonly limitRequestUpdates: Map<string, LimitRequest>;
  /** The current copy of an application once decided, by id. */
  readonly applicationUpdates: Map<string, CreditApplication>;
  /** Credit profiles changed by an approval, by customer id. */
  readonly profileUpdates: Map<string, CreditProfile>;
  /** Every decision stored, oldest first, each with its receipt. */
  readonly decisions: { readonly subject: string; readonly decision: Decision }[];
}

export function createDecisionState(): DecisionState {
  return { limitRequests: [], limitRequestUpdates: new Map(), applicationUpdates: new Map(), profileUpdates: new Map(), decisions: [] };
}

/** Empties the state in place. */
export function clearDecisionState(state: DecisionState): void {
  state.limitRequests.length = 0;
  state.limitRequestUpdates.clear();
  state.applicationUpdates.clear();
  state.profileUpdates.clear();
  state.decisions.length = 0;
}
