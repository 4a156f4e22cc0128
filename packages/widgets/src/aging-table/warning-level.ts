import { evaluateWarning, type WarningLevel, type WarningStatus } from '@credit-kit/core';

/**
 * The level of a warning status: the host's `level` when it sends one, else core's
 * `evaluateWarning` of its signals on `asOf` (as the badge does). Loaded only when a table sorts
 * or exports by warning level, so the early-warning engine is not in the table's first bundle.
 */
export function warningLevelOf(status: WarningStatus, asOf: string): WarningLevel | undefined {
  if (status.level) return status.level;
  try {
    return evaluateWarning(status.signals, { asOf }).level;
  } catch {
    return undefined;
  }
}
