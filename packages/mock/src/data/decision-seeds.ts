import {
  addDays,
  creditCheck,
  creditLimitInputOf,
  Decimal,
  limitRequestFromCheck,
  parseIsoDay,
  type CreditLimitInput,
  type CreditPolicy,
  type CreditProfile,
  type LimitRequest,
} from '@credit-kit/core';
import { beijingTimestamp } from './applications.js';
import type { Dataset, SeedCustomer } from './model.js';
import { CREDIT_STAFF } from './pools.js';

/** The input of core's `computeCreditLimit` for a seeded customer: its financials, grade and paid-in capital. */
export function limitInputOf(dataset: Dataset, seed: SeedCustomer, profile: CreditProfile): CreditLimitInput {
  return creditLimitInputOf({ customer: seed.customer, financials: dataset.financials[seed.index]!, profile }, dataset.asOf);
}

/** What a credit check of `profile` makes of it (core's `creditCheck`, the backend's own policy). */
export function checkInputOf(profile: CreditProfile) {
  return {
    grade: profile.grade,
    granted: profile.granted,
    components: profile.components,
    overdueAmount: profile.overdueAmount,
    oldestOverdueDays: profile.oldestOverdueDays,
    blacklisted: profile.blacklisted,
  };
}

const roundUp = (amount: Decimal, step: number) => amount.div(step).ceil().times(step).toFixed(2);

/**
 * The seeded limit requests, so every screen of the decision loop has something to show:
 * - `LR000001` a pending increase (submitted by the salesperson, within the computed maximum);
 * - `LR000002` a temporary exception for an order the credit check blocked (over the limit),
 *   under review by the credit analyst — who therefore may not approve it (maker-checker);
 * - `LR000003` a renewal of a limit that is due for review (submitted by the analyst).
 * Chosen from the dataset by rule, so any seed gives the three (customers with a limit, not blacklisted).
 */
export function seedLimitRequests(dataset: Dataset, policy: CreditPolicy, dueForReview: readonly string[]): LimitRequest[] {
  const asOfDay = parseIsoDay(dataset.asOf);
  const usable = dataset.customers.filter((seed) => {
    const p = dataset.profiles[seed.index]!;
    return !p.blacklisted && new Decimal(p.granted).gt(0);
  });
  const pick = (exclude: readonly string[], test: (seed: SeedCustomer, profile: CreditProfile) => boolean) =>
    usable.find((seed) => !exclude.includes(seed.customer.id) && test(seed, dataset.profiles[seed.index]!));
  const requests: LimitRequest[] = [];
  const add = (seed: SeedCustomer, daysAgo: number, make: (at: string, salesperson: string) => Omit<LimitRequest, 'id' | 'number' | 'customerId' | 'currency' | 'submittedAt'>) => {
    const n = requests.length + 1;
    const at = beijingTimestamp(asOfDay - daysAgo, 10, 30 + n);
    const profile = dataset.profiles[seed.index]!;
    requests.push({
      id: `LR${String(n).padStart(6, '0')}`,
      number: `LR-${dataset.asOf.slice(0, 4)}-${String(n).padStart(6, '0')}`,
      customerId: seed.customer.id,
      currency: profile.currency,
      submittedAt: at,
      ...make(at, seed.customer.salesperson ?? 'portal user'),
    });
  };

  const headroom = pick([], (_, p) => p.maximum !== undefined && new Decimal(p.maximum).gte(new Decimal(p.granted).times(1.5)));
  if (headroom) {
    const profile = dataset.profiles[headroom.index]!;
    add(headroom, 2, (at, salesperson) => ({
      kind: 'increase',
      amount: roundUp(new Decimal(profile.granted).times(1.5), 10_000),
      termDays: profile.termDays,
      reason: headroom.english ? 'Seasonal orders from a new project' : '新项目季节性订单增加',
      origin: { kind: 'calculator' },
      status: 'submitted',
      requestedBy: salesperson,
      currentLimit: profile.granted,
      history: [{ status: 'submitted', actor: salesperson, at }],
    }));
  }

  const blocked = pick(requests.map((r) => r.customerId), (_, p) => creditCheck(checkInputOf(p), { amount: '1' }, policy.creditCheck).status !== 'blocked');
  if (blocked) {
    const profile = dataset.profiles[blocked.index]!;
    const available = Decimal.max(new Decimal(creditCheck(checkInputOf(profile), undefined, policy.creditCheck).exposure.available), 0);
    const order = roundUp(available.plus(500_000), 10_000);
    const check = creditCheck(checkInputOf(profile), { amount: order }, policy.creditCheck);
    const draft = limitRequestFromCheck(check, {
      customerId: blocked.customer.id,
      currency: profile.currency,
      orderAmount: order,
      until: addDays(dataset.asOf, 30),
      roundTo: '10000',
      reason: blocked.english ? `Order of ${order} blocked by the credit check` : `订单 ${order} 被信用检查拦截`,
    })!;
    add(blocked, 1, (at, salesperson) => ({
      ...draft,
      status: 'under_review',
      requestedBy: salesperson,
      currentLimit: profile.granted,
      history: [
        { status: 'submitted', actor: salesperson, at },
        { status: 'under_review', actor: CREDIT_STAFF.analyst, at: beijingTimestamp(asOfDay, 9, 15) },
      ],
    }));
  }

  const due = usable.find((seed) => dueForReview.includes(seed.customer.id) && !requests.some((r) => r.customerId === seed.customer.id));
  if (due) {
    const profile = dataset.profiles[due.index]!;
    add(due, 0, (at) => ({
      kind: 'renewal',
      amount: profile.granted,
      termDays: profile.termDays,
      reason: due.english ? 'Periodic review: renew the limit' : '定期复审:续期额度',
      origin: { kind: 'review' },
      status: 'submitted',
      requestedBy: CREDIT_STAFF.analyst,
      currentLimit: profile.granted,
      history: [{ status: 'submitted', actor: CREDIT_STAFF.analyst, at }],
    }));
  }
  return requests;
}
