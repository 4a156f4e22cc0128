import type { CreditApplicationInput } from '@credit-kit/core';

/** A valid application used to exercise `POST /credit-applications`. `purpose` varies per run. */
export function sampleApplication(purpose: string): CreditApplicationInput {
  return {
    applicant: {
      code: '91350100M000100Y43',
      name: 'Credit Kit Conformance Test Co., Ltd.',
      type: 'distributor',
      industry: 'Wholesale',
      currency: 'CNY',
      establishedOn: '2015-06-01',
      paidInCapital: '5000000.00',
      registeredCapital: '10000000.00',
    },
    financials: {
      basePeriodEnd: '2025-12-31',
      currency: 'CNY',
      totalAssets: '80000000.00',
      effectiveAssets: '60000000.00',
      totalLiabilities: '30000000.00',
      currentAssets: '40000000.00',
      currentLiabilities: '20000000.00',
      revenue: '120000000.00',
      netProfit: '6000000.00',
      operatingCashFlow: '7000000.00',
      existingFinancing: '10000000.00',
    },
    impression: { notes: 'Created by the Credit Kit conformance kit; safe to delete.' },
    guarantees: [],
    request: { amount: '1000000.00', currency: 'CNY', termDays: 90, purpose, settlementMethod: 'bank_acceptance_bill' },
    attachments: [],
  };
}
