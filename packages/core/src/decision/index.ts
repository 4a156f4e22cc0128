export { canonicalJson, sha256Hex, policyDigestVersion } from './canonical.js';
export { addMonths, addDays } from './calendar.js';
export {
  checkDecisionAllowed,
  decisionSubjectOf,
  decisionSubjectSchema,
  validApprovalPolicySchema,
  OPEN_STATUSES,
  type DecisionCheck,
  type DecisionRefusal,
  type DecisionRefusalCode,
  type DecisionSubject,
  type DecisionSubjectInput,
} from './approval.js';
export {
  reviewCandidateSchema,
  reviewFrequency,
  reviewSchedule,
  reviewWorklist,
  suggestReviewDates,
  type ReviewCandidateInput,
  type ReviewSchedule,
} from './review-cycle.js';
export { pathToYes, pathToYesOptionsSchema, type PathLever, type PathOption, type PathToYes, type PathToYesOptions } from './path-to-yes.js';
export {
  checkReceipt,
  decisionReceipt,
  limitReceipt,
  parseReceipt,
  ratingReceipt,
  verifyReceipt,
  type DecisionReceiptInput,
  type ReceiptOptions,
  type ReceiptVerification,
} from './receipts.js';
export { limitRequestFromCheck, type CheckRequestContext } from './check-to-request.js';
