/**
 * Early warning (domain.md §5): signal catalogue, escalation, derived signals, reporting deadlines,
 * fuzzy evaluation — with the English labels of levels and actions only. The signal and category
 * labels and detail texts (`signal-text.ts`, also `@credit-kit/core/signal-text`), the
 * every-language tables (`catalogue.ts`) and `evaluateWarning`, which labels signals with them, are
 * added by the main barrel (`../index.ts`), not by `../lean.ts`: a module this barrel reaches lands
 * in the first chunk of every page that imports it, even where only a lazily loaded part uses it.
 */
export * from './catalogue-entries.js';
export * from './catalogue-levels.en.js';
export * from './signal-schema.js';
export {
  assessWarningStatus,
  MAJOR_EVENT_REPORT_HOURS,
  warningAction,
  type AssessedSignal,
  type EvaluatedSignal,
  type WarningAssessment,
  type WarningEvaluation,
} from './assess.js';
export * from './assess-signals.js';
export * from './derive.js';
export * from './reporting.js';
export * from './fuzzy.js';
export * from './group.js';
