import * as z from 'zod/mini';
import { addDecimals, divideDecimals, multiplyDecimals, roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings } from './decimal-string.js';
import { moneyInput, nonNegativeMoneyInput } from './money-string.js';
import {
  creditCheckPolicySchema,
  DEFAULT_CREDIT_POLICY,
  EXPOSURE_COMPONENTS,
  type CreditCheckPolicy,
  type CreditCheckPolicyInput,
  type ExposureComponent,
} from './schemas/policy.js';
import { parseWith } from './validate.js';

/**
 * Components counted when a policy is given without `countedComponents`: open receivables only
 * (domain.md §4: "used = open receivables, plus, where the host says so, open orders").
 * When no policy is given at all, `DEFAULT_CREDIT_POLICY.creditCheck` applies (receivables and orders).
 */
export const DEFAULT_COUNTED_COMPONENTS: readonly ExposureComponent[] = ['openReceivables'];

/**
 * Named exposure amounts; a missing component is 0. Amounts may be negative (a customer's credit
 * balance can make net open receivables negative), which lowers `used`.
 */
export const exposureComponentsSchema = /* @__PURE__ */ z.strictObject({
  openReceivables: /* @__PURE__ */ z.optional(moneyInput),
  openOrders: /* @__PURE__ */ z.optional(moneyInput),
  undelivered: /* @__PURE__ */ z.optional(moneyInput),
  specialItems: /* @__PURE__ */ z.optional(moneyInput),
});
export type ExposureComponentsInput = z.input<typeof exposureComponentsSchema>;

/** Input of `creditExposure`. */
export const exposureInputSchema = /* @__PURE__ */ z.object({
  /** The granted limit. */
  granted: nonNegativeMoneyInput,
  components: exposureComponentsSchema,
  /** An amount about to be used (the order under check); counted as used on top of the components. */
  orderAmount: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
});
export type ExposureInput = z.input<typeof exposureInputSchema>;

/** Result of `creditExposure`. Amounts with 2 decimals. */
export interface CreditExposure {
  readonly granted: string;
  /** Sum of the counted components plus the order amount. */
  readonly used: string;
  /** granted − used, never below 0. */
  readonly available: string;
  /** used ÷ granted with 4 decimals (half-up), `null` when nothing is granted (see `noLimit`). */
  readonly utilisation: string | null;
  /**
   * Nothing is granted (granted is 0). No utilisation is defined then, but the rule is the same as
   * for any limit: whatever is used is over it, so `overLimit` is `used > 0` and `overBy` is the whole
   * of `used`.
   */
  readonly noLimit: boolean;
  /** used > granted (with no limit: anything used at all). */
  readonly overLimit: boolean;
  /** used − granted when over the limit, else 0; with no limit, the whole exposure (`used`). */
  readonly overBy: string;
  /**
   * Used at or past the policy's `utilisationWarning` share of the granted limit, and not over the
   * limit; compared exactly (used ≥ warning × granted), never on the rounded `utilisation`. False
   * when the policy sets no warning level or nothing is granted.
   */
  readonly nearLimit: boolean;
  /** The order amount included in `used` (0 without one). */
  readonly orderAmount: string;
  /** Every counted component (missing ones as 0). */
  readonly counted: Partial<Record<ExposureComponent, string>>;
  /** Every component shown but not counted (missing ones as 0). */
  readonly shownOnly: Partial<Record<ExposureComponent, string>>;
}

/** Validated credit-check policy (the policy argument, or the default). */
export function parseCreditCheckPolicy(policy: CreditCheckPolicyInput | undefined, subject: string): CreditCheckPolicy {
  return parseWith(z.object({ policy: creditCheckPolicySchema }), { policy: policy ?? DEFAULT_CREDIT_POLICY.creditCheck }, subject).policy;
}

/** Exposure from already validated input and policy; `creditCheck` uses it to validate once. */
export function exposureOf(input: z.output<typeof exposureInputSchema>, policy: CreditCheckPolicy): CreditExposure {
  const countedNames = new Set(policy.countedComponents ?? DEFAULT_COUNTED_COMPONENTS);
  const counted: Partial<Record<ExposureComponent, string>> = {};
  const shownOnly: Partial<Record<ExposureComponent, string>> = {};
  const order = input.orderAmount ?? '0';
  let used = order;
  for (const name of EXPOSURE_COMPONENTS) {
    const amount = input.components[name] ?? '0';
    if (countedNames.has(name)) {
      counted[name] = roundDecimal(amount, 2);
      used = addDecimals(used, amount);
    } else {
      shownOnly[name] = roundDecimal(amount, 2);
    }
  }
  const granted = input.granted;
  const noLimit = compareDecimalStrings(granted, '0') === 0;
  const headroom = subtractDecimals(granted, used);
  const overLimit = compareDecimalStrings(headroom, '0') < 0;
  const warning = policy.utilisationWarning;
  const nearLimit = !overLimit && !noLimit && warning !== undefined && compareDecimalStrings(used, multiplyDecimals(warning, granted)) >= 0;
  return {
    granted: roundDecimal(granted, 2),
    used: roundDecimal(used, 2),
    available: roundDecimal(overLimit ? '0' : headroom, 2),
    utilisation: noLimit ? null : divideDecimals(used, granted, 4),
    noLimit,
    overLimit,
    overBy: roundDecimal(overLimit ? subtractDecimals(used, granted) : '0', 2),
    nearLimit,
    orderAmount: roundDecimal(order, 2),
    counted,
    shownOnly,
  };
}

/**
 * Credit exposure (domain.md §4): used = the components the policy counts (plus `orderAmount`),
 * available = granted − used (never below 0), utilisation = used ÷ granted. The other components
 * are returned under `shownOnly`.
 *
 * @param policy defaults to `DEFAULT_CREDIT_POLICY.creditCheck` (counts open receivables and open orders);
 *   a policy without `countedComponents` counts open receivables only.
 * @throws CreditKitValidationError naming each bad path (unknown component names included).
 */
export function creditExposure(input: ExposureInput, policy?: CreditCheckPolicyInput): CreditExposure {
  const data = parseWith(exposureInputSchema, input, 'exposure input');
  return exposureOf(data, parseCreditCheckPolicy(policy, 'credit check policy'));
}
