import { DEFAULT_CREDIT_POLICY, computeCreditLimit, formatIsoDay, parseIsoDay, type CreditProfile, type Financials, type Grade } from '@credit-kit/core';
import { centsToString, stringToCents } from '../money.js';
import type { SeededRandom } from '../random.js';
import type { CustomerExposure } from './aggregates.js';
import type { RiskTier, SeedCustomer } from './model.js';

const SCORE: Record<RiskTier, [number, number]> = { 0: [78, 96], 1: [66, 84], 2: [52, 70], 3: [20, 52] };
/** Used ÷ granted the host set for each risk tier: riskier customers run close to or past their limit. */
const UTILISATION: Record<RiskTier, [number, number]> = { 0: [0.3, 0.75], 1: [0.55, 0.92], 2: [0.75, 1.05], 3: [0.95, 1.4] };

/**
 * The credit profile of a customer on `asOf`: score and grade (by the default policy's cut-offs),
 * the maximum limit by core's `computeCreditLimit` from its financials, a granted limit set so that
 * utilisation suits its risk (never above the maximum; 0 when blacklisted), and the exposure
 * components taken from its open receivables in the profile currency.
 */
export function generateProfile(
  random: SeededRandom,
  seed: SeedCustomer,
  financials: Financials,
  exposure: CustomerExposure,
  asOf: string,
): CreditProfile {
  const { customer, tier } = seed;
  const score = Math.round((SCORE[tier][0] + random.next() * (SCORE[tier][1] - SCORE[tier][0])) * 10) / 10;
  const grade = gradeForScore(score);
  const maximum = computeCreditLimit({
    existingFinancing: financials.existingFinancing,
    effectiveAssets: financials.effectiveAssets,
    totalAssets: financials.totalAssets,
    totalLiabilities: financials.totalLiabilities,
    grade,
    paidInCapital: customer.paidInCapital ?? '0',
    establishedOn: customer.establishedOn,
    asOf,
  }).maximum;
  const maximumCents = stringToCents(maximum);

  const openReceivables = Math.max(0, exposure.openCents);
  const openOrders = tier < 3 ? Math.round(openReceivables * random.next() * 0.25) : 0;
  const used = openReceivables + openOrders;
  const utilisation = UTILISATION[tier][0] + random.next() * (UTILISATION[tier][1] - UTILISATION[tier][0]);
  const wanted = used > 0 ? Math.ceil(used / utilisation / 1_000_000) * 1_000_000 : Math.round(seed.size * 200) * 1_000_000;
  // Granted limits are round figures (ten thousands), never above the maximum.
  const granted = customer.blacklisted ? 0 : Math.min(wanted, Math.floor(maximumCents / 1_000_000) * 1_000_000);

  const profile: CreditProfile = {
    customerId: customer.id,
    grade,
    score,
    ratedOn: formatIsoDay(parseIsoDay(asOf) - random.int(15, 330)),
    currency: seed.currency,
    granted: centsToString(granted),
    maximum,
    termDays: seed.termDays,
    components: {
      openReceivables: centsToString(openReceivables),
      openOrders: centsToString(openOrders),
    },
    overdueAmount: centsToString(Math.max(0, exposure.overdueCents)),
    oldestOverdueDays: exposure.oldestOverdueDays,
    blacklisted: customer.blacklisted === true,
  };
  if (random.chance(0.3)) profile.components.undelivered = centsToString(Math.round(openReceivables * random.next() * 0.1));
  return profile;
}

/** The best grade whose minimum score the score reaches, by the default rating policy. */
export function gradeForScore(score: number): Grade {
  for (const cutoff of DEFAULT_CREDIT_POLICY.rating.cutoffs) if (score >= cutoff.minScore) return cutoff.grade;
  return DEFAULT_CREDIT_POLICY.rating.cutoffs.at(-1)!.grade;
}
