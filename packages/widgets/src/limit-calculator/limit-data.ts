import type { CreditKitClient } from '@credit-kit/client';
import {
  CreditKitValidationError,
  creditPolicySchema,
  creditProfileSchema,
  customerSchema,
  financialsSchema,
  parseWith,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type Financials,
} from '@credit-kit/core/lean';

/** Everything the calculator works from, validated. */
export interface LimitData {
  readonly policy: CreditPolicy;
  readonly customer: Customer;
  readonly financials: Financials;
  readonly profile: CreditProfile;
}

/** What a host gave by property (any of it may be missing). */
export type GivenLimitData = { readonly [K in keyof LimitData]?: LimitData[K] | undefined };

export interface LimitDataSource {
  /** Whose data to load; needed unless all four are given. */
  readonly customerId: string | undefined;
  readonly given: GivenLimitData;
  /** The client, asked for only when something must be loaded. */
  readonly client: () => CreditKitClient;
  /** Names the element in errors (`<ck-limit-calculator>`). */
  readonly owner: string;
}

/**
 * The calculator's four inputs in parallel: each one given by property is validated with its
 * core schema, each missing one is loaded through the client. Honours `signal`.
 */
export async function loadLimitData(source: LimitDataSource, signal: AbortSignal): Promise<LimitData> {
  const { given, customerId: id } = source;
  const missing = !given.policy || !given.customer || !given.financials || !given.profile;
  if (missing && !id) {
    throw new CreditKitValidationError(source.owner, [
      { path: 'customerId', code: 'required', message: 'is needed to load the customer data (or give policy, customer, financials and profile by property)' },
    ]);
  }
  const client = missing ? source.client() : undefined;
  const [policy, customer, financials, profile] = await Promise.all([
    given.policy ? parseWith(creditPolicySchema, given.policy, 'policy property') : client!.getCreditPolicy({ signal }),
    given.customer ? parseWith(customerSchema, given.customer, 'customer property') : client!.getCustomer(id!, { signal }),
    given.financials ? parseWith(financialsSchema, given.financials, 'financials property') : client!.getFinancials(id!, { signal }),
    given.profile ? parseWith(creditProfileSchema, given.profile, 'profile property') : client!.getCreditProfile(id!, { signal }),
  ]);
  return { policy, customer, financials, profile };
}
