import * as z from 'zod/mini';
import { roundDecimal } from '../decimal-arithmetic.js';
import { compareDecimalStrings as compare } from '../decimal-string.js';
import { nonNegativeMoneyInput } from '../money-string.js';
import { APPLICATION_STATUSES, type ApplicationStatus, type CreditApplication } from '../schemas/application.js';
import {
  approvalPolicySchema,
  DEFAULT_APPROVAL_POLICY,
  decisionInputSchema,
  principalSchema,
  type ApprovalPolicy,
  type ApprovalPolicyInput,
  type DecisionInput,
  type Principal,
} from '../schemas/decision.js';
import type { LimitRequest } from '../schemas/limit-request.js';
import type { ReceiptStep } from '../schemas/receipt.js';
import { parseWith } from '../validate.js';
import { refined } from '../schemas/common.js';

const isDecimal = (value: unknown): value is string => typeof value === 'string' && nonNegativeMoneyInput.safeParse(value).success;

/** The approval policy with the rules its bare schema cannot say: `upTo` ascending, only the last level open-ended. */
export const validApprovalPolicySchema = /* @__PURE__ */ refined(approvalPolicySchema, 
  /* @__PURE__ */ z.superRefine((policy, ctx) => {
    policy.levels.forEach((level, i) => {
      const last = i === policy.levels.length - 1;
      if (level.upTo === undefined && !last) {
        ctx.issues.push({ code: 'custom', message: 'is required on every level but the last', path: ['levels', i, 'upTo'], input: level.upTo });
      }
      const previous = policy.levels[i - 1]?.upTo;
      if (isDecimal(level.upTo) && isDecimal(previous) && compare(level.upTo, previous) <= 0) {
        ctx.issues.push({ code: 'custom', message: `must be greater than the previous level's upTo (${previous})`, path: ['levels', i, 'upTo'], input: level.upTo });
      }
    });
    for (const [i, name] of (policy.overrideLevels ?? []).entries()) {
      if (!policy.levels.some((l) => l.level === name)) {
        ctx.issues.push({ code: 'custom', message: `is not one of the levels`, path: ['overrideLevels', i], input: name });
      }
    }
  }),
);

/** What a decision is about, as `checkDecisionAllowed` needs it. Build one with `decisionSubjectOf`. */
export const decisionSubjectSchema = /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ z.enum(['application', 'limit-request']),
  id: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(APPLICATION_STATUSES),
  /** The amount asked for. */
  requested: nonNegativeMoneyInput,
  /** Everyone who submitted or prepared it (maker-checker). */
  preparedBy: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  /** The maximum computed by `computeCreditLimit`, when known: a granted limit above it needs an override. */
  computedMaximum: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
});
export type DecisionSubjectInput = z.input<typeof decisionSubjectSchema>;
export type DecisionSubject = z.output<typeof decisionSubjectSchema>;

/** Statuses in which a decision may still be taken. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['submitted', 'under_review'];
/** Audit-trail steps whose actor prepared the case (the makers). */
const PREPARING_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'under_review'];

/**
 * The decision subject of an application or a limit request: its status, the amount asked for,
 * and the makers — everyone the audit trail shows drafting, submitting or taking it under review,
 * and a limit request's `requestedBy`.
 */
export function decisionSubjectOf(item: CreditApplication | LimitRequest, computedMaximum?: string): DecisionSubject {
  const isRequest = 'requestedBy' in item;
  const makers = item.history.filter((e) => PREPARING_STATUSES.includes(e.status)).map((e) => e.actor);
  if (isRequest) makers.unshift(item.requestedBy);
  return {
    kind: isRequest ? 'limit-request' : 'application',
    id: item.id,
    status: item.status,
    requested: isRequest ? item.amount : item.request.amount,
    preparedBy: [...new Set(makers)],
    ...(computedMaximum !== undefined ? { computedMaximum } : {}),
  };
}

/** Stable codes of the reasons a decision is refused. */
export type DecisionRefusalCode =
  /** The request is no longer open (already decided, or a draft). */
  | 'not-open'
  /** The principal holds none of the policy's approval roles. */
  | 'no-approval-role'
  /** The principal submitted or prepared the request. */
  | 'maker-checker'
  /** The granted limit is above what the principal's level may approve. */
  | 'above-approval-level'
  /** The granted limit is above the computed maximum and no override is allowed. */
  | 'above-computed-maximum'
  /** An override is allowed at this level, but no reason was given. */
  | 'override-reason-required';

export interface DecisionRefusal {
  readonly code: DecisionRefusalCode;
  /** English sentence with the numbers. */
  readonly message: string;
  /** For `above-approval-level`: the lowest level that may approve the amount. */
  readonly requiredLevel?: string;
}

/** Result of `checkDecisionAllowed`: allowed at a level, or refused with every reason; both with the working. */
export type DecisionCheck =
  | { readonly allowed: true; readonly level: string; readonly refusals: readonly []; readonly steps: ReceiptStep[] }
  | { readonly allowed: false; readonly level: string | null; readonly refusals: readonly DecisionRefusal[]; readonly steps: ReceiptStep[] };

/**
 * Whether `principal` may take `decision` on `subject` under the approval `policy` — the check a
 * backend runs before it stores a decision (the widget runs it too, only to explain).
 *
 * - The subject must be open (`submitted` or `under_review`) → else `not-open`.
 * - The principal must hold a role of some level → else `no-approval-role`. Reject and return need
 *   only that; the amount limits and maker-checker apply to approvals.
 * - Approve: with `policy.makerChecker`, a principal in `subject.preparedBy` is refused
 *   (`maker-checker`); the granted limit must be within the principal's highest level's `upTo`
 *   (inclusive; the level with no `upTo` has no ceiling) → else `above-approval-level` naming the
 *   lowest level that may; a granted limit above `subject.computedMaximum` is refused
 *   (`above-computed-maximum`) unless `policy.allowOverride` and the principal holds an override level
 *   (default: the highest), and then only with `decision.override.reason` (`override-reason-required`).
 * - `level` is the lowest of the principal's levels that covers the amount (reject/return: its highest).
 *
 * @param policy defaults to `DEFAULT_APPROVAL_POLICY`.
 * @throws CreditKitValidationError naming each bad path of the decision, subject, principal or policy.
 */
export function checkDecisionAllowed(
  decision: DecisionInput | z.input<typeof decisionInputSchema>,
  subject: DecisionSubjectInput,
  principal: Principal,
  policy?: ApprovalPolicyInput,
): DecisionCheck {
  const d = parseWith(decisionInputSchema, decision, 'decision');
  const s = parseWith(z.object({ subject: decisionSubjectSchema }), { subject }, 'decision subject').subject;
  const who = parseWith(z.object({ principal: principalSchema }), { principal }, 'principal').principal;
  const rules: ApprovalPolicy = parseWith(z.object({ policy: validApprovalPolicySchema }), { policy: policy ?? DEFAULT_APPROVAL_POLICY }, 'approval policy').policy;

  const refusals: DecisionRefusal[] = [];
  const steps: ReceiptStep[] = [];
  const refuse = (code: DecisionRefusalCode, message: string, extra: { requiredLevel?: string } = {}) => refusals.push({ code, message, ...extra });

  const open = OPEN_STATUSES.includes(s.status);
  steps.push({ key: 'approval.open', label: 'The request is open for a decision', value: String(open), formula: `status ${s.status}` });
  if (!open) refuse('not-open', `The ${s.kind} is ${s.status.replace('_', ' ')}: it can no longer be decided.`);

  const held = rules.levels.filter((l) => l.roles.some((r) => who.roles.includes(r)));
  const highest = held[held.length - 1];
  steps.push({ key: 'approval.principalLevel', label: 'Highest approval level of the principal', value: highest?.level ?? 'none', formula: `roles ${who.roles.join(', ') || 'none'}` });
  if (!highest) refuse('no-approval-role', `${who.subject} holds no approval role (${rules.levels.flatMap((l) => l.roles).join(', ')}).`);

  let level: string | null = highest?.level ?? null;
  steps.push({ key: 'approval.outcome', label: 'Outcome', value: d.outcome });
  if (d.outcome === 'approve' && d.conditions) {
    const granted = d.conditions.grantedLimit;
    const shown = roundDecimal(granted, 2);
    steps.push({ key: 'approval.grantedLimit', label: 'Granted limit', value: shown });

    if (rules.makerChecker) {
      const maker = s.preparedBy.includes(who.subject);
      steps.push({ key: 'approval.makerChecker', label: 'The approver submitted or prepared the request', value: String(maker), formula: `prepared by ${s.preparedBy.join(', ') || 'nobody recorded'}` });
      if (maker) refuse('maker-checker', `${who.subject} submitted or prepared this ${s.kind} and may not approve it (maker-checker).`);
    }

    const required = rules.levels.find((l) => l.upTo === undefined || compare(granted, l.upTo) <= 0);
    steps.push({ key: 'approval.requiredLevel', label: 'Lowest level that may approve the granted limit', value: required?.level ?? 'none', formula: required?.upTo === undefined ? 'no ceiling' : `${shown} ≤ ${roundDecimal(required.upTo, 2)}` });
    const covering = held.find((l) => l.upTo === undefined || compare(granted, l.upTo) <= 0);
    if (highest && !covering) {
      refuse('above-approval-level', `A granted limit of ${shown} is above what the ${highest.level} level may approve (${roundDecimal(highest.upTo!, 2)}): it needs the ${required?.level ?? 'highest'} level.`, required ? { requiredLevel: required.level } : {});
    }
    level = covering?.level ?? level;

    if (s.computedMaximum !== undefined) {
      const above = compare(granted, s.computedMaximum) > 0;
      steps.push({ key: 'approval.aboveMaximum', label: 'Granted limit above the computed maximum', value: String(above), formula: `${shown} vs ${roundDecimal(s.computedMaximum, 2)}` });
      if (above) {
        const overrideLevels = rules.overrideLevels ?? [rules.levels[rules.levels.length - 1]!.level];
        const mayOverride = rules.allowOverride && held.some((l) => overrideLevels.includes(l.level));
        if (!mayOverride) {
          refuse('above-computed-maximum', `A granted limit of ${shown} is above the computed maximum of ${roundDecimal(s.computedMaximum, 2)}${rules.allowOverride ? `; only ${overrideLevels.join(', ')} may override it` : ', and the policy allows no override'}.`);
        } else if (!d.override?.reason) {
          refuse('override-reason-required', `A granted limit above the computed maximum of ${roundDecimal(s.computedMaximum, 2)} needs an override with a reason.`);
        }
      }
    }
  }

  steps.push({ key: 'approval.allowed', label: 'Decision allowed', value: String(refusals.length === 0), ...(refusals.length ? { formula: refusals.map((r) => r.code).join(', ') } : {}) });
  return refusals.length === 0 && level !== null
    ? { allowed: true, level, refusals: [], steps }
    : { allowed: false, level, refusals, steps };
}
