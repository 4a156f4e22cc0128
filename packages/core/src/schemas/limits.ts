/**
 * Upper bounds of the wire contract. A response or request past one of them is a contract
 * violation (a typed validation error naming the path), not something to render: they keep a
 * hostile or buggy backend from freezing a page with a million rows. Each is far above what a real
 * record holds; pages stay below the hosts' page-size maxima.
 */
export const CONTRACT_LIMITS = {
  /** Contacts of one customer. */
  contacts: 50,
  /** Guarantors and collateral of one application. */
  guarantees: 50,
  /** Attachments of one application. */
  attachments: 20,
  /** Steps of one application's audit trail. */
  applicationEvents: 200,
  /** Items of one `GET /customers` page (the largest `pageSize`). */
  customerPageItems: 200,
  /** Items of one `GET /credit-applications` page (the largest `pageSize`). */
  applicationPageItems: 200,
  /** Items of one `GET /receivables` page (the largest `limit`). */
  receivablePageItems: 5_000,
  /** Payments allocated to one open item. */
  allocations: 500,
  /** Rows of one `GET /receivables/aging` page (the largest `limit`). */
  agingRows: 5_000,
  /** Aging buckets of the policy. */
  policyAgingBuckets: 24,
  /** Aging buckets of a report (and so amounts per row and per total): the policy's, plus "Not due" and "Over N" when completed. */
  agingBuckets: 26,
  /** Currencies in an aging report's `totals`. */
  currencies: 50,
  /** Signals in one customer's warning status. */
  warningSignals: 500,
  /** Statuses in one `GET /warnings` answer. */
  warningListItems: 1_000,
  /** Rating cut-offs and debt-ratio coefficient rows of the policy. */
  policyRows: 64,
  /** Field errors in one problem document. */
  fieldErrors: 200,
} as const;

/** Digits allowed before the decimal point of a wire amount. */
export const MAX_INTEGER_DIGITS = 24;
/** Digits allowed after the decimal point of a wire amount. */
export const MAX_FRACTION_DIGITS = 10;
