import type { CreditLimitInput } from './limit.js';
import type { CreditProfile } from './schemas/credit-profile.js';
import type { Customer } from './schemas/customer.js';
import type { Financials } from './schemas/financials.js';

/** What the limit formula reads from the contract's records. */
export interface LimitSources {
  readonly customer: Pick<Customer, 'establishedOn' | 'paidInCapital'>;
  readonly financials: Pick<Financials, 'existingFinancing' | 'effectiveAssets' | 'totalAssets' | 'totalLiabilities'>;
  readonly profile: Pick<CreditProfile, 'grade'>;
}

/**
 * The input of `computeCreditLimit` from a customer's records as the contract serves them: the
 * statements' figures, the grade on the profile, the founding date and paid-in capital (0 when the
 * host has none). One mapping, so a backend, the calculator and the approver's desk compute the
 * same maximum from the same records.
 */
export function creditLimitInputOf(sources: LimitSources, asOf: string, extra: Pick<CreditLimitInput, 'requested' | 'collateral'> = {}): CreditLimitInput {
  const { customer, financials, profile } = sources;
  return {
    existingFinancing: financials.existingFinancing,
    effectiveAssets: financials.effectiveAssets,
    totalAssets: financials.totalAssets,
    totalLiabilities: financials.totalLiabilities,
    grade: profile.grade,
    paidInCapital: customer.paidInCapital ?? '0',
    establishedOn: customer.establishedOn,
    asOf,
    ...extra,
  };
}
