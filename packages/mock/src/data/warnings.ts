import { formatIsoDay, parseIsoDay, type Financials, type SignalSeverity, type WarningSignalWire } from '@credit-kit/core';
import { centsToString } from '../money.js';
import type { SeededRandom } from '../random.js';
import type { CustomerExposure } from './aggregates.js';
import type { SeedCustomer } from './model.js';

interface SignalKind {
  readonly code: string;
  readonly severity: SignalSeverity;
  readonly category: string;
}

const kind = (code: string, severity: SignalSeverity, category: string): SignalKind => ({ code, severity, category });

// Codes, severities and categories as in core's signal catalogue (warning/catalogue.ts).
const RECEIVABLE_OVERDUE = kind('receivable-overdue', 'ordinary', 'performance');
const PAYMENTS_DELAYED = kind('payments-delayed', 'ordinary', 'performance');
const GROUP_MEMBER_UNDER_WARNING = kind('group-member-under-warning', 'ordinary', 'ownership');
const INFORMATION_WITHHELD = kind('information-withheld', 'ordinary', 'integrity');
const PRINCIPAL_OR_INTEREST_OVERDUE = kind('principal-or-interest-overdue', 'severe', 'performance');
const COLLATERAL_VALUE_DOWN = kind('collateral-value-down', 'severe', 'performance');
const SEVERE_LOSS = kind('severe-loss-or-insolvency', 'severe', 'financial');
const MAJOR_LITIGATION = kind('major-litigation', 'severe', 'integrity');
const OWNERSHIP_CHANGE = kind('ownership-change', 'major', 'ownership');
const LIQUIDITY_WORSENING = kind('liquidity-worsening', 'ordinary', 'financial');
const NEGATIVE_CASH_FLOW = kind('negative-operating-cash-flow', 'ordinary', 'financial');

/** Ordinary signals that need no data behind them: one makes a customer yellow. */
const SOFT_SIGNALS: readonly SignalKind[] = [
  PAYMENTS_DELAYED,
  kind('industry-downturn', 'ordinary', 'environment'),
  kind('sales-declining', 'ordinary', 'environment'),
  kind('negative-reports', 'ordinary', 'integrity'),
  kind('account-balance-falling', 'ordinary', 'bank-account'),
  kind('key-staff-departed', 'ordinary', 'management'),
  kind('tax-arrears', 'ordinary', 'integrity'),
  kind('major-customer-lost', 'ordinary', 'environment'),
];

/** Financial-condition signals a weak customer shows next to its overdue receivables. */
const FINANCIAL_SIGNALS: readonly SignalKind[] = [
  kind('leverage-worsening', 'ordinary', 'financial'),
  LIQUIDITY_WORSENING,
  kind('profitability-worsening', 'ordinary', 'financial'),
  kind('abnormal-receivables', 'ordinary', 'financial'),
];

/**
 * Warning signals (预警信号) for every customer, shaped by risk tier so that the levels core's
 * `evaluateWarning` gives spread over none, yellow, orange and red:
 * - sound: no active signal (some have one already released 解除);
 * - watch: one ordinary signal (often `receivable-overdue` with the overdue amount, when it is old enough);
 * - weak: two ordinary signals, overdue receivables and a financial one;
 * - distressed: red by a severe signal (overdue principal for the blacklisted, collateral value
 *   down, insolvency or major litigation), a major event, or three ordinary signals.
 * A sound member of a group with a weak or distressed member gets `group-member-under-warning`.
 */
export function generateSignals(
  random: SeededRandom,
  customers: readonly SeedCustomer[],
  exposures: readonly CustomerExposure[],
  financials: readonly Financials[],
  asOf: string,
): WarningSignalWire[][] {
  const asOfDay = parseIsoDay(asOf);
  const troubledGroups = new Set(customers.filter((c) => c.tier >= 2 && c.customer.groupId).map((c) => c.customer.groupId!));
  let distressedRank = 0;

  return customers.map((seed, c) => {
    const exposure = exposures[c]!;
    const signals: WarningSignalWire[] = [];
    const raise = (k: SignalKind, extra: Partial<WarningSignalWire> = {}) =>
      signals.push({ code: k.code, severity: k.severity, category: k.category, raisedOn: formatIsoDay(asOfDay - random.int(3, 90)), ...extra });
    const overdue = () => overdueSignal(seed, exposure, asOfDay);

    if (seed.tier === 0) {
      if (random.chance(0.4)) signals.push(released(random, random.pick(SOFT_SIGNALS), asOfDay));
      if (seed.customer.groupId && troubledGroups.has(seed.customer.groupId)) {
        raise(GROUP_MEMBER_UNDER_WARNING, { params: { group: seed.customer.parentCompany ?? seed.customer.groupId } });
      }
    } else if (seed.tier === 1) {
      if (seed.newlyEstablished) raise(INFORMATION_WITHHELD);
      else if (exposure.oldestOverdueDays > 60 && exposure.overdueCents > 0 && random.chance(0.5)) signals.push(overdue());
      else raise(random.pick(SOFT_SIGNALS));
    } else if (seed.tier === 2) {
      if (exposure.overdueCents > 0) signals.push(overdue());
      else raise(PAYMENTS_DELAYED);
      raise(random.pick(FINANCIAL_SIGNALS));
      if (random.chance(0.3)) signals.push(released(random, random.pick(SOFT_SIGNALS), asOfDay));
    } else {
      const variant = seed.customer.blacklisted ? 0 : 1 + (distressedRank++ % 4);
      const overdueAmount = centsToString(Math.max(0, exposure.overdueCents));
      if (variant === 0) {
        raise(PRINCIPAL_OR_INTEREST_OVERDUE, { amount: overdueAmount });
        signals.push(overdue());
        raise(PAYMENTS_DELAYED);
      } else if (variant === 1) {
        const appraised = random.int(8, 60) * 1_000_000;
        const current = Math.round(appraised * (0.45 + random.next() * 0.15));
        raise(COLLATERAL_VALUE_DOWN, {
          amount: centsToString((appraised - current) * 100),
          // Keyed, not a sentence: the badge renders core's detail text in the reader's language.
          params: { appraised, current },
        });
      } else if (variant === 2) {
        signals.push(overdue());
        raise(LIQUIDITY_WORSENING);
        raise(NEGATIVE_CASH_FLOW);
      } else if (variant === 3) {
        raise(OWNERSHIP_CHANGE, { params: { event: 'controlling-stake-sold' } });
        signals.push(overdue());
      } else {
        const insolvent = isInsolvent(financials[c]!);
        raise(insolvent ? SEVERE_LOSS : MAJOR_LITIGATION);
      }
      if (random.chance(0.5)) signals.push(released(random, random.pick(SOFT_SIGNALS), asOfDay));
    }
    return signals;
  });
}

/** `receivable-overdue` raised the day the oldest overdue item fell due, with the net overdue amount. */
function overdueSignal(seed: SeedCustomer, exposure: CustomerExposure, asOfDay: number): WarningSignalWire {
  const raisedDay = Number.isFinite(exposure.oldestOverdueDueDay) ? exposure.oldestOverdueDueDay + 1 : asOfDay;
  return {
    code: RECEIVABLE_OVERDUE.code,
    severity: RECEIVABLE_OVERDUE.severity,
    category: RECEIVABLE_OVERDUE.category,
    raisedOn: formatIsoDay(Math.min(raisedDay, asOfDay)),
    amount: centsToString(Math.max(0, exposure.overdueCents)),
    params: { days: exposure.oldestOverdueDays },
  };
}

/** A signal raised 90–200 days ago and released 20–60 days later: no longer counted. */
function released(random: SeededRandom, k: SignalKind, asOfDay: number): WarningSignalWire {
  const raisedDay = asOfDay - random.int(90, 200);
  return {
    code: k.code,
    severity: k.severity,
    category: k.category,
    raisedOn: formatIsoDay(raisedDay),
    releasedOn: formatIsoDay(raisedDay + random.int(20, 60)),
  };
}

function isInsolvent(financials: Financials): boolean {
  const [assets, liabilities] = [financials.totalAssets, financials.totalLiabilities].map((v) => BigInt(v.replace('.', '')));
  return liabilities! > assets!;
}

