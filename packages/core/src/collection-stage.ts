import type { CollectionPolicy } from './schemas/policy.js';

/**
 * Collection stages of an open item (domain.md §6), in order of severity:
 * not due → reminder due → collection letter → escalated → legal. `disputed` replaces the
 * letter and everything after it for a disputed item.
 */
export const COLLECTION_STAGES = ['notDue', 'reminder', 'letter', 'escalated', 'legal', 'disputed'] as const;
export type CollectionStage = (typeof COLLECTION_STAGES)[number];

/**
 * The stage of an item `daysOverdue` days past due (negative: days before due) by the host's
 * thresholds:
 * - `legal` from `legalAfterDays` overdue, `escalated` from `escalateAfterDays`, `letter` from
 *   `letterAfterDays` (0 = on the due date);
 * - `reminder` from `reminderDaysBeforeDue` days before the due date until the letter is due;
 * - `notDue` before that.
 *
 * A disputed item gets no collection letter (domain.md: "a collection letter is issued unless
 * the item is disputed"), so it is never escalated either: once the letter would be due it is
 * `disputed` — collection on hold until the dispute is settled — instead of `letter`,
 * `escalated` or `legal`. Before that it is reminded like any other item.
 */
export function collectionStage(daysOverdue: number, policy: CollectionPolicy, disputed = false): CollectionStage {
  let stage: CollectionStage;
  if (daysOverdue >= policy.legalAfterDays) stage = 'legal';
  else if (daysOverdue >= policy.escalateAfterDays) stage = 'escalated';
  else if (daysOverdue >= policy.letterAfterDays) stage = 'letter';
  else if (daysOverdue >= -policy.reminderDaysBeforeDue) stage = 'reminder';
  else stage = 'notDue';
  if (disputed && (stage === 'letter' || stage === 'escalated' || stage === 'legal')) return 'disputed';
  return stage;
}

/**
 * The stage of a customer by their most overdue item (`maxDaysOverdue`): that item's stage, or
 * `undefined` while nothing is overdue (a customer is not "reminded" as a whole).
 */
export function customerCollectionStage(maxDaysOverdue: number, policy: CollectionPolicy): CollectionStage | undefined {
  return maxDaysOverdue >= 1 ? collectionStage(maxDaysOverdue, policy) : undefined;
}
