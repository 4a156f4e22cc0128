import { defineElement } from '../base/define-element.js';
import { CkCreditCheck } from './credit-check.component.js';

export { CkCreditCheck };
export type { CreditCheckVariant } from './credit-check.component.js';
export {
  CkCreditCheckChangeEvent,
  CkLimitRequestSubmittedEvent,
  type CreditCheckChangeDetail,
  type LimitRequestSubmittedDetail,
} from './credit-check.events.js';
export { creditCheckMessages, type CreditCheckMessages } from './credit-check.messages.js';

/**
 * Registers `<ck-credit-check>` (or `<prefix-credit-check>`). A second call is harmless.
 * Returns the tag name.
 */
export function defineCreditCheck(prefix = 'ck'): string {
  return defineElement('credit-check', CkCreditCheck, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-credit-check': CkCreditCheck;
  }
}
