import { defineElement } from '../base/define-element.js';
import { CkWarningBadge } from './warning-badge.component.js';

export { CkWarningBadge };
export type { WarningBadgeSize, WarningBadgeVariant } from './render/badge.js';
export { CkWarningChangeEvent, type WarningChangeDetail } from './warning-badge.events.js';
export { warningBadgeMessages, type WarningBadgeMessages } from './warning-badge.messages.js';

/**
 * Registers `<ck-warning-badge>` (or `<prefix-warning-badge>`). A second call is harmless.
 * Returns the tag name.
 */
export function defineWarningBadge(prefix = 'ck'): string {
  return defineElement('warning-badge', CkWarningBadge, prefix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-warning-badge': CkWarningBadge;
  }
}
