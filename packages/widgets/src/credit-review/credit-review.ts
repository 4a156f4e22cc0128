import { defineElement } from '../base/define-element.js';
import { CkCreditReview } from './credit-review.component.js';

export { CkCreditReview };
export { CkDecisionEvent, CkReviewOpenEvent, type DecisionDetail, type ReviewOpenDetail } from './credit-review.events.js';
export { creditReviewMessages, type CreditReviewMessages } from './credit-review.messages.js';

/**
 * Registers `<ck-credit-review>` (or `<prefix-credit-review>`); the calculator and the badge it
 * shows are registered with the same prefix when first needed. A second call is harmless.
 */
export function defineCreditReview(prefix = 'ck'): string {
  return defineElement('credit-review', CkCreditReview, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-credit-review': CkCreditReview;
  }
}
