import { parseIsoDay } from '@credit-kit/core';
import { SeededRandom, deriveSeed } from '../random.js';
import { exposureOf } from './aggregates.js';
import { generateApplications } from './applications.js';
import { generateCustomers } from './customers.js';
import { generateFinancials } from './financials.js';
import type { Dataset } from './model.js';
import { generateProfile } from './profiles.js';
import { generateReceivables } from './receivables.js';
import { generateSignals } from './warnings.js';

/** What the seeded data depends on. */
export interface DatasetOptions {
  readonly seed: number;
  readonly customers: number;
  readonly receivables: number;
  readonly asOf: string;
}

/**
 * Generates the whole dataset. Each part draws from its own random stream, so the customers stay
 * the same whatever the number of receivables, and the same options always give the same data.
 */
export function createDataset(options: DatasetOptions): Dataset {
  const { seed, asOf } = options;
  const stream = (part: string) => new SeededRandom(deriveSeed(seed, part));
  const asOfDay = parseIsoDay(asOf);

  const customers = generateCustomers(stream('customers'), options.customers, asOf);
  const financialsRandom = stream('financials');
  const financials = customers.map((c) => generateFinancials(financialsRandom, c, asOf));
  const receivables = generateReceivables(stream('receivables'), customers, options.receivables, asOf);
  const exposures = customers.map((c) => exposureOf(receivables, c, asOfDay));
  const profilesRandom = stream('profiles');
  const profiles = customers.map((c, i) => generateProfile(profilesRandom, c, financials[i]!, exposures[i]!, asOf));
  const signals = generateSignals(stream('signals'), customers, exposures, financials, asOf);
  const applications = generateApplications(stream('applications'), customers, profiles, asOf);

  return {
    seed,
    asOf,
    customers,
    customerById: new Map(customers.map((c) => [c.customer.id, c])),
    financials,
    profiles,
    signals,
    receivables,
    applications,
  };
}
