import { DEFAULT_PREFIX } from './base/define-element.js';
import { defineAgingTable } from './aging-table/aging-table.js';
import { defineCreditApplication } from './credit-application/credit-application.js';
import { defineCreditCheck } from './credit-check/credit-check.js';
import { defineCreditReview } from './credit-review/credit-review.js';
import { defineLimitCalculator } from './limit-calculator/limit-calculator.js';
import { defineWarningBadge } from './warning-badge/warning-badge.js';

export { defineAgingTable, defineCreditApplication, defineCreditCheck, defineCreditReview, defineLimitCalculator, defineWarningBadge };

export interface DefineOptions {
  /**
   * Tag prefix: `ck` gives `<ck-aging-table>`; `acme` gives `<acme-aging-table>`, so two versions or
   * two partners' brands can live in one portal.
   */
  readonly prefix?: string;
}

/**
 * Registers every Credit Kit element. Call it when the host is ready (after `configure()`);
 * calling it again is harmless. Returns the tag names registered.
 */
export function defineCreditKit(options: DefineOptions = {}): {
  application: string;
  calculator: string;
  badge: string;
  agingTable: string;
  creditCheck: string;
  creditReview: string;
} {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  return {
    // The badge first: the aging table renders badges in its rows.
    badge: defineWarningBadge(prefix),
    application: defineCreditApplication(prefix),
    calculator: defineLimitCalculator(prefix),
    agingTable: defineAgingTable(prefix),
    creditCheck: defineCreditCheck(prefix),
    creditReview: defineCreditReview(prefix),
  };
}
