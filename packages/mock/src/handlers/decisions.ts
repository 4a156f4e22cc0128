import {
  checkDecisionAllowed,
  computeCreditLimit,
  decisionInputSchema,
  decisionReceipt,
  decisionSubjectOf,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_REVIEW_POLICY,
  parseIsoDay,
  reviewWorklist,
  toValidationIssues,
  type ApprovalPolicy,
  type CreditApplication,
  type CreditLimitInput,
  type CreditProfile,
  type Decision,
  type DecisionInput,
  type LimitRequest,
  type ReviewCandidateInput,
  type ReviewPolicy,
} from '@credit-kit/core';
import { limitInputOf } from '../data/decision-seeds.js';
import { badRequest, notFound, ProblemError } from '../http/problem.js';
import { requirePrincipal } from '../http/principal.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';
import { allLimitRequests } from './limit-requests.js';
import { warningStatuses } from './warnings.js';

/** The approval and review policies the mock enforces (options `approvalPolicy`, `reviewPolicy`; default core's). */
export interface DecisionPolicies {
  readonly approval: ApprovalPolicy;
  readonly review: ReviewPolicy;
}
const DEFAULT_POLICIES: DecisionPolicies = { approval: DEFAULT_APPROVAL_POLICY, review: DEFAULT_REVIEW_POLICY };

const OUTCOME_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;

/** The current credit profile of a customer: the seeded one, or the one an approval set. */
export function currentProfile(context: HandlerContext, customerId: string): CreditProfile | undefined {
  const seed = context.dataset.customerById.get(customerId);
  if (!seed) return undefined;
  return context.state.decisions.profileUpdates.get(customerId) ?? context.dataset.profiles[seed.index];
}

/**
 * `POST /credit-applications/{id}/decision`, `POST /limit-requests/{id}/decision` and
 * `GET /reviews/worklist?asOf=`. A decision is checked SERVER-SIDE with core's
 * `checkDecisionAllowed` (approval levels, maker-checker, the computed maximum from the customer's
 * financials by `computeCreditLimit`) before anything is stored: refused → 403 (409 when no longer
 * open) with `refusals`. Allowed → its receipt (`decisionReceipt`) is made and stored with it, the
 * item moves to approved / rejected / returned with an audit entry, and an approval sets the
 * customer's profile: granted limit, term, `validUntil`, `nextReviewOn`.
 */
export function decisionRoutes(context: HandlerContext, seeded: readonly LimitRequest[], policies: DecisionPolicies = DEFAULT_POLICIES): RouteDefinition[] {
  const { dataset, state } = context;
  const applications = () => [...dataset.applications, ...state.applications].map((a) => state.decisions.applicationUpdates.get(a.id) ?? a);
  const warnings = warningStatuses(dataset);

  const decide = async (request: Request, item: CreditApplication | LimitRequest, store: (updated: CreditApplication | LimitRequest) => void) => {
    const principal = requirePrincipal(request);
    const input = await readDecision(request);
    const customerId = item.customerId;
    const profile = customerId ? currentProfile(context, customerId) : undefined;
    const seed = customerId ? dataset.customerById.get(customerId) : undefined;
    const limitInput: CreditLimitInput | undefined = seed && profile ? limitInputOf(dataset, seed, profile) : undefined;
    const maximum = limitInput ? computeCreditLimit(limitInput, context.policy.limit).maximum : undefined;
    const subject = decisionSubjectOf(item, maximum);
    const check = checkDecisionAllowed(input, subject, principal, policies.approval);
    if (!check.allowed) {
      const notOpen = check.refusals.some((r) => r.code === 'not-open');
      throw new ProblemError({
        status: notOpen ? 409 : 403,
        slug: notOpen ? 'not-open' : 'decision-refused',
        detail: check.refusals.map((r) => r.message).join(' '),
        extra: { refusals: check.refusals },
      });
    }
    const decidedAt = context.options.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const receipt = await decisionReceipt(
      { decision: input, subject, principal, approvalPolicy: policies.approval, ...(limitInput ? { limit: { input: limitInput, policy: context.policy.limit } } : {}) },
      { issuedAt: decidedAt },
    );
    const decision: Decision = {
      ...input,
      decidedBy: principal.subject,
      decidedAt,
      level: check.level,
      ...(maximum !== undefined ? { computedMaximum: maximum } : {}),
      receipt,
    };
    const status = OUTCOME_STATUS[input.outcome];
    const event = { status, actor: principal.subject, at: decidedAt, ...(input.note ? { note: input.note } : {}) };
    const updated = 'requestedBy' in item
      ? { ...item, status, decision, history: [...item.history, event] }
      : {
          ...item,
          status,
          history: [...item.history, event],
          ...(input.conditions
            ? { decision: { grantedLimit: input.conditions.grantedLimit, termDays: input.conditions.termDays, validUntil: input.conditions.validUntil, ...(profile ? { grade: profile.grade } : {}) } }
            : {}),
        };
    store(updated);
    state.decisions.decisions.push({ subject: item.id, decision });
    if (input.conditions && profile && customerId) applyApproval(context, customerId, profile, input);
    return jsonResponse(decision, 201);
  };

  return [
    {
      route: 'POST /credit-applications/{id}/decision',
      handle: async ({ request, params }) => {
        const found = applications().find((a) => a.id === params.id);
        if (!found) throw notFound(`No credit application with id "${params.id}".`);
        return decide(request, found, (updated) => state.decisions.applicationUpdates.set(found.id, updated as CreditApplication));
      },
    },
    {
      route: 'POST /limit-requests/{id}/decision',
      handle: async ({ request, params }) => {
        const found = allLimitRequests(context, seeded).find((r) => r.id === params.id);
        if (!found) throw notFound(`No limit request with id "${params.id}".`);
        return decide(request, found, (updated) => {
          const created = state.decisions.limitRequests.findIndex((r) => r.id === found.id);
          if (created >= 0) state.decisions.limitRequests[created] = updated as LimitRequest;
          else state.decisions.limitRequestUpdates.set(found.id, updated as LimitRequest);
        });
      },
    },
    {
      route: 'GET /reviews/worklist',
      handle: ({ url }) => {
        const asOf = url.searchParams.get('asOf') || dataset.asOf;
        if (Number.isNaN(parseIsoDay(asOf))) throw badRequest(`Query parameter asOf must be a date such as "2026-11-25", not "${asOf}".`, 'invalid-parameter');
        return jsonResponse(reviewWorklist(reviewCandidates(context, warnings), asOf, policies.review));
      },
    },
  ];
}

/** What `reviewWorklist` needs of every customer: its current profile, name, age and warning. */
export function reviewCandidates(context: HandlerContext, warnings = warningStatuses(context.dataset)): ReviewCandidateInput[] {
  const asOfDay = parseIsoDay(context.dataset.asOf);
  return context.dataset.customers.map((seed) => {
    const profile = currentProfile(context, seed.customer.id)!;
    const status = warnings[seed.index]!;
    const active = status.signals.filter((s) => parseIsoDay(s.raisedOn) <= asOfDay && (!s.releasedOn || parseIsoDay(s.releasedOn) > asOfDay));
    const raisedOn = active.map((s) => s.raisedOn).sort()[0];
    const level = status.level ?? 'none';
    return {
      customerId: profile.customerId,
      customerName: seed.customer.name,
      grade: profile.grade,
      granted: profile.granted,
      currency: profile.currency,
      ratedOn: profile.ratedOn,
      ...(profile.validUntil ? { validUntil: profile.validUntil } : {}),
      ...(profile.nextReviewOn ? { nextReviewOn: profile.nextReviewOn } : {}),
      newCustomer: seed.newlyEstablished,
      ...(level !== 'none' ? { warning: { level, ...(raisedOn ? { raisedOn } : {}) } } : {}),
    };
  });
}

/** An approval sets the profile: the granted limit and term, valid until and next review; it counts as the latest review. */
function applyApproval(context: HandlerContext, customerId: string, profile: CreditProfile, input: DecisionInput): void {
  const c = input.conditions!;
  context.state.decisions.profileUpdates.set(customerId, {
    ...profile,
    granted: c.grantedLimit,
    termDays: c.termDays,
    validUntil: c.validUntil,
    nextReviewOn: c.nextReviewOn,
  });
}

async function readDecision(request: Request): Promise<DecisionInput> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new ProblemError({ status: 400, slug: 'invalid-json', detail: 'The request body is not valid JSON.' });
  }
  const parsed = decisionInputSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProblemError({ status: 422, slug: 'validation', detail: 'The decision is not valid: see errors for each field.', errors: toValidationIssues(parsed.error.issues) });
  }
  return parsed.data;
}

