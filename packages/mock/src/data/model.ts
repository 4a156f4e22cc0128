import type { CreditApplication, CreditProfile, Customer, Financials, WarningSignalWire } from '@credit-kit/core';
import type { ReceivableStore } from './receivables.js';

/**
 * How risky a seeded customer is, which shapes all of its data together: 0 sound, 1 watch,
 * 2 weak, 3 distressed. Sound customers pay on time and carry no warning; distressed ones are
 * heavily leveraged, far overdue and red.
 */
export type RiskTier = 0 | 1 | 2 | 3;

/** Currency in which seeded receivables are issued. */
export const CURRENCIES = ['CNY', 'USD'] as const;
export type SeedCurrency = (typeof CURRENCIES)[number];

/** A seeded customer with the hidden traits its other records are generated from. */
export interface SeedCustomer {
  readonly index: number;
  readonly customer: Customer;
  readonly tier: RiskTier;
  /** Scale of the business: multiplies invoice sizes (about 0.3–3). */
  readonly size: number;
  /** Established less than a year before the as-of date. */
  readonly newlyEstablished: boolean;
  /** Currency of the profile and of most invoices. */
  readonly currency: SeedCurrency;
  /** Share of this customer's invoices issued in the other currency (0 for most). */
  readonly foreignShare: number;
  /** Usual credit period in days. */
  readonly termDays: number;
  /** Whether the name is English (contacts and notes follow the name's language). */
  readonly english: boolean;
}

/** Everything the mock serves, generated once from the seed. */
export interface Dataset {
  readonly seed: number;
  readonly asOf: string;
  readonly customers: readonly SeedCustomer[];
  readonly customerById: ReadonlyMap<string, SeedCustomer>;
  readonly financials: readonly Financials[];
  readonly profiles: readonly CreditProfile[];
  /** Warning signals per customer (index as `customers`). */
  readonly signals: readonly (readonly WarningSignalWire[])[];
  readonly receivables: ReceivableStore;
  /** Applications that exist before any request, oldest first. */
  readonly applications: readonly CreditApplication[];
}
