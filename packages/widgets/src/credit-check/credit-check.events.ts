import type { CreditCheckReasonCode, CreditCheckStage, LimitRequest, StagedCreditCheck } from '@credit-kit/core/lean';
import { CreditKitEvent } from '../base/events.js';

/** Detail of `ck-credit-check-change`. */
export interface CreditCheckChangeDetail {
  readonly customerId: string;
  readonly stage: CreditCheckStage;
  /** The deal amount checked (decimal string), or `undefined` for the customer's standing alone. */
  readonly amount: string | undefined;
  readonly status: StagedCreditCheck['status'];
  /** What the host does with the deal: `proceed`, `proceed-with-warning`, `hold` or `block`. */
  readonly action: StagedCreditCheck['action'];
  readonly available: string;
  readonly shortfall: string | undefined;
  readonly reasons: readonly CreditCheckReasonCode[];
}

/**
 * The check's outcome for the deal on screen is new: fired once the data has loaded and again
 * whenever a changed amount, stage or settlement method changes the outcome. A host gates its own
 * buttons (save the order, release the delivery) on `detail.action`.
 */
export class CkCreditCheckChangeEvent extends CreditKitEvent<CreditCheckChangeDetail> {
  static readonly eventName = 'ck-credit-check-change';
  constructor(detail: CreditCheckChangeDetail) {
    super(CkCreditCheckChangeEvent.eventName, detail);
  }
}

/** Detail of `ck-limit-request-submitted`. */
export interface LimitRequestSubmittedDetail {
  /** The request as the backend stored it (number, status `submitted`). */
  readonly request: LimitRequest;
}

/** The user sent a limit request (an increase or an exception) from the check; the backend accepted it. */
export class CkLimitRequestSubmittedEvent extends CreditKitEvent<LimitRequestSubmittedDetail> {
  static readonly eventName = 'ck-limit-request-submitted';
  constructor(detail: LimitRequestSubmittedDetail) {
    super(CkLimitRequestSubmittedEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-credit-check-change': CkCreditCheckChangeEvent;
    'ck-limit-request-submitted': CkLimitRequestSubmittedEvent;
  }
}
