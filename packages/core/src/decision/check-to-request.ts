import type { CreditCheckResult } from '../credit-check.js';
import { Decimal } from '../money.js';
import type { LimitRequestInput, LimitRequestKind } from '../schemas/limit-request.js';

/** What the exception flow of a credit check knows: the customer, the check, and what the host wants asked. */
export interface CheckRequestContext {
  readonly customerId: string;
  readonly currency: string;
  /** The checked order (or quote, delivery, invoice) amount. */
  readonly orderAmount: string;
  /** `temporary_exception` (default, needs `until`) or `increase`. */
  readonly kind?: Extract<LimitRequestKind, 'temporary_exception' | 'increase'>;
  /** Last day of a temporary exception. */
  readonly until?: string;
  /** Rounds the limit asked for up to a multiple of this amount (e.g. `"10000"`); default: to the cent. */
  readonly roundTo?: string;
  readonly reason: string;
}

/**
 * A limit request prefilled from a credit check that found the order over the limit: the limit asked
 * for is the granted limit plus the check's own `overBy` (rounded up to `roundTo`), and `origin`
 * records the order, the shortfall and the check's reason codes. `null` when the check shows no
 * shortfall (the order fits: there is nothing to ask for).
 */
export function limitRequestFromCheck(check: CreditCheckResult, context: CheckRequestContext): LimitRequestInput | null {
  const overBy = new Decimal(check.exposure.overBy);
  if (overBy.lte(0)) return null;
  const needed = new Decimal(check.exposure.granted).plus(overBy);
  const step = context.roundTo ? new Decimal(context.roundTo) : new Decimal('0.01');
  const amount = needed.div(step).ceil().times(step).toFixed(2);
  const kind = context.kind ?? 'temporary_exception';
  return {
    customerId: context.customerId,
    kind,
    amount,
    currency: context.currency,
    reason: context.reason,
    ...(context.until !== undefined ? { until: context.until } : {}),
    origin: {
      kind: 'credit_check',
      orderAmount: new Decimal(context.orderAmount).toFixed(2),
      shortfall: check.exposure.overBy,
      checkReasons: check.reasons.map((r) => r.code),
    },
  };
}
