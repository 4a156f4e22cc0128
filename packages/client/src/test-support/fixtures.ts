import type { CreditApplication, CreditApplicationInput, Customer, WarningStatus } from '@credit-kit/core';

/** A customer that passes `customerSchema` (the code's check character is worked out in core's tests). */
export function customer(id = 'C001'): Customer {
  return {
    id,
    code: '91350100M000100Y43',
    name: 'Fuzhou Harbour Trading Co., Ltd.',
    type: 'distributor',
    industry: 'Wholesale',
    currency: 'CNY',
    establishedOn: '2008-04-01',
  };
}

/** A warning status that passes `warningStatusSchema`. */
export function warning(customerId: string, level: WarningStatus['level'] = 'none'): WarningStatus {
  return { customerId, level, signals: [] };
}

/** An application body that passes `creditApplicationInputSchema`. */
export function applicationInput(): CreditApplicationInput {
  const { id: _id, ...applicant } = customer();
  return {
    applicant: { ...applicant, paidInCapital: '5000000.00' },
    financials: {
      basePeriodEnd: '2025-12-31',
      currency: 'CNY',
      totalAssets: '10000000.00',
      effectiveAssets: '8000000.00',
      totalLiabilities: '4000000.00',
      currentAssets: '6000000.00',
      currentLiabilities: '3000000.00',
      revenue: '20000000.00',
      netProfit: '1500000.00',
      operatingCashFlow: '1200000.00',
      existingFinancing: '1000000.00',
    },
    impression: { notes: 'Long-standing distributor, pays on time.' },
    guarantees: [],
    request: { amount: '500000.00', currency: 'CNY', termDays: 90, purpose: 'Seasonal stock', settlementMethod: 'open_credit' },
    attachments: [],
  };
}

/** The application a host creates from `applicationInput()`. */
export function application(id: string, number: string): CreditApplication {
  return {
    id,
    number,
    status: 'submitted',
    customerId: 'C001',
    submittedAt: '2026-11-25T03:08:00Z',
    request: applicationInput().request,
    history: [{ status: 'submitted', actor: 'sales.li', at: '2026-11-25T03:08:00Z' }],
  };
}
