/**
 * @credit-kit/widgets: the element classes, their events and messages, and the foundation a host or
 * partner needs (locale registry, formatting). Importing this module registers nothing; call
 * `defineCreditKit()` from `@credit-kit/widgets/define`, or load the auto-registering bundle.
 */
export { CreditKitElement, CreditKitConfigurationError, type LoadStatus } from './base/credit-kit-element.js';
export { CreditKitEvent, CkReadyEvent, CkLoadErrorEvent } from './base/events.js';
export { defineElement, DEFAULT_PREFIX } from './base/define-element.js';
export { themeStyles } from './base/theme.styles.js';
export {
  registerMessages,
  resetMessages,
  defineMessages,
  resolveMessages,
  loadMessages,
  fallbackChain,
  type MessageBundle,
  type MessageLoader,
  type PartialMessages,
} from './i18n/locale-registry.js';
export { commonMessages, type CommonMessages } from './i18n/common-messages.js';
export { formatMoney, formatDate, formatDecimal, formatPercent, formatInteger, type AmountUnit } from './i18n/format.js';

export * from './credit-application/credit-application.js';
export * from './limit-calculator/limit-calculator.js';
export * from './warning-badge/warning-badge.js';
export * from './aging-table/aging-table.js';
export * from './credit-check/credit-check.js';
export * from './credit-review/credit-review.js';
