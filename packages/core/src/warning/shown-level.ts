import type { WarningLevel, WarningStatus } from '../schemas/warning-status.js';
import { assessWarningStatus } from './assess.js';

/** Where a shown warning level comes from: the host's `level`, or core's evaluation of the signals. */
export type WarningLevelSource = 'host' | 'signals';

/**
 * The level a warning status shows. The host's `level` wins when the status carries one, even
 * where its signals would give another: the host may know more than the signals it sends (a manual
 * escalation, a group member's warning, an approved release not yet reflected). Otherwise the
 * level `evaluate` gives for the signals — called only then, so a caller can evaluate lazily.
 */
export function shownWarningLevel<T extends WarningLevel | undefined>(status: Pick<WarningStatus, 'level'>, evaluate: () => T): WarningLevel | T {
  return status.level ?? evaluate();
}

/** Whether `shownWarningLevel` takes the host's level or the signals'. */
export function warningLevelSource(status: Pick<WarningStatus, 'level'>): WarningLevelSource {
  return status.level === undefined ? 'signals' : 'host';
}

/**
 * The level a warning status (as `warningStatusSchema` outputs it) shows on `asOf` (`shownWarningLevel`
 * with core's `assessWarningStatus`), or `undefined` when the host sent no level and the signals cannot
 * be evaluated on that day (a malformed `asOf`).
 */
export function warningLevelOf(status: WarningStatus, asOf: string): WarningLevel | undefined {
  return shownWarningLevel(status, () => {
    try {
      return assessWarningStatus(status, { asOf }).level;
    } catch {
      return undefined;
    }
  });
}
