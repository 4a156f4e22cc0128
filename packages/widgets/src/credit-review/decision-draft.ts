import {
  compareDecimalStrings,
  decisionInputSchema,
  parseMoneyInput,
  toValidationIssues,
  type DecisionInput,
  type DecisionOutcome,
  type DecisionReasonCode,
  type SettlementMethod,
} from '@credit-kit/core/lean';

/** The approver's decision as typed, before it is sent. */
export interface DecisionDraft {
  readonly outcome: DecisionOutcome;
  /** As typed (grouping and 万 allowed). */
  readonly grantedLimit: string;
  readonly termDays: string;
  readonly settlementMethod: SettlementMethod;
  readonly validUntil: string;
  readonly nextReviewOn: string;
  readonly reasonCodes: readonly DecisionReasonCode[];
  readonly note: string;
  readonly overrideReason: string;
}

export type DecisionField = 'grantedLimit' | 'termDays' | 'settlementMethod' | 'validUntil' | 'nextReviewOn' | 'reasonCodes' | 'note' | 'override';

/** What the desk proposes: the amount asked (never above the computed maximum), the dates the review policy suggests. */
export function proposeDecision(proposal: {
  asked: string;
  maximum: string | undefined;
  termDays: number;
  settlementMethod: SettlementMethod;
  validUntil: string;
  nextReviewOn: string;
}): DecisionDraft {
  const granted = proposal.maximum !== undefined && compareDecimalStrings(proposal.asked, proposal.maximum) > 0 ? proposal.maximum : proposal.asked;
  return {
    outcome: 'approve',
    grantedLimit: granted,
    termDays: String(proposal.termDays),
    settlementMethod: proposal.settlementMethod,
    validUntil: proposal.validUntil,
    nextReviewOn: proposal.nextReviewOn,
    reasonCodes: [],
    note: '',
    overrideReason: '',
  };
}

/** Whether the granted limit typed is above the computed maximum (then an override reason is asked for). */
export function aboveMaximum(draft: DecisionDraft, maximum: string | undefined): boolean {
  const granted = parseMoneyInput(draft.grantedLimit);
  return granted.ok && maximum !== undefined && compareDecimalStrings(granted.value, maximum) > 0;
}

/**
 * The decision body, validated by core's `decisionInputSchema` (approve needs conditions, reject
 * and return need a reason, the review day not after the end of validity); else the fields in error.
 */
export function decisionInput(draft: DecisionDraft, maximum: string | undefined): { input: DecisionInput } | { errors: ReadonlySet<DecisionField> } {
  const granted = parseMoneyInput(draft.grantedLimit);
  const approve = draft.outcome === 'approve';
  const term = /^\d+$/.test(draft.termDays.trim()) ? Number(draft.termDays.trim()) : draft.termDays;
  const body = {
    outcome: draft.outcome,
    ...(approve
      ? {
          conditions: {
            grantedLimit: granted.ok ? granted.value : draft.grantedLimit,
            termDays: term,
            settlementMethod: draft.settlementMethod,
            validUntil: draft.validUntil,
            nextReviewOn: draft.nextReviewOn,
          },
        }
      : { reasonCodes: [...draft.reasonCodes] }),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(approve && aboveMaximum(draft, maximum) ? { override: { reason: draft.overrideReason } } : {}),
  };
  const parsed = decisionInputSchema.safeParse(body);
  if (parsed.success && (granted.ok || !approve)) return { input: parsed.data };
  const errors = new Set<DecisionField>(approve && !granted.ok ? ['grantedLimit'] : []);
  for (const issue of parsed.success ? [] : toValidationIssues(parsed.error.issues, body)) {
    const [head, field] = issue.path.split(/[.[]/);
    if (head === 'conditions' && field) errors.add(field as DecisionField);
    else if (head === 'reasonCodes' || head === 'note' || head === 'override') errors.add(head);
  }
  return { errors };
}
