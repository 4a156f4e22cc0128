import type { AgingBasis } from './aging-options.js';
import type { AgingBucketDefinition } from './buckets.js';

/** One bucket's total in one currency. */
export interface AgedBucketTotal extends AgingBucketDefinition {
  /** Sum of the open amounts in the bucket. */
  readonly amount: string;
}

/** One customer's aging in one currency. */
export interface AgedCustomer {
  readonly customerId: string;
  /** The first `customerName` given among the customer's open items in this currency. */
  readonly customerName?: string;
  /** Sum of the customer's open amounts (negative when credits outweigh). */
  readonly total: string;
  /** Sum of the open amounts at least one day overdue. */
  readonly overdue: string;
  /** Amount per bucket, in bucket order. */
  readonly buckets: string[];
  /** Earliest due date among the customer's open items in this currency. */
  readonly oldestDueDate: string;
  /** Largest days overdue among those items, 0 when none is overdue. */
  readonly maxDaysOverdue: number;
  /** Number of open items. */
  readonly itemCount: number;
}

/** The aging of one currency: amounts in different currencies are never added together. */
export interface AgedCurrency {
  readonly currency: string;
  /** Sum of every open amount; always exactly the sum of the bucket amounts. */
  readonly total: string;
  /** Sum of the open amounts at least one day overdue (every bucket but the first). */
  readonly overdue: string;
  readonly buckets: AgedBucketTotal[];
  /** One row per customer with open items in this currency, ordered by `customerId` (code-unit order). */
  readonly customers: AgedCustomer[];
  /** Number of open items. */
  readonly itemCount: number;
}

/** One open item's aging. */
export interface AgedItem {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  /** Open amount: amount less payments dated on or before the as-of date, negative for credits. */
  readonly open: string;
  /** As-of day − due day (or document day), in calendar days; 0 or less is not yet due. */
  readonly daysOverdue: number;
  /** Index into `buckets`. */
  readonly bucket: number;
  /** The item's `disputed` flag, when it has one. Disputed items are aged like any other. */
  readonly disputed?: boolean;
}

/** What `ageReceivables` returns. */
export interface AgingResult {
  readonly asOf: string;
  readonly basis: AgingBasis;
  /**
   * Decimal places of every amount in the result: 2, or more when an input amount has more
   * places (so every sum is exact).
   */
  readonly scale: number;
  /** The buckets used, completed so nothing falls outside (see `completeAgingBuckets`). */
  readonly buckets: readonly AgingBucketDefinition[];
  /** One set of totals per currency code, keys in code order. */
  readonly currencies: Record<string, AgedCurrency>;
  /** Per-item results in input order, items dropped or left out not included; `[]` with `includeItems: false`. */
  readonly items: AgedItem[];
}

/** Code-unit order of strings (locale-independent, the same everywhere). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Least decimal places of every amount in a result. */
export const MIN_SCALE = 2;
