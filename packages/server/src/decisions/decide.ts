import {
  checkDecisionAllowed,
  computeCreditLimit,
  creditLimitInputOf,
  decisionInputSchema,
  decisionReceipt,
  decisionSubjectOf,
  toValidationIssues,
  type CreditApplication,
  type CreditLimitInput,
  type CreditPolicy,
  type Customer,
  type Decision,
  type DecisionInput,
  type Financials,
  type LimitRequest,
} from '@credit-kit/core';
import type { Principal } from '../context.js';
import type { Database } from '../db/database.js';
import { PROBLEM_CONTENT_TYPE, problemBody, unprocessable } from '../http/problem.js';
import { CUSTOMER_COLUMNS, rowToCreditProfile, rowToCustomer, type CreditProfileRow, type CustomerRow } from '../store/customers.js';
import type { DecisionPolicies } from './policies.js';

export const OUTCOME_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;

/** The decision body through core's schema: invalid → 422 with field errors. */
export function parseDecision(body: unknown): DecisionInput {
  const parsed = decisionInputSchema.safeParse(body);
  if (!parsed.success) throw unprocessable('The decision is not valid: see errors for each field.', toValidationIssues(parsed.error.issues), 'validation');
  return parsed.data;
}

/** What the limit formula reads for a customer: its record, statements and current profile, when all exist. */
export async function limitInputFor(db: Database, customerId: string, asOf: string): Promise<{ input: CreditLimitInput; profile: CreditProfileRow } | undefined> {
  const { rows } = await db.query<CustomerRow & { document: Financials | null }>(
    `SELECT ${CUSTOMER_COLUMNS.split(',').map((c) => `c.${c.trim()}`).join(', ')}, f.document FROM customers c
     LEFT JOIN financials f ON f.customer_id = c.id WHERE c.id = $1`,
    [customerId],
  );
  const profile = await db.query<CreditProfileRow>(
    'SELECT p.*, c.blacklisted FROM credit_profiles p JOIN customers c ON c.id = p.customer_id WHERE p.customer_id = $1 FOR UPDATE OF p',
    [customerId],
  );
  const row = rows[0];
  const p = profile.rows[0];
  if (!row || !row.document || !p) return undefined;
  const customer: Customer = rowToCustomer(row);
  return { input: creditLimitInputOf({ customer, financials: row.document, profile: rowToCreditProfile(p) }, asOf), profile: p };
}

/** A 403 (refused) or 409 (no longer open) problem with core's `refusals`. */
export function refusalResponse(refusals: readonly { code: string; message: string }[], instance: string): Response {
  const notOpen = refusals.some((r) => r.code === 'not-open');
  const body = {
    ...problemBody({ status: notOpen ? 409 : 403, slug: notOpen ? 'not-open' : 'decision-refused', detail: refusals.map((r) => r.message).join(' ') }, instance),
    refusals,
  };
  return new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

export type Decided = { decision: Decision; status: (typeof OUTCOME_STATUS)[keyof typeof OUTCOME_STATUS] } | { refused: Response };

/**
 * The server-side check and the decision it allows, inside the caller's transaction (the item and
 * the profile are locked): core's `checkDecisionAllowed` against the approval policy and the maximum
 * `computeCreditLimit` gives on the customer's stored records; refused → the problem response and
 * nothing written. Allowed → the decision with core's `decisionReceipt`, stored in `decisions`, and
 * an approval sets the profile (granted, term, valid until, next review).
 */
export async function decide(
  tx: Database,
  item: CreditApplication | LimitRequest,
  input: DecisionInput,
  principal: Principal,
  context: { policy: CreditPolicy; policies: DecisionPolicies; asOf: string; instance: string },
): Promise<Decided> {
  const customerId = item.customerId;
  const limit = customerId ? await limitInputFor(tx, customerId, context.asOf) : undefined;
  const maximum = limit ? computeCreditLimit(limit.input, context.policy.limit).maximum : undefined;
  const subject = decisionSubjectOf(item, maximum);
  const who = { subject: principal.subject, roles: [...principal.roles] };
  const check = checkDecisionAllowed(input, subject, who, context.policies.approval);
  if (!check.allowed) return { refused: refusalResponse(check.refusals, context.instance) };

  const decidedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const receipt = await decisionReceipt(
    { decision: input, subject, principal: who, approvalPolicy: context.policies.approval, ...(limit ? { limit: { input: limit.input, policy: context.policy.limit } } : {}) },
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
  await tx.query(
    `INSERT INTO decisions (subject_kind, subject_id, customer_id, outcome, granted_limit, computed_maximum, level, decided_by, decided_at, receipt, document)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [subject.kind, item.id, customerId ?? null, input.outcome, input.conditions?.grantedLimit ?? null, maximum ?? null, check.level,
      principal.subject, decidedAt, JSON.stringify(receipt), JSON.stringify(decision)],
  );
  if (input.conditions && limit && customerId) {
    const c = input.conditions;
    await tx.query(
      `UPDATE credit_profiles SET granted = $2, term_days = $3, valid_until = $4, next_review_on = $5, updated_at = now() WHERE customer_id = $1`,
      [customerId, c.grantedLimit, c.termDays, c.validUntil, c.nextReviewOn],
    );
  }
  return { decision, status: OUTCOME_STATUS[input.outcome] };
}
