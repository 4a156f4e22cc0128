import { parseIsoDay, formatIsoDay, civilFromDays, daysFromCivil, type Financials } from '@credit-kit/core';
import { centsToString } from '../money.js';
import type { SeededRandom } from '../random.js';
import type { RiskTier, SeedCustomer } from './model.js';

/** Debt ratio (liabilities ÷ assets) range by risk tier: distressed customers may be insolvent. */
const DEBT_RATIO: Record<RiskTier, [number, number]> = { 0: [0.2, 0.45], 1: [0.35, 0.55], 2: [0.48, 0.62], 3: [0.78, 1.08] };
/** Effective assets as a share of total assets, by risk tier. */
const EFFECTIVE_SHARE: Record<RiskTier, [number, number]> = { 0: [0.8, 0.95], 1: [0.75, 0.92], 2: [0.72, 0.88], 3: [0.6, 0.8] };
/** Net margin range by risk tier. */
const NET_MARGIN: Record<RiskTier, [number, number]> = { 0: [0.04, 0.12], 1: [0.01, 0.06], 2: [-0.03, 0.03], 3: [-0.15, -0.01] };

/**
 * Financial statements for the base period (财务信息), consistent by construction: effective assets
 * ≤ total assets, current assets ≤ total assets, current liabilities ≤ total liabilities; leverage
 * and profitability follow the customer's risk tier. The base period is the last full year before
 * `asOf`, or for a customer established within the year the last quarter it has closed.
 */
export function generateFinancials(random: SeededRandom, seed: SeedCustomer, asOf: string): Financials {
  const { tier, size, customer } = seed;
  const fx = seed.currency === 'USD' ? 1 / 7.2 : 1;
  const totalAssets = Math.round((seed.newlyEstablished ? random.logUniform(15e6, 40e6) : size * random.logUniform(40e6, 600e6)) * fx);
  const debtRatio = between(random, DEBT_RATIO[tier]);
  const totalLiabilities = Math.round(totalAssets * debtRatio);
  const effectiveAssets = Math.round(totalAssets * between(random, EFFECTIVE_SHARE[tier]));
  const currentAssets = Math.round(totalAssets * (0.35 + random.next() * 0.35));
  const currentLiabilities = Math.round(totalLiabilities * (0.5 + random.next() * 0.35));
  const revenue = Math.round(totalAssets * (seed.newlyEstablished ? 0.3 + random.next() * 0.4 : 0.6 + random.next() * 1.2));
  const netProfit = Math.round(revenue * between(random, NET_MARGIN[tier]));
  const operatingCashFlow = Math.round(netProfit * (0.6 + random.next() * 0.9) + revenue * (random.next() * 0.05 - 0.02));
  const existingFinancing = Math.round(totalLiabilities * (0.1 + random.next() * 0.4));

  return {
    customerId: customer.id,
    basePeriodEnd: seed.newlyEstablished ? lastQuarterEnd(asOf) : `${civilFromDays(parseIsoDay(asOf)).year - 1}-12-31`,
    currency: seed.currency,
    totalAssets: yuan(totalAssets),
    effectiveAssets: yuan(effectiveAssets),
    totalLiabilities: yuan(totalLiabilities),
    currentAssets: yuan(currentAssets),
    currentLiabilities: yuan(currentLiabilities),
    revenue: yuan(revenue),
    netProfit: yuan(netProfit),
    operatingCashFlow: yuan(operatingCashFlow),
    existingFinancing: yuan(existingFinancing),
  };
}

function between(random: SeededRandom, [min, max]: [number, number]): number {
  return min + random.next() * (max - min);
}

/** Whole yuan → `"123456.00"`. */
function yuan(amount: number): string {
  return centsToString(amount * 100);
}

/** Last day of the last calendar quarter that ended before `asOf`. */
function lastQuarterEnd(asOf: string): string {
  const { year, month } = civilFromDays(parseIsoDay(asOf));
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return formatIsoDay(daysFromCivil(year, quarterStartMonth, 1) - 1);
}
