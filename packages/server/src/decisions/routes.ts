import type { CreditApplication, LimitRequest } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { notFound } from '../http/problem.js';
import { pathId } from '../http/query.js';
import { json, readJson } from '../http/respond.js';
import { BASE_PATH } from '../paths.js';
import { canSeeApplication, findApplicationRow, toApplication } from '../store/applications.js';
import { decide, parseDecision } from './decide.js';
import { registerLimitRequestRoutes } from './limit-request-routes.js';
import { loadDecisionPolicies } from './policies.js';
import { findLimitRequest } from './store.js';
import { registerWorklistRoutes } from './worklist.js';

/**
 * The decision loop: limit requests, `POST /credit-applications/{id}/decision`,
 * `POST /limit-requests/{id}/decision` and `GET /reviews/worklist`. A decision is checked here, on the
 * server, with core's `checkDecisionAllowed`; the principal's roles stand for core's (the default
 * policy lists the service's `approver` with `credit_manager`).
 */
export const registerDecisionRoutes: RouteModule = (app, ctx) => {
  const { db } = ctx;
  registerLimitRequestRoutes(app, ctx);
  registerWorklistRoutes(app, ctx);

  app.post('/credit-applications/:id/decision', async (c) => {
    const principal = c.get('principal');
    const id = pathId(c.req.param('id'), 'credit application');
    const input = parseDecision(await readJson(c));
    const [policy, policies] = await Promise.all([ctx.policy(), loadDecisionPolicies(db)]);
    const outcome = await db.transaction(async (tx) => {
      const row = await findApplicationRow(tx, id, true);
      if (!row || !canSeeApplication(principal, row)) throw notFound(`No credit application ${id}.`);
      const application: CreditApplication = await toApplication(tx, row);
      const decided = await decide(tx, application, input, principal, { policy, policies, asOf: ctx.today(), instance: c.req.path });
      if ('refused' in decided) return decided;
      const conditions = input.conditions;
      const grade = conditions && row.customer_id
        ? (await tx.query<{ grade: string }>('SELECT grade FROM credit_profiles WHERE customer_id = $1', [row.customer_id])).rows[0]?.grade
        : undefined;
      // The application's own decision summary (the contract's ApplicationDecision); the full decision is in `decisions`.
      const summary = conditions
        ? { grantedLimit: conditions.grantedLimit, termDays: conditions.termDays, validUntil: conditions.validUntil, ...(grade ? { grade } : {}) }
        : null;
      await tx.query('UPDATE credit_applications SET status = $2, decision = $3, updated_at = now() WHERE id = $1', [
        id, decided.status, summary ? JSON.stringify(summary) : null,
      ]);
      await tx.query('INSERT INTO application_events (application_id, status, actor, at, note) VALUES ($1, $2, $3, $4, $5)', [
        id, decided.status, principal.subject, decided.decision.decidedAt, input.note ?? null,
      ]);
      return decided;
    });
    if ('refused' in outcome) return outcome.refused;
    c.get('log').info({ applicationId: id, outcome: input.outcome, level: outcome.decision.level }, 'credit application decided');
    return json(outcome.decision, 201);
  });

  app.post('/limit-requests/:id/decision', async (c) => {
    const principal = c.get('principal');
    const id = pathId(c.req.param('id'), 'limit request');
    const input = parseDecision(await readJson(c));
    const [policy, policies] = await Promise.all([ctx.policy(), loadDecisionPolicies(db)]);
    const outcome = await db.transaction(async (tx) => {
      const request: LimitRequest | undefined = await findLimitRequest(tx, principal, id, true);
      if (!request) throw notFound(`No limit request ${id}.`);
      const decided = await decide(tx, request, input, principal, { policy, policies, asOf: ctx.today(), instance: c.req.path });
      if ('refused' in decided) return decided;
      await tx.query('UPDATE limit_requests SET status = $2, decision = $3, updated_at = now() WHERE id = $1', [
        id, decided.status, JSON.stringify(decided.decision),
      ]);
      await tx.query('INSERT INTO limit_request_events (limit_request_id, status, actor, at, note) VALUES ($1, $2, $3, $4, $5)', [
        id, decided.status, principal.subject, decided.decision.decidedAt, input.note ?? null,
      ]);
      return decided;
    });
    if ('refused' in outcome) return outcome.refused;
    c.get('log').info({ limitRequestId: id, outcome: input.outcome, level: outcome.decision.level }, 'limit request decided');
    return json(outcome.decision, 201, { Location: `${BASE_PATH}/limit-requests/${id}` });
  });
};
