// Its own module, apart from the application schema: the settlement rules and the credit check use
// the list without reaching the application's, customer's and financials' schemas.
/** The settlement methods (结算方式), from the most to the least secured. */
export const SETTLEMENT_METHODS = ['cash', 'bank_acceptance_bill', 'installments', 'open_credit'] as const;
/** One of `SETTLEMENT_METHODS`. */
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number];
