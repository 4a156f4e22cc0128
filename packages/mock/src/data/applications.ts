import {
  addYears,
  formatIsoDay,
  parseIsoDay,
  type ApplicationStatus,
  type CreditApplication,
  type CreditProfile,
  type SettlementMethod,
} from '@credit-kit/core';
import { centsToString, stringToCents } from '../money.js';
import type { SeededRandom } from '../random.js';
import type { SeedCustomer } from './model.js';
import { CREDIT_PURPOSES, CREDIT_STAFF } from './pools.js';

const STATUSES: readonly ApplicationStatus[] = ['approved', 'rejected', 'under_review', 'returned', 'submitted'];
const STATUS_WEIGHTS = [60, 10, 15, 5, 10];
const SETTLEMENT_BY_TIER: readonly (readonly SettlementMethod[])[] = [
  ['open_credit', 'installments'],
  ['bank_acceptance_bill', 'installments'],
  ['bank_acceptance_bill', 'cash'],
  ['cash'],
];

/** A Beijing-time timestamp on a day number. */
export function beijingTimestamp(day: number, hour: number, minute: number): string {
  return `${formatIsoDay(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
}

/**
 * Credit applications that exist before any request: about two customers in five have one, most
 * approved (the decision matches their credit profile), some rejected, under review, returned for
 * more information or just submitted, each with its audit trail. Numbered `CA-<year>-000001`… in
 * order of submission; ids `A000001`….
 */
export function generateApplications(
  random: SeededRandom,
  customers: readonly SeedCustomer[],
  profiles: readonly CreditProfile[],
  asOf: string,
): CreditApplication[] {
  const asOfDay = parseIsoDay(asOf);
  const drafts: { day: number; make: (seq: number) => CreditApplication }[] = [];
  customers.forEach((seed, c) => {
    if (!random.chance(0.4)) return;
    const profile = profiles[c]!;
    const status = STATUSES[random.weightedIndex(STATUS_WEIGHTS)]!;
    const decided = status === 'approved' || status === 'rejected';
    // Rate first, then grant: a decided application was submitted before the rating and decided after it.
    const ratedDay = parseIsoDay(profile.ratedOn);
    const day = decided ? ratedDay - random.int(3, 20) : asOfDay - random.int(1, 20);
    const decisionAfter = ratedDay - day + random.int(0, 3);
    const grantedCents = stringToCents(profile.granted);
    const requestedCents = Math.max(grantedCents, 1_000_000) + (status === 'rejected' ? random.int(5, 50) * 10_000_000 : 0);
    const hour = random.int(9, 17), minute = random.int(0, 59);
    const steps: [ApplicationStatus, number, string, string?][] = [['submitted', 0, seed.customer.salesperson ?? 'portal']];
    if (status !== 'submitted') steps.push(['under_review', 1, CREDIT_STAFF.analyst]);
    if (status === 'approved') steps.push(['approved', decisionAfter, CREDIT_STAFF.approver]);
    if (status === 'rejected') steps.push(['rejected', decisionAfter, CREDIT_STAFF.approver, seed.english ? 'Debt ratio above the policy ceiling' : '资产负债率超出政策上限']);
    if (status === 'returned') steps.push(['returned', random.int(1, 4), CREDIT_STAFF.analyst, seed.english ? 'Please add the latest audited statements' : '请补充最近一期经审计的财务报表']);
    const settlement = random.pick(SETTLEMENT_BY_TIER[seed.tier]!);
    const purpose = random.pick(CREDIT_PURPOSES);

    drafts.push({
      day,
      make: (seq) => {
        const year = formatIsoDay(day).slice(0, 4);
        const application: CreditApplication = {
          id: `A${String(seq).padStart(6, '0')}`,
          number: `CA-${year}-${String(seq).padStart(6, '0')}`,
          status,
          customerId: seed.customer.id,
          submittedAt: beijingTimestamp(day, hour, minute),
          request: {
            amount: centsToString(requestedCents),
            currency: profile.currency,
            termDays: profile.termDays,
            purpose,
            settlementMethod: settlement,
          },
          history: steps.map(([step, after, actor, note]) => ({
            status: step,
            actor,
            at: beijingTimestamp(Math.min(day + after, asOfDay), hour, minute),
            ...(note ? { note } : {}),
          })),
        };
        if (status === 'approved') {
          application.decision = {
            grantedLimit: profile.granted,
            termDays: profile.termDays,
            grade: profile.grade,
            validUntil: addYears(profile.ratedOn, 1),
          };
        }
        return application;
      },
    });
  });
  return drafts
    .map((draft, k) => ({ ...draft, k }))
    .sort((a, b) => a.day - b.day || a.k - b.k)
    .map((draft, n) => draft.make(n + 1));
}
