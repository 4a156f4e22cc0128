import type { Decision, ReceiptVerification, ReviewWorklistEntry } from '@credit-kit/core/lean';
import { CreditKitEvent } from '../base/events.js';

/** Detail of `ck-decision`. */
export interface DecisionDetail {
  readonly subject: { readonly kind: 'application' | 'limit-request'; readonly id: string };
  /** The decision as the backend recorded it, with its receipt. */
  readonly decision: Decision;
  /** What recomputing the receipt in the browser found (core's `verifyReceipt`). */
  readonly verification: ReceiptVerification;
}

/** The approver recorded a decision and the backend accepted it. */
export class CkDecisionEvent extends CreditKitEvent<DecisionDetail> {
  static readonly eventName = 'ck-decision';
  constructor(detail: DecisionDetail) {
    super(CkDecisionEvent.eventName, detail);
  }
}

/** Detail of `ck-review-open`. */
export interface ReviewOpenDetail {
  readonly entry: ReviewWorklistEntry;
}

/** The user opened a worklist entry (the widget shows its calculator below the entry). */
export class CkReviewOpenEvent extends CreditKitEvent<ReviewOpenDetail> {
  static readonly eventName = 'ck-review-open';
  constructor(detail: ReviewOpenDetail) {
    super(CkReviewOpenEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-decision': CkDecisionEvent;
    'ck-review-open': CkReviewOpenEvent;
  }
}
