import {
  assessWarningStatus,
  shownWarningLevel,
  warningAction,
  warningLevelSource,
  worseLevel,
  type AssessedSignal,
  type WarningAction,
  type WarningLevel,
  type WarningLevelSource,
  type WarningStatus,
} from '@credit-kit/core/lean';

/** What the badge shows for one warning status on one as-of date. */
export interface WarningView {
  /** The status the view was made from (as loaded, or as the host gave it). */
  readonly status: WarningStatus;
  readonly customerId: string;
  /** The day the signals were evaluated on. */
  readonly asOf: string;
  /** The level shown: the host's when the status carries one, else the computed one. */
  readonly level: WarningLevel;
  /** The level core's `assessWarningStatus` gives for the signals on `asOf`. */
  readonly computedLevel: WarningLevel;
  /** Where `level` comes from. */
  readonly levelSource: WarningLevelSource;
  /** What the shown level calls for: adjust, reduce, exit (or none). */
  readonly action: WarningAction;
  /** 24 while a major event is active: it must be reported within that many hours. */
  readonly reportWithinHours: number | undefined;
  /** Signals in force on `asOf` (duplicates merged), heaviest first. */
  readonly active: readonly AssessedSignal[];
  /** Signals released on or before `asOf`. */
  readonly released: readonly AssessedSignal[];
  /** Related group members whose warning put this customer on the list (the shown level is at least theirs). */
  readonly propagatedFrom: NonNullable<WarningStatus['propagatedFrom']>;
  /** The customer's open blacklist entry, when the status carries one. */
  readonly blacklist: WarningStatus['blacklist'];
}

/**
 * Evaluates a warning status on `asOf` (default today) with core's `assessWarningStatus`; the level
 * shown is core's `shownWarningLevel` (the host's when it sends one). The signals are listed either way.
 * A related group member's warning (`propagatedFrom`) raises the level to at least that member's.
 *
 * @param status - as `warningStatusSchema` outputs it (its signals are not validated again)
 * @throws CreditKitValidationError when `asOf` is malformed
 */
export function describeWarning(status: WarningStatus, asOf?: string): WarningView {
  const evaluation = assessWarningStatus(status, asOf === undefined ? {} : { asOf });
  // "集团关联企业…均按预警级别列入…上报范围": a related member's level is a floor.
  const propagatedFrom = status.propagatedFrom ?? [];
  const level = propagatedFrom.reduce((worst, member) => worseLevel(worst, member.level), shownWarningLevel(status, () => evaluation.level));
  return {
    status,
    customerId: status.customerId,
    asOf: evaluation.asOf,
    level,
    computedLevel: evaluation.level,
    levelSource: warningLevelSource(status),
    action: warningAction(level),
    reportWithinHours: evaluation.reportWithinHours,
    active: evaluation.active,
    released: evaluation.released,
    propagatedFrom,
    blacklist: status.blacklist,
  };
}
