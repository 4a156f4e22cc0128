import type { CreditLimitInput, CreditLimitResult } from '@credit-kit/core/lean';
import { CreditKitEvent } from '../base/events.js';

/** Detail of `ck-limit-change`: the input given to core's `computeCreditLimit` and its result. */
export interface LimitChangeDetail {
  /** Amounts in units (元) as decimal strings, whatever unit the calculator shows. */
  readonly input: CreditLimitInput;
  readonly result: CreditLimitResult;
}

/**
 * The user changed a what-if value (or reset them) and the calculator has a new, valid result.
 * Not fired on the first load, nor while a value is invalid.
 */
export class CkLimitChangeEvent extends CreditKitEvent<LimitChangeDetail> {
  static readonly eventName = 'ck-limit-change';
  constructor(detail: LimitChangeDetail) {
    super(CkLimitChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-limit-change': CkLimitChangeEvent;
  }
}
