import { creditCheck, type CreditCheckResult, type CreditOrderInput, type CreditProfileInput } from './credit-check.js';
import { roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare } from './decimal-string.js';
import type { CreditCheckPolicyInput, SettlementPolicyInput } from './schemas/policy.js';

/** Where in the sale the check runs: a quote, an order, a delivery, an invoice. */
export const CREDIT_CHECK_STAGES = ['quote', 'order', 'delivery', 'invoice'] as const;
export type CreditCheckStage = (typeof CREDIT_CHECK_STAGES)[number];

/** What a blocking reason does at a stage. */
export type StageAction = 'warn' | 'hold' | 'block';

/** Ours (the practice names no stages): a quote warns, an order holds, a delivery and an invoice block. */
export const DEFAULT_STAGE_ACTIONS: Readonly<Record<CreditCheckStage, StageAction>> = { quote: 'warn', order: 'hold', delivery: 'block', invoice: 'block' };

export interface StagedCreditCheck extends CreditCheckResult {
  readonly stage: CreditCheckStage;
  /**
   * What the host does with the deal: `proceed` (nothing found), `proceed-with-warning`, `hold`
   * (stopped until credit releases it) or `block` (refused). A blocking reason at a warning stage
   * makes `status` a `warning`.
   */
  readonly action: 'proceed' | 'proceed-with-warning' | 'hold' | 'block';
  /** Used before the deal (the exposure's `used` counts the deal in). */
  readonly usedBeforeDeal: string;
  /** Credit still available before the deal: granted − used, never below 0. */
  readonly available: string;
  /**
   * How much more limit the deal needs (used with the deal − granted), when it is over the limit;
   * what a limit request asks for on top of the granted limit.
   */
  readonly shortfall?: string;
}

/**
 * `creditCheck` at a point of the sale: the same reasons, with what they mean for this stage by
 * the policy's `stageActions` (default `DEFAULT_STAGE_ACTIONS`), the credit available and the
 * shortfall a limit request would have to cover. Widgets show this; they decide nothing.
 */
export function creditCheckAtStage(
  profile: CreditProfileInput,
  order: CreditOrderInput | undefined,
  stage: CreditCheckStage = 'order',
  policy?: CreditCheckPolicyInput,
  settlementPolicy?: SettlementPolicyInput,
): StagedCreditCheck {
  const result = creditCheck(profile, order, policy, settlementPolicy);
  const stageAction = policy?.stageActions?.[stage] ?? DEFAULT_STAGE_ACTIONS[stage];
  const { exposure } = result;
  const usedBefore = subtractDecimals(exposure.used, exposure.orderAmount ?? '0');
  const headroom = subtractDecimals(exposure.granted, usedBefore);
  const available = compare(headroom, '0') > 0 ? headroom : '0';
  const blocked = result.status === 'blocked';
  const action = blocked ? (stageAction === 'warn' ? 'proceed-with-warning' : stageAction) : result.status === 'warning' ? 'proceed-with-warning' : 'proceed';
  return {
    ...result,
    status: blocked && stageAction === 'warn' ? 'warning' : result.status,
    stage,
    action,
    usedBeforeDeal: roundDecimal(usedBefore, 2),
    available: roundDecimal(available, 2),
    ...(exposure.overLimit ? { shortfall: exposure.overBy } : {}),
  };
}
