import type { WarningLevel, WarningStatus } from '@credit-kit/core/lean';
import { CreditKitEvent } from '../base/events.js';

/** Detail of `ck-warning-change`. */
export interface WarningChangeDetail {
  readonly customerId: string;
  /** The level now shown. */
  readonly level: WarningLevel;
  /** The level shown before. */
  readonly previousLevel: WarningLevel;
  /** The status the new level comes from. */
  readonly status: WarningStatus;
}

/**
 * The customer's warning level moved: a refresh (or a new `warningStatus`, or another `as-of`)
 * gave another level for the same customer. Not fired on the first load, nor when `customer-id`
 * changes to another customer.
 */
export class CkWarningChangeEvent extends CreditKitEvent<WarningChangeDetail> {
  static readonly eventName = 'ck-warning-change';
  constructor(detail: WarningChangeDetail) {
    super(CkWarningChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-warning-change': CkWarningChangeEvent;
  }
}
