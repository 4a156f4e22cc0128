import {
  computeCreditLimit,
  creditLimitInputOf,
  parseIsoDay,
  reviewWorklist,
  type Financials,
  type ReviewCandidateInput,
} from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { scopeFilter } from '../auth/scope.js';
import { dateParam } from '../http/query.js';
import { json } from '../http/respond.js';
import { CUSTOMER_COLUMNS, rowToCreditProfile, rowToCustomer, type CreditProfileRow, type CustomerRow } from '../store/customers.js';
import { loadWarningStatuses } from '../store/warnings.js';
import { loadDecisionPolicies } from './policies.js';

type CandidateRow = CustomerRow & { document: Financials | null };

/**
 * `GET /reviews/worklist?asOf=` (default today): core's `reviewWorklist` over the profiles of the
 * customers the principal sees, with each one's warning (level and the day its earliest active
 * signal was raised) and whether it is new (core's `computeCreditLimit(...).newCompany`).
 */
export const registerWorklistRoutes: RouteModule = (app, ctx) => {
  app.get('/reviews/worklist', async (c) => {
    const asOf = dateParam(new URL(c.req.url), 'asOf') ?? ctx.today();
    const principal = c.get('principal');
    const params: unknown[] = [];
    const scope = scopeFilter(principal, 'c.id', params);
    const [policy, policies] = await Promise.all([ctx.policy(), loadDecisionPolicies(ctx.db)]);
    const { rows } = await ctx.db.query<CandidateRow>(
      `SELECT ${CUSTOMER_COLUMNS.split(',').map((col) => `c.${col.trim()}`).join(', ')}, f.document
       FROM customers c JOIN credit_profiles p ON p.customer_id = c.id LEFT JOIN financials f ON f.customer_id = c.id
       WHERE ${scope} ORDER BY c.id`,
      params,
    );
    const profiles = await ctx.db.query<CreditProfileRow>(
      `SELECT p.*, c.blacklisted FROM credit_profiles p JOIN customers c ON c.id = p.customer_id WHERE ${scope}`,
      params,
    );
    const profileOf = new Map(profiles.rows.map((p) => [p.customer_id, rowToCreditProfile(p)]));
    const warnings = new Map((await loadWarningStatuses(ctx.db, scope, params, asOf)).map((w) => [w.customerId, w]));
    const day = parseIsoDay(asOf);
    const candidates = rows.map((row): ReviewCandidateInput => {
      const profile = profileOf.get(row.id)!;
      const customer = rowToCustomer(row);
      const status = warnings.get(customer.id);
      const active = (status?.signals ?? []).filter((s) => parseIsoDay(s.raisedOn) <= day && (!s.releasedOn || parseIsoDay(s.releasedOn) > day));
      const raisedOn = active.map((s) => s.raisedOn).sort()[0];
      const level = status?.level ?? 'none';
      const newCustomer = row.document
        ? computeCreditLimit(creditLimitInputOf({ customer, financials: row.document, profile }, asOf), policy.limit).newCompany
        : undefined;
      return {
        customerId: customer.id,
        customerName: customer.name,
        grade: profile.grade,
        granted: profile.granted,
        currency: profile.currency,
        ratedOn: profile.ratedOn,
        ...(profile.validUntil ? { validUntil: profile.validUntil } : {}),
        ...(profile.nextReviewOn ? { nextReviewOn: profile.nextReviewOn } : {}),
        ...(newCustomer !== undefined ? { newCustomer } : {}),
        ...(level !== 'none' ? { warning: { level, ...(raisedOn ? { raisedOn } : {}) } } : {}),
      };
    });
    return json(reviewWorklist(candidates, asOf, policies.review));
  });
};
