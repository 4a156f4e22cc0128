import { defineElement, DEFAULT_PREFIX } from '../base/define-element.js';
import { CkLimitCalculator } from './limit-calculator.component.js';

export { CkLimitCalculator } from './limit-calculator.component.js';
export { CkLimitChangeEvent, type LimitChangeDetail } from './limit-calculator.events.js';
export { limitCalculatorMessages, type LimitCalculatorMessages } from './limit-calculator.messages.js';
export type { PathToYesMessages } from './path-to-yes/path-to-yes.messages.js';

/**
 * Registers `<ck-limit-calculator>` (or `<prefix-limit-calculator>`); a second call is harmless.
 * Returns the tag name.
 */
export function defineLimitCalculator(prefix: string = DEFAULT_PREFIX): string {
  return defineElement('limit-calculator', CkLimitCalculator, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-limit-calculator': CkLimitCalculator;
  }
}
