import { defineElement, DEFAULT_PREFIX } from '../base/define-element.js';
import { CkCreditApplication } from './credit-application.component.js';

export { CkCreditApplication } from './credit-application.component.js';
export { CkApplicationSubmittedEvent, CkAttachmentSelectEvent, type SelectedAttachment } from './credit-application.events.js';
export { creditApplicationMessages, type CreditApplicationMessages } from './credit-application.messages.js';
export type { PartialApplication } from './form-model.js';

/**
 * Registers `<prefix>-credit-application` (default `ck-credit-application`). A second call is
 * harmless; another prefix registers a second tag for the same class. Returns the tag name.
 */
export function defineCreditApplication(prefix: string = DEFAULT_PREFIX): string {
  return defineElement('credit-application', CkCreditApplication, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-credit-application': CkCreditApplication;
  }
}
