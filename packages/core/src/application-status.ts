import type { ApplicationStatus } from './schemas/application.js';

/**
 * Which status an application may move to from which (审批流程): a submitted application is taken
 * under review; under review it is decided — approved, rejected or returned to the applicant.
 * Approved and rejected are final; a returned application is resubmitted as a new one.
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  draft: ['submitted'],
  submitted: ['under_review'],
  under_review: ['approved', 'rejected', 'returned'],
  approved: [],
  rejected: [],
  returned: [],
};

/** Statuses that decide an application (moved to only by a principal allowed to decide). */
export const DECISION_STATUSES: readonly ApplicationStatus[] = ['approved', 'rejected', 'returned'];

/** Whether an application in status `from` may move to `to`. */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

/**
 * What `POST /credit-applications/{id}/transitions` makes of a move from `from` to `to`:
 * `'move'` — allowed, record it; `'decision-required'` — the move decides the application, which
 * only `POST …/decision` may do, because that is where the approval policy (levels by amount,
 * maker-checker, the limit against the computed maximum) is checked; `'not-allowed'` — the status
 * does not allow it at all. A transition that could approve would be a way round the policy.
 */
export type TransitionVerdict = 'move' | 'decision-required' | 'not-allowed';

/** Judges a move asked of the transitions endpoint: see {@link TransitionVerdict}. */
export function transitionVerdict(from: ApplicationStatus, to: ApplicationStatus): TransitionVerdict {
  if (!canTransition(from, to)) return 'not-allowed';
  return DECISION_STATUSES.includes(to) ? 'decision-required' : 'move';
}
