import { CreditKitRuleError } from './errors.js';
import type { BlacklistAction, BlacklistEntry, BlacklistStatus } from './schemas/blacklist.js';

/** Statuses in which trading with the customer is restricted: listed, and still listed while removal is pending. */
export const BLACKLIST_RESTRICTED: readonly BlacklistStatus[] = /* @__PURE__ */ Object.freeze(['listed', 'removal-requested']);

/** Whether the entry restricts trading ("记录在册的客户…进行交易都会受到一定限制"). */
export function blacklistRestricts(status: BlacklistStatus | undefined): boolean {
  return status !== undefined && BLACKLIST_RESTRICTED.includes(status);
}

/** The status each action leads to, from the statuses it is allowed in. */
const TRANSITIONS: Record<BlacklistAction, { readonly from: readonly BlacklistStatus[]; readonly to: BlacklistStatus }> = {
  report: { from: [], to: 'reported' },
  approve: { from: ['reported'], to: 'listed' },
  reject: { from: ['reported'], to: 'rejected' },
  'request-removal': { from: ['listed'], to: 'removal-requested' },
  'approve-removal': { from: ['removal-requested'], to: 'removed' },
  'reject-removal': { from: ['removal-requested'], to: 'listed' },
};

/** Whether an entry in this status is open (a new report for the same customer would duplicate it). */
export function blacklistOpen(status: BlacklistStatus): boolean {
  return status === 'reported' || status === 'listed' || status === 'removal-requested';
}

/** The action a head-office decision stands for on an entry in `status`, or `undefined` when nothing is pending. */
export function decisionAction(status: BlacklistStatus, decision: 'approve' | 'reject'): Exclude<BlacklistAction, 'report'> | undefined {
  if (status === 'reported') return decision;
  if (status === 'removal-requested') return decision === 'approve' ? 'approve-removal' : 'reject-removal';
  return undefined;
}

/**
 * Applies one step of the blacklist workflow (`schemas/blacklist.ts`): report → head-office approval →
 * listed (shared group-wide, trading restricted) → removal request → head-office approval → removed.
 * Returns a new entry with the event appended; never mutates.
 *
 * @throws CreditKitRuleError('blacklist-transition') when the action is not allowed in the entry's status
 */
export function applyBlacklistAction(
  entry: BlacklistEntry,
  action: Exclude<BlacklistAction, 'report'>,
  event: { readonly at: string; readonly actor?: string; readonly note?: string },
): BlacklistEntry {
  const step = TRANSITIONS[action];
  if (!step.from.includes(entry.status)) {
    throw new CreditKitRuleError('blacklist-transition', `A blacklist entry that is ${entry.status} cannot take "${action}" (allowed from: ${step.from.join(', ')}).`);
  }
  return { ...entry, status: step.to, history: [...entry.history, { action, ...event }] };
}
