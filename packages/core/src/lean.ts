/**
 * `@credit-kit/core/lean`: all of core except the early-warning catalogue's text beyond the English
 * level and action labels (`LEVEL_ACTION_LABELS_EN`): the every-language tables (`SIGNAL_CATALOGUE`,
 * `SIGNAL_CATEGORIES`, `WARNING_LEVEL_LABELS`, `WARNING_ACTION_LABELS`, `signalDefinition`,
 * `signalCategory`, `CATALOGUE_LABELS_EN`), `evaluateWarning`, which labels signals with them, and
 * the signal and category labels with the signals' detail texts. What the client and the widgets import: a page in English then
 * never carries the Chinese labels, which a widget loads with its Chinese messages
 * (`@credit-kit/core/catalogue.zh-CN`), and a badge's first load carries no signal labels, which its
 * popover loads (`@credit-kit/core/signal-text`). Use `assessWarning` here in place of
 * `evaluateWarning`.
 */
export * from './errors.js';
export {
  parseWith,
  toValidationIssues,
  formatPath,
  validate,
  MAX_REPORTED_ISSUES,
  TOO_COMPLEX_ISSUE,
  type SafeParser,
  type ValidationOutcome,
} from './validate.js';
export * from './money.js';
export { compareDecimalStrings, numberToPlainDecimal, shiftDecimalString } from './decimal-string.js';
export { addDecimals, divideDecimals, multiplyDecimals, roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
export * from './day-numbers.js';
export { isoDate } from './dates.js';
export * from './grades.js';
export * from './schemas/policy.js';
export * from './social-credit-code.js';
export * from './schemas/limits.js';
export * from './schemas/common.js';
export * from './schemas/customer.js';
export * from './schemas/financials.js';
export * from './schemas/application.js';
export * from './application-status.js';
export * from './schemas/credit-profile.js';
export * from './schemas/receivables.js';
export * from './schemas/receivable-columns.js';
export * from './receivable-pages/index.js';
export * from './schemas/warning-status.js';
export { wireParser, type WireCheck, type WireNode, type WireParser } from './wire/wire-schema.js';
export { evaluateWarningOptionsParser, warningListParser, warningStatusParser } from './wire/wire-schemas.generated.js';
export * from './warning/index.js';
export * from './warning/shown-level.js';
export * from './rating.js';
export * from './limit.js';
export * from './group-limits.js';
export * from './credit-check.js';
export * from './settlement.js';
export * from './settlement-amounts.js';
export * from './rating-source.js';
export * from './review.js';
export {
  creditExposure,
  DEFAULT_COUNTED_COMPONENTS,
  exposureComponentsSchema,
  exposureInputSchema,
  type CreditExposure,
  type ExposureInput,
  type ExposureComponentsInput,
} from './exposure.js';
export { lookupDebtRatioCoefficient, type DebtRatioRange, type DebtRatioLookup } from './debt-ratio.js';
export * from './aging/index.js';
export { isIsoCurrency, currencyMinorUnits } from './currencies.js';
export { parseMoneyInput, type MoneyInputUnit, type MoneyInputProblem, type MoneyInputResult, type MoneyInputOptions } from './money-input.js';
export { parseDateInput, type DateFieldOrder, type DateInputProblem, type DateInputResult } from './date-input.js';
export {
  balanceSheetIssues,
  futureDateIssue,
  decimalsIssue,
  latestPossibleToday,
  type ConsistencyIssue,
  type ConsistencyCode,
  type BalanceSheetFigures,
} from './financial-consistency.js';
export * from './collection-stage.js';
export * from './schemas/blacklist.js';
export * from './blacklist.js';
export * from './schemas/receipt.js';
export * from './schemas/decision.js';
export * from './schemas/limit-request.js';
export * from './schemas/review.js';
export * from './decision/index.js';
export { creditCheckAtStage, CREDIT_CHECK_STAGES, DEFAULT_STAGE_ACTIONS, type CreditCheckStage, type StageAction, type StagedCreditCheck } from './check-stage.js';
export { creditLimitInputOf, type LimitSources } from './limit-input.js';
export { QueryParamError, readDateParam, readIntegerParam, readListParam, type IntegerParamBounds, type QueryParams } from './query-params.js';
export { customerRecordChanges, RECORD_IDENTITY_FIELDS, type CustomerRecordChange, type RecordIdentityField } from './customer-record-changes.js';
