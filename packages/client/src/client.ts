import type {
  AgingReport,
  AttachmentUpload,
  CreditApplication,
  CreditApplicationInput,
  CreditPolicy,
  CreditProfile,
  Customer,
  CustomerPage,
  Financials,
  ReceivablePage,
  WarningList,
  WarningStatus,
} from '@credit-kit/core/lean';
import type { DecisionMethods } from './decisions.js';
import { resolveOptions, type ClientOptions } from './options.js';
import type { AgingQuery, ApplicationQuery, CustomerQuery, ReceivableQuery, ReceivableStreamQuery, WarningQuery } from './queries.js';
import type { ReceivableBatch, ReceivableStreamOptions } from './receivable-stream.js';
import { applicationMethods } from './resources/applications.js';
import { agingReportMethods } from './resources/aging-report.js';
import { creditPolicyMethods } from './resources/credit-policy.js';
import { creditProfileMethods } from './resources/credit-profile.js';
import { customerMethods } from './resources/customers.js';
import { financialsMethods } from './resources/financials.js';
import { limitRequestMethods } from './resources/limit-requests.js';
import { receivableMethods } from './resources/receivables.js';
import { reviewMethods } from './resources/reviews.js';
import { submissionMethods } from './resources/submission.js';
import { warningMethods } from './resources/warnings.js';
import { composeClient } from './rest-client.js';
import type { UploadFile } from './upload.js';

export { IDEMPOTENCY_KEY_HEADER } from './rest-client.js';

/** Options every call takes. */
export interface RequestOptions {
  /** Aborts the call: it rejects with the signal's reason (a DOMException `AbortError` by default). */
  signal?: AbortSignal;
}

/** Options of `submitApplication`. */
export interface SubmitOptions extends RequestOptions {
  /** One key per draft (`newIdempotencyKey()`), reused for every submission of that draft. */
  idempotencyKey: string;
  /** Time limit of one attempt, overriding the client's `timeoutMs`. */
  timeoutMs?: number;
}

/** Options of `uploadAttachment`. */
export interface UploadOptions extends RequestOptions {
  /** Time limit of the upload, overriding the client's `timeoutMs` (large files on slow links). */
  timeoutMs?: number;
}

/** Body of `GET /credit-applications?customerId=&page=&pageSize=`; `page`, `pageSize`, `total` when the host pages. */
export interface CreditApplicationList {
  items: CreditApplication[];
  page?: number;
  pageSize?: number;
  total?: number;
}

/**
 * The REST client of one host backend. Every method validates its arguments before sending,
 * validates the response against the `@credit-kit/core` schema, and rejects with a
 * `CreditKitError` subclass (`ApiError`, `NetworkError`, `TimeoutError`,
 * `ResponseValidationError`, `CreditKitValidationError`) or the caller's abort reason.
 * Results may be shared between callers (in-flight sharing, caches): treat them as read-only.
 */
export interface CreditKitClient extends DecisionMethods {
  /** The base URL requests go to, without a trailing slash. */
  readonly baseUrl: string;
  /** `GET /customers?query=&page=`: one page of customers. */
  listCustomers(query?: CustomerQuery, options?: RequestOptions): Promise<CustomerPage>;
  /** `GET /customers/{id}`. */
  getCustomer(customerId: string, options?: RequestOptions): Promise<Customer>;
  /** `GET /customers/{id}/financials`: the base period's financial statements. */
  getFinancials(customerId: string, options?: RequestOptions): Promise<Financials>;
  /** `GET /customers/{id}/credit-profile`: grade, granted limit, exposure, term. */
  getCreditProfile(customerId: string, options?: RequestOptions): Promise<CreditProfile>;
  /** `GET /credit-policy`, reused for `policyCacheMs` so many widgets make one call. */
  getCreditPolicy(options?: RequestOptions): Promise<CreditPolicy>;
  /**
   * `POST /credit-applications` with an `Idempotency-Key`. The input is validated first (nothing
   * is sent if it fails); transient failures and 409 "in flight" are retried with the same key,
   * so the host creates exactly one application per key.
   */
  submitApplication(input: CreditApplicationInput, options: SubmitOptions): Promise<CreditApplication>;
  /** `GET /credit-applications/{id}`. */
  getApplication(applicationId: string, options?: RequestOptions): Promise<CreditApplication>;
  /** `GET /credit-applications?customerId=&page=&pageSize=`: newest first, one page. */
  listApplications(query?: ApplicationQuery, options?: RequestOptions): Promise<CreditApplicationList>;
  /** `POST /attachments` (multipart, field `file`); checked against the attachment rules first. Not retried. */
  uploadAttachment(file: UploadFile, options?: UploadOptions): Promise<AttachmentUpload>;
  /**
   * A customer's warning status. Calls within `batchWindowMs` are coalesced into
   * `GET /warnings?customerId=…` (100 ids at most per request); a lone call, or a customer the
   * batch answer lacks, uses `GET /customers/{id}/warning`, revalidated with its `ETag`.
   */
  getWarning(customerId: string, options?: RequestOptions): Promise<WarningStatus>;
  /** `GET /warnings?level=&customerId=…`: customers at or above `level`, or the given ones. */
  listWarnings(query?: WarningQuery, options?: RequestOptions): Promise<WarningList>;
  /** `GET /receivables?customerId=&asOf=&cursor=&limit=`: one page of open items. */
  listReceivables(query?: ReceivableQuery, options?: RequestOptions): Promise<ReceivablePage>;
  /**
   * Every page of `GET /receivables`, following `nextCursor` until it is null. Fails with
   * `ResponseValidationError` if the host repeats a cursor, and with `PaginationError` (a kind of
   * it) after more than 3 empty pages in a row that still point on, or 10,000 pages: pagination
   * that would never end. For whole portfolios `streamReceivables` is much faster.
   */
  iterateReceivables(query?: ReceivableQuery, options?: RequestOptions): AsyncGenerator<ReceivablePage, void, undefined>;
  /**
   * Every open item for `query`, fast: the host's parts (`partition=K/N`) walked with at most
   * `concurrency` requests in flight, pages of the largest size the contract allows, in the
   * compact columnar form when the host offers it (plain JSON otherwise), each page validated with
   * core's fast checks. Falls back to one cursor walk when the host ignores `partition`. Yields one
   * batch per page; stops with `PaginationError` on pages that would never end, or with the
   * signal's reason on abort (requests in flight are cancelled, as when the loop is left early).
   *
   * @example
   * const items: Receivable[] = [];
   * for await (const batch of client.streamReceivables({ asOf }, { signal })) items.push(...batch.items);
   * const aged = ageReceivables(items, { asOf });
   */
  streamReceivables(query?: ReceivableStreamQuery, options?: ReceivableStreamOptions): AsyncGenerator<ReceivableBatch, void, undefined>;
  /** `GET /receivables/aging?asOf=&groupBy=customer&cursor=&limit=`: the host's server-side aging report. */
  getAgingReport(query?: AgingQuery, options?: RequestOptions): Promise<AgingReport>;
  /** Forgets the cached credit policy and the remembered ETags. */
  clearCache(): void;
}

/**
 * Creates a client for the host's credit API. Options are validated at once
 * (`CreditKitValidationError` naming each bad option). The client keeps no credentials:
 * headers come from `headers`/`getHeaders()` on every request.
 *
 * @example
 * const client = createClient({
 *   baseUrl: '/api/credit/v1',
 *   getHeaders: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 * const customer = await client.getCustomer('C001', { signal });
 */
export function createClient(options: ClientOptions): CreditKitClient {
  FullClient ??= composeClient(ALL_METHODS);
  return new FullClient(resolveOptions(options)) as unknown as CreditKitClient;
}

/** Every resource's methods: what `createClient` gives. */
export const ALL_METHODS = [
  customerMethods,
  financialsMethods,
  creditProfileMethods,
  creditPolicyMethods,
  submissionMethods,
  limitRequestMethods,
  reviewMethods,
  applicationMethods,
  warningMethods,
  receivableMethods,
  agingReportMethods,
] as const;
let FullClient: ReturnType<typeof composeClient> | undefined;
