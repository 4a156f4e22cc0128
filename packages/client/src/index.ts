export { createClient, IDEMPOTENCY_KEY_HEADER } from './client.js';
export type {
  CreditApplicationList,
  CreditKitClient,
  RequestOptions,
  SubmitOptions,
  UploadOptions,
} from './client.js';
export { configure, findDefaultClient, getDefaultClient, setDefaultClient } from './default-client.js';
export { configureWidgets, widgetClient } from './widget-defaults.js';
export {
  ApiError,
  NetworkError,
  PaginationError,
  RedirectRefusedError,
  ResponseValidationError,
  SubmissionInProgressError,
  TimeoutError,
  type PaginationStop,
} from './errors.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type { ClientOptions, CsrfOptions, HeaderRecord, RetryOptions } from './options.js';
export type { AgingQuery, ApplicationQuery, CustomerQuery, ReceivableQuery, ReceivableStreamQuery, WarningQuery } from './queries.js';
export type { ReceivableBatch, ReceivableStreamOptions } from './receivable-stream.js';
export type { ReceivablePageFormat } from './receivable-body.js';
export type { UploadFile } from './upload.js';
export type { CreateLimitRequestOptions, DecisionMethods, LimitRequestQuery, WorklistQuery } from './decisions.js';
export { CreditKitError, CreditKitValidationError } from '@credit-kit/core/lean';
