import { signalDefinition } from './catalogue.js';
import { MAJOR_EVENT_REPORT_HOURS, type AssessedSignal, type EvaluatedSignal, type WarningEvaluation } from './assess.js';
import { assessWarning } from './assess-signals.js';
import type { SignalSeverity } from '../schemas/warning-status.js';
import type { EvaluateWarningOptions, WarningSignalInput } from './signal-schema.js';

/**
 * Evaluates warning signals on an as-of date with the escalation rules of domain.md §5:
 * any active severe signal → red; any active major event → red, to be reported within 24 hours;
 * ordinary signals: one → yellow (adjust), two → orange (reduce exposure), three or more → red (exit).
 *
 * A signal is active on `asOf` when `raisedOn ≤ asOf` and it has no `releasedOn` or
 * `releasedOn > asOf`: a signal released on the as-of date no longer counts, and one raised after it
 * does not count yet (it appears in neither list). Each signal's own `severity` is authoritative; the
 * catalogue supplies labels and category — except where the practice fixes the severity: `interest-in-arrears`
 * (欠息) counts as the severe `principal-or-interest-overdue`, and `adverse-policy-change` has the severity of
 * `options.adversePolicySeverity` (default `major`). Active signals sharing a code count once: the merged signal
 * keeps the heaviest severity, the earliest `raisedOn` and the largest `amount`.
 *
 * @param signals - the customer's signals, raised and released ones alike
 * @param options - `asOf` (`YYYY-MM-DD`), default today in the runtime's time zone
 * @throws CreditKitValidationError when a signal or option is malformed
 */
export function evaluateWarning(signals: readonly WarningSignalInput[], options: EvaluateWarningOptions = {}): WarningEvaluation {
  const { asOf, level, active, released, ...rest } = assessWarning(signals, options);
  const labelled = active.map(withLabels);
  return { asOf, level, reasons: reasonsFor(labelled), ...rest, active: labelled, released: released.map(withLabels) };
}

function withLabels({ code, severity, raisedOn, ...rest }: AssessedSignal): EvaluatedSignal {
  const definition = signalDefinition(code);
  return { code, severity, raisedOn, labels: definition ? { ...definition.labels } : { en: code, 'zh-CN': code }, ...rest };
}

function reasonsFor(active: readonly EvaluatedSignal[]): string[] {
  const reasons: string[] = [];
  const labelsOf = (severity: SignalSeverity) => active.filter((s) => s.severity === severity).map((s) => s.labels.en);
  const severe = labelsOf('severe');
  const major = labelsOf('major');
  const ordinary = labelsOf('ordinary');
  if (severe.length) reasons.push(`${count(severe.length, 'severe signal')}: ${severe.join('; ')}`);
  if (major.length) {
    reasons.push(
      `${count(major.length, 'major event')}: ${major.join('; ')} (report within ${MAJOR_EVENT_REPORT_HOURS} hours)`,
    );
  }
  if (ordinary.length) reasons.push(`${count(ordinary.length, 'ordinary signal')}: ${ordinary.join('; ')}`);
  return reasons;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
