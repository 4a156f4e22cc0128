import { allowedSettlementMethods, type PaymentRecord, type SettlementPolicyInput } from '@credit-kit/core/lean';

/** The customer's standing as the host gives it, with the host's settlement policy. */
export interface SettlementStanding {
  readonly grade: string;
  readonly paymentRecord: PaymentRecord;
  /** Default core's `DEFAULT_SETTLEMENT_POLICY` (outside the standing → not offered). */
  readonly policy?: SettlementPolicyInput;
}

/** The settlement options to offer and which of them are outside the standing (shown with a warning). */
export interface SettlementOptions {
  readonly options: readonly string[];
  readonly outside: ReadonlySet<string>;
}

/**
 * Which settlement methods the form offers (003: "对资信差的客户一律现款交易…"; rule in core's
 * `allowedSettlementMethods`): only the allowed ones, or — with `policy.outsideAllowed: 'warn'` — all of
 * them, the outside ones marked. Without a standing, every option.
 */
export function settlementOptions(all: readonly string[], standing: SettlementStanding | undefined): SettlementOptions {
  if (!standing) return { options: all, outside: new Set() };
  const allowed = new Set<string>(allowedSettlementMethods({ grade: standing.grade, paymentRecord: standing.paymentRecord }, standing.policy).methods);
  const outside = new Set(all.filter((m) => !allowed.has(m)));
  return standing.policy?.outsideAllowed === 'warn' ? { options: all, outside } : { options: all.filter((m) => allowed.has(m)), outside: new Set() };
}
