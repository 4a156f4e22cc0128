import { creditCheck, type CreditCheckResult, type CreditOrderInput, type CreditProfileInput } from '../credit-check.js';
import { CreditKitError } from '../errors.js';
import { computeCreditLimit, type CreditLimitInput, type CreditLimitResult } from '../limit.js';
import { rateCustomer, type RatingInput, type RatingOptions } from '../rating.js';
import { DEFAULT_APPROVAL_POLICY, type ApprovalPolicyInput, type DecisionInput, type Principal } from '../schemas/decision.js';
import { DEFAULT_CREDIT_POLICY, type CreditCheckPolicyInput, type LimitPolicyInput, type RatingPolicyInput } from '../schemas/policy.js';
import { RECEIPT_FORMAT, receiptSchema, type Receipt, type ReceiptKind, type ReceiptStep } from '../schemas/receipt.js';
import { parseWith, toValidationIssues } from '../validate.js';
import { checkDecisionAllowed, type DecisionCheck, type DecisionSubjectInput } from './approval.js';
import { canonicalJson, policyDigestVersion, sha256Hex } from './canonical.js';

/** Options of every receipt builder. */
export interface ReceiptOptions {
  /** The policy's version as the host names it; default `sha256:` + 16 hex digits of the rules' digest. */
  readonly policyVersion?: string;
  /** When the receipt is made; default now. */
  readonly issuedAt?: string;
}

type Json = Record<string, unknown>;

/** A JSON copy: drops `undefined` members, so what is stored is what is hashed. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const prefixed = (prefix: string, steps: readonly { key: string; label: string; value: string; formula?: string }[]): ReceiptStep[] =>
  steps.map((s) => ({ key: `${prefix}.${s.key}`, label: s.label, value: s.value, ...(s.formula !== undefined ? { formula: s.formula } : {}) }));

/** What each kind recomputes: from the receipt's inputs and rules to its steps and result. */
interface Recomputation {
  readonly steps: ReceiptStep[];
  readonly result: Json;
}

function ratingWorking(inputs: Json, rules: Json): Recomputation {
  const r = rateCustomer(inputs.scores as RatingInput, rules.rating as RatingPolicyInput, inputs.options as RatingOptions | undefined);
  const steps: ReceiptStep[] = [
    { key: 'rating.score', label: 'Weighted score', value: r.score.toFixed(2) },
    ...(r.uncappedGrade ? [{ key: 'rating.uncappedGrade', label: 'Grade by the score', value: r.uncappedGrade }] : []),
    { key: 'rating.capped', label: 'In-house rating capped at AA', value: String(r.capped) },
    { key: 'rating.grade', label: 'Grade', value: r.grade },
  ];
  return { steps, result: plain({ score: r.score, grade: r.grade, capped: r.capped, uncappedGrade: r.uncappedGrade }) };
}

const limitResult = (r: CreditLimitResult): Json =>
  plain({ maximum: r.maximum, granted: r.granted, formulaResult: r.formulaResult, caps: r.caps, debtRatio: r.debtRatio, newCompany: r.newCompany });

function limitWorking(inputs: Json, rules: Json): Recomputation {
  const r = computeCreditLimit(inputs.limit as CreditLimitInput, rules.limit as LimitPolicyInput);
  return { steps: prefixed('limit', r.steps), result: limitResult(r) };
}

function checkSteps(r: CreditCheckResult): ReceiptStep[] {
  const e = r.exposure;
  return [
    { key: 'check.granted', label: 'Granted limit', value: e.granted },
    { key: 'check.orderAmount', label: 'Order amount', value: e.orderAmount },
    { key: 'check.used', label: 'Used, with the order', value: e.used },
    { key: 'check.available', label: 'Available', value: e.available },
    { key: 'check.overBy', label: 'Over the limit by', value: e.overBy },
    { key: 'check.utilisation', label: 'Utilisation', value: e.utilisation ?? 'none' },
    ...r.reasons.map((reason) => ({ key: `check.reason.${reason.code}`, label: reason.message, value: reason.severity })),
    { key: 'check.status', label: 'Result', value: r.status },
  ];
}

function checkWorking(inputs: Json, rules: Json): Recomputation {
  const r = creditCheck(inputs.profile as CreditProfileInput, inputs.order as CreditOrderInput | undefined, rules.creditCheck as CreditCheckPolicyInput);
  return { steps: checkSteps(r), result: plain({ status: r.status, reasons: r.reasons.map((x) => x.code), available: r.exposure.available, overBy: r.exposure.overBy }) };
}

function decisionWorking(inputs: Json, rules: Json): Recomputation {
  const steps: ReceiptStep[] = [];
  let subject = inputs.subject as DecisionSubjectInput;
  if (inputs.limit !== undefined) {
    const limit = computeCreditLimit(inputs.limit as CreditLimitInput, rules.limit as LimitPolicyInput);
    steps.push(...prefixed('limit', limit.steps));
    // The maximum the decision is checked against is the one recomputed here, not a number carried along.
    subject = { ...subject, computedMaximum: limit.maximum };
  }
  const check: DecisionCheck = checkDecisionAllowed(inputs.decision as DecisionInput, subject, inputs.principal as Principal, rules.approval as ApprovalPolicyInput);
  steps.push(...check.steps);
  const decision = inputs.decision as DecisionInput;
  return {
    steps,
    result: plain({
      allowed: check.allowed,
      level: check.level,
      refusals: check.refusals.map((r) => r.code),
      outcome: decision.outcome,
      grantedLimit: decision.conditions?.grantedLimit,
      computedMaximum: subject.computedMaximum,
    }),
  };
}

const WORKINGS: Record<ReceiptKind, (inputs: Json, rules: Json) => Recomputation> = {
  rating: ratingWorking,
  limit: limitWorking,
  check: checkWorking,
  decision: decisionWorking,
};

async function seal(kind: ReceiptKind, inputs: Json, rules: Json, options: ReceiptOptions): Promise<Receipt> {
  const cleanInputs = plain(inputs);
  const cleanRules = plain(rules);
  const { steps, result } = WORKINGS[kind](cleanInputs, cleanRules);
  const body = {
    format: RECEIPT_FORMAT,
    kind,
    issuedAt: options.issuedAt ?? new Date().toISOString(),
    inputs: cleanInputs,
    policy: { version: options.policyVersion ?? (await policyDigestVersion(cleanRules)), rules: cleanRules },
    steps,
    result,
  } as const;
  return { ...body, digest: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(body)) } };
}

/** A receipt of `rateCustomer(scores, policy, options)`. */
export function ratingReceipt(scores: RatingInput, policy?: RatingPolicyInput, ratingOptions?: RatingOptions, options: ReceiptOptions = {}): Promise<Receipt> {
  return seal('rating', { scores, options: ratingOptions }, { rating: policy ?? DEFAULT_CREDIT_POLICY.rating }, options);
}

/** A receipt of `computeCreditLimit(input, policy)`: every step of the working. */
export function limitReceipt(input: CreditLimitInput, policy?: LimitPolicyInput, options: ReceiptOptions = {}): Promise<Receipt> {
  return seal('limit', { limit: input }, { limit: policy ?? DEFAULT_CREDIT_POLICY.limit }, options);
}

/** A receipt of `creditCheck(profile, order, policy)`. */
export function checkReceipt(profile: CreditProfileInput, order?: CreditOrderInput, policy?: CreditCheckPolicyInput, options: ReceiptOptions = {}): Promise<Receipt> {
  return seal('check', { profile, order }, { creditCheck: policy ?? DEFAULT_CREDIT_POLICY.creditCheck }, options);
}

/** What a decision receipt records. */
export interface DecisionReceiptInput {
  readonly decision: DecisionInput;
  readonly subject: DecisionSubjectInput;
  readonly principal: Principal;
  readonly approvalPolicy?: ApprovalPolicyInput;
  /**
   * The limit computation the decision rests on: when given, its maximum (recomputed) is the
   * computed maximum the decision is checked against.
   */
  readonly limit?: { readonly input: CreditLimitInput; readonly policy?: LimitPolicyInput };
}

/** A receipt of a decision: the limit working (when given) and `checkDecisionAllowed`, step by step. */
export function decisionReceipt(input: DecisionReceiptInput, options: ReceiptOptions = {}): Promise<Receipt> {
  const rules: Json = { approval: input.approvalPolicy ?? DEFAULT_APPROVAL_POLICY };
  const inputs: Json = { decision: input.decision, subject: input.subject, principal: input.principal };
  if (input.limit) {
    inputs.limit = input.limit.input;
    rules.limit = input.limit.policy ?? DEFAULT_CREDIT_POLICY.limit;
  }
  return seal('decision', inputs, rules, options);
}

/** Outcome of `verifyReceipt`. */
export type ReceiptVerification =
  | { readonly verified: true; readonly digest: string }
  | {
      readonly verified: false;
      /** Where it first differs: the receipt's shape, its inputs, a step, the result, the policy version, or the digest. */
      readonly at: 'format' | 'inputs' | 'step' | 'result' | 'policy' | 'digest';
      /** The step's key (`limit.bracket`) or the result's field, when `at` is `step` or `result`. */
      readonly step?: string;
      readonly index?: number;
      readonly expected?: string;
      readonly actual?: string;
      /** English sentence: what differs and why. */
      readonly reason: string;
    };

const describe = (s: ReceiptStep | undefined) => (s ? `${s.key} = ${s.value}${s.formula !== undefined ? ` (${s.formula})` : ''}` : 'nothing');

/**
 * Recomputes a receipt offline from its inputs and policy with core's own functions, and checks it
 * to the cent: every step (key, label, value, formula) in order, the result, a digest-derived policy
 * version, and the SHA-256 digest of the canonical form. Returns `verified: true`, or where it first
 * differs and why. Never throws for a bad receipt; a changed input shows up as the first step it
 * changes, or — when it changes no step — as a digest mismatch.
 */
export async function verifyReceipt(receipt: unknown): Promise<ReceiptVerification> {
  const parsed = receiptSchema.safeParse(receipt);
  if (!parsed.success) {
    const issue = toValidationIssues(parsed.error.issues)[0];
    return { verified: false, at: 'format', reason: `Not a ${RECEIPT_FORMAT} receipt: ${issue ? `${issue.path || '(receipt)'} ${issue.message}` : 'invalid'}.` };
  }
  const r = parsed.data;
  let recomputed: Recomputation;
  try {
    recomputed = WORKINGS[r.kind](r.inputs, r.policy.rules);
  } catch (error) {
    if (!(error instanceof CreditKitError)) throw error;
    return { verified: false, at: 'inputs', reason: `The inputs or policy cannot be recomputed: ${error.message}` };
  }
  const length = Math.max(recomputed.steps.length, r.steps.length);
  for (let i = 0; i < length; i++) {
    const expected = recomputed.steps[i];
    const actual = r.steps[i];
    if (canonicalJson(expected) !== canonicalJson(actual)) {
      const key = (expected ?? actual)!.key;
      const why =
        !actual ? `the receipt stops before step ${key}`
        : !expected ? `the receipt has a step ${actual.key} the recomputation does not`
        : expected.key !== actual.key ? `step ${i + 1} is ${actual.key}, the recomputation gives ${expected.key}`
        : expected.value !== actual.value ? `${key} is ${actual.value} on the receipt, the recomputation gives ${expected.value}`
        : `${key} reads differently on the receipt (label or formula)`;
      return { verified: false, at: 'step', step: key, index: i, expected: describe(expected), actual: describe(actual), reason: `Step ${key} differs: ${why}.` };
    }
  }
  const fields = new Set([...Object.keys(recomputed.result), ...Object.keys(r.result)]);
  for (const field of [...fields].sort()) {
    const expected = canonicalJson(recomputed.result[field] ?? null);
    const actual = canonicalJson(r.result[field] ?? null);
    if (expected !== actual) {
      return { verified: false, at: 'result', step: field, expected, actual, reason: `The result's ${field} is ${actual} on the receipt, the recomputation gives ${expected}.` };
    }
  }
  if (r.policy.version.startsWith('sha256:')) {
    const version = await policyDigestVersion(r.policy.rules);
    if (version !== r.policy.version) {
      return { verified: false, at: 'policy', expected: version, actual: r.policy.version, reason: `The policy version ${r.policy.version} is not the digest of the rules on the receipt (${version}).` };
    }
  }
  const { digest, ...body } = r;
  const value = await sha256Hex(canonicalJson(body));
  if (value !== digest.value) {
    return { verified: false, at: 'digest', expected: value, actual: digest.value, reason: 'Every step recomputes, but the digest does not match: something outside the steps (an input, the policy, the date) was changed.' };
  }
  return { verified: true, digest: value };
}

/** Validates a stored receipt's shape (not its arithmetic: that is `verifyReceipt`). */
export function parseReceipt(value: unknown): Receipt {
  return parseWith(receiptSchema, value, 'receipt');
}
