import type * as z from 'zod/mini';
import { parseIsoDay, todayIso } from '../day-numbers.js';
import { compareDecimalStrings } from '../decimal-string.js';
import { parseWith } from '../validate.js';
import { evaluateWarningOptionsParser } from '../wire/wire-schemas.generated.js';
import type { SignalSeverity, WarningLevel, WarningStatus } from '../schemas/warning-status.js';
import { canonicalSignalCode, SIGNAL_CODE_ALIASES, signalEntry, type WarningAction } from './catalogue-entries.js';
import type { evaluatedSignalSchema, EvaluateWarningOptions, evaluateWarningOptionsSchema, WarningSignal, warningEvaluationSchema } from './signal-schema.js';

/** A signal in an evaluation result, with its labels and how many given signals it stands for. */
export type EvaluatedSignal = z.output<typeof evaluatedSignalSchema>;

/** A signal as `assessWarning` gives it: an `EvaluatedSignal` without the catalogue's labels. */
export type AssessedSignal = Omit<EvaluatedSignal, 'labels'>;

/** The result of `evaluateWarning`; matches `warningEvaluationSchema`. */
export type WarningEvaluation = z.output<typeof warningEvaluationSchema>;

/** The result of `assessWarning`: a `WarningEvaluation` without labels and reasons. */
export interface WarningAssessment extends Omit<WarningEvaluation, 'active' | 'released' | 'reasons'> {
  readonly active: AssessedSignal[];
  readonly released: AssessedSignal[];
}

/** Hours within which an active major event must be reported (domain.md §5). */
export const MAJOR_EVENT_REPORT_HOURS = 24;

const SEVERITY_RANK: Record<SignalSeverity, number> = { severe: 0, major: 1, ordinary: 2 };

const ACTION_BY_LEVEL: Record<WarningLevel, WarningAction> = {
  none: 'none',
  yellow: 'adjust',
  orange: 'reduce',
  red: 'exit',
};

/**
 * `assessWarning` of the signals of a status that `warningStatusSchema` validated (a client's
 * response; a widget's property once parsed). The wire schema checks each signal as the input schema
 * does, amounts as strings only, so the signals are not validated again (a property test holds the two
 * equal); the options are.
 *
 * @param status - a status as `warningStatusSchema` outputs it
 * @param options - `asOf` (`YYYY-MM-DD`), default today in the runtime's time zone
 * @throws CreditKitValidationError when an option is malformed
 */
export function assessWarningStatus(status: Pick<WarningStatus, 'signals'>, options: EvaluateWarningOptions = {}): WarningAssessment {
  return assessValidated(status.signals, parseWith(evaluateWarningOptionsParser, options, 'evaluateWarning options'));
}

/**
 * The assessment of signals and options already validated (`assessWarning` validates them).
 * @internal
 */
export function assessValidated(signals: readonly WarningSignal[], opts: z.output<typeof evaluateWarningOptionsSchema>): WarningAssessment {
  const parsed = signals.map((s) => practiceSeverity(s, opts.adversePolicySeverity ?? 'major'));
  const asOf = opts.asOf ?? todayIso();
  const asOfDay = parseIsoDay(asOf);

  const activeByCode = new Map<string, WarningSignal[]>();
  const released: AssessedSignal[] = [];
  for (const signal of parsed) {
    if (parseIsoDay(signal.raisedOn) > asOfDay) continue;
    if (signal.releasedOn !== undefined && parseIsoDay(signal.releasedOn) <= asOfDay) {
      released.push(describeSignal(signal, 1));
      continue;
    }
    const group = activeByCode.get(signal.code);
    if (group) group.push(signal);
    else activeByCode.set(signal.code, [signal]);
  }

  const active = [...activeByCode.values()].map(mergeDuplicates).sort(bySeverityThenDate);
  const counts = { severe: 0, major: 0, ordinary: 0 };
  for (const signal of active) counts[signal.severity]++;

  const level = levelFor(counts);
  return {
    asOf,
    level,
    action: ACTION_BY_LEVEL[level],
    ...(counts.major > 0 ? { reportWithinHours: MAJOR_EVENT_REPORT_HOURS } : {}),
    counts,
    active,
    released,
  };
}

/**
 * Where the practice itself fixes a signal's severity, it wins over the signal's: an alias
 * (`interest-in-arrears` → `principal-or-interest-overdue`, severe: "已经拖欠到期贷款本金或利息") takes
 * its signal's code and at least its severity; `adverse-policy-change` takes the policy's choice.
 */
function practiceSeverity(signal: WarningSignal, adversePolicy: 'major' | 'ordinary'): WarningSignal {
  if (signal.code in SIGNAL_CODE_ALIASES) {
    const definition = signalEntry(signal.code)!;
    const severity = SEVERITY_RANK[definition.severity] < SEVERITY_RANK[signal.severity] ? definition.severity : signal.severity;
    return { ...signal, code: canonicalSignalCode(signal.code), severity };
  }
  if (signal.code === 'adverse-policy-change') return { ...signal, severity: adversePolicy };
  return signal;
}

/** The action a warning level calls for: none, adjust, reduce or exit. */
export function warningAction(level: WarningLevel): WarningAction {
  return ACTION_BY_LEVEL[level];
}

function levelFor(counts: { severe: number; major: number; ordinary: number }): WarningLevel {
  if (counts.severe > 0 || counts.major > 0) return 'red';
  if (counts.ordinary >= 3) return 'red';
  if (counts.ordinary === 2) return 'orange';
  if (counts.ordinary === 1) return 'yellow';
  return 'none';
}

function mergeDuplicates(group: WarningSignal[]): AssessedSignal {
  let heaviest = group[0]!;
  let earliest = heaviest.raisedOn;
  let largest: string | undefined;
  for (const signal of group) {
    if (SEVERITY_RANK[signal.severity] < SEVERITY_RANK[heaviest.severity]) heaviest = signal;
    if (parseIsoDay(signal.raisedOn) < parseIsoDay(earliest)) earliest = signal.raisedOn;
    if (signal.amount !== undefined && (largest === undefined || compareDecimalStrings(signal.amount, largest) > 0)) {
      largest = signal.amount;
    }
  }
  const merged: WarningSignal = { ...heaviest, raisedOn: earliest };
  if (largest !== undefined) merged.amount = largest;
  return describeSignal(merged, group.length);
}

function describeSignal(signal: WarningSignal, occurrences: number): AssessedSignal {
  const definition = signalEntry(signal.code);
  const category = signal.category ?? definition?.category;
  const out: AssessedSignal = {
    code: signal.code,
    severity: signal.severity,
    raisedOn: signal.raisedOn,
    known: definition !== undefined,
    occurrences,
  };
  if (signal.id !== undefined) out.id = signal.id;
  if (signal.releasedOn !== undefined) out.releasedOn = signal.releasedOn;
  if (category !== undefined) out.category = category;
  if (signal.amount !== undefined) out.amount = signal.amount;
  if (signal.params !== undefined) out.params = { ...signal.params };
  if (signal.note !== undefined) out.note = signal.note;
  return out;
}

function bySeverityThenDate(a: AssessedSignal, b: AssessedSignal): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    parseIsoDay(a.raisedOn) - parseIsoDay(b.raisedOn) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
