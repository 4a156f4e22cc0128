import {
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_REVIEW_POLICY,
  reviewPolicySchema,
  validApprovalPolicySchema,
  type ApprovalPolicy,
  type ReviewPolicy,
} from '@credit-kit/core';
import { readFileSync } from 'node:fs';
import type { Database } from '../db/database.js';

/** The approval and review policies the decision endpoints enforce. */
export interface DecisionPolicies {
  readonly approval: ApprovalPolicy;
  readonly review: ReviewPolicy;
}

/**
 * The policies in force: the `decision_policy` row a host stored (`--approval-policy FILE`,
 * `--review-policy FILE`), else core's defaults — whose `credit_manager` level lists the service's
 * `approver` role. Read per request, so every process on one database enforces the same policy.
 */
export async function loadDecisionPolicies(db: Database): Promise<DecisionPolicies> {
  const { rows } = await db.query<{ approval: ApprovalPolicy | null; review: ReviewPolicy | null }>('SELECT approval, review FROM decision_policy WHERE id = 1');
  return { approval: rows[0]?.approval ?? DEFAULT_APPROVAL_POLICY, review: rows[0]?.review ?? DEFAULT_REVIEW_POLICY };
}

/**
 * Stores the policies a host gives (validated with core's schemas; `null` puts core's default back,
 * `undefined` leaves the stored one).
 * @throws Error naming the first invalid field
 */
export async function storeDecisionPolicies(db: Database, policies: { approval?: unknown; review?: unknown }): Promise<void> {
  const approval = policies.approval === undefined || policies.approval === null ? policies.approval : parsePolicy(validApprovalPolicySchema, policies.approval, 'approval policy');
  const review = policies.review === undefined || policies.review === null ? policies.review : parsePolicy(reviewPolicySchema, policies.review, 'review policy');
  await db.query(
    `INSERT INTO decision_policy (id, approval, review) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET
       approval = CASE WHEN $3 THEN EXCLUDED.approval ELSE decision_policy.approval END,
       review = CASE WHEN $4 THEN EXCLUDED.review ELSE decision_policy.review END, updated_at = now()`,
    [approval ? JSON.stringify(approval) : null, review ? JSON.stringify(review) : null, approval !== undefined, review !== undefined],
  );
}

/** A policy document from a JSON file (the CLI's `--approval-policy FILE`). */
export function readPolicyFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

function parsePolicy<T>(schema: Schema<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`The ${what} is not valid: ${issue.path.map(String).join('.') || '(root)'} ${issue.message}`);
}
