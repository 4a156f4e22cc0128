/**
 * Core's `warningLevelOf`, loaded only when a table sorts or exports by warning level, so the
 * early-warning engine is not in the table's first bundle.
 */
export { warningLevelOf } from '@credit-kit/core/lean';
