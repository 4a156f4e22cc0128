export { ageReceivables } from './age-receivables.js';
export { ageReceivablesWithDecimal } from './age-receivables-decimal.js';
export {
  FIRST_AGING_CHUNK,
  ageReceivablesInChunks,
  padToScale,
  type ChunkedAgingControl,
  type ChunkedAgingOptions,
} from './age-in-chunks.js';
export { AGING_BASES, agingOptionsSchema, type AgingBasis, type AgingOptionsInput } from './aging-options.js';
export type { AgedBucketTotal, AgedCurrency, AgedCustomer, AgedItem, AgingResult } from './aging-result.js';
export {
  DEFAULT_AGING_BUCKETS,
  agingBucketProblems,
  agingBucketsSchema,
  completeAgingBuckets,
  defaultBucketLabel,
  type AgingBucketDefinition,
  type BucketProblem,
} from './buckets.js';
export { AGING_SUBJECT, assertReceivableInputs, isReceivableInput, receivablesValidationError } from './fast-validate.js';
export {
  allocationInputSchema,
  receivableInputSchema,
  receivablesArgumentSchema,
  type ParsedReceivable,
  type ReceivableInput,
} from './receivable-schema.js';
export {
  ExactSum,
  formatMinorUnits,
  isNonZeroDecimal,
  isPositiveDecimal,
  signedMinorUnits,
  signedMinorUnitsBig,
} from './minor-units.js';
