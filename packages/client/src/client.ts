import {
  creditApplicationInputSchema,
  CreditKitValidationError,
  parseWith,
  type AgingReport,
  type AttachmentUpload,
  type CreditApplication,
  type CreditApplicationInput,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type CustomerPage,
  type Decision,
  type DecisionInput,
  type Financials,
  type LimitRequest,
  type LimitRequestInput,
  type LimitRequestList,
  type ReviewWorklist,
  type ReceivablePage,
  type WarningList,
  type WarningStatus,
} from '@credit-kit/core';
import { raceAbort } from './abort.js';
import {
  decisionBody,
  limitRequestBody,
  limitRequestQuery,
  worklistQuery,
  type CreateLimitRequestOptions,
  type DecisionMethods,
  type LimitRequestQuery,
  type WorklistQuery,
} from './decisions.js';
import { endpointName, ENDPOINTS, type Endpoint } from './endpoints.js';
import { PaginationError, ResponseValidationError } from './errors.js';
import { EtagStore } from './etag-store.js';
import { buildHeaders, headersKey } from './headers.js';
import { InflightRegistry } from './inflight.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions } from './options.js';
import {
  agingQuery,
  applicationQuery,
  customerQuery,
  receivableQuery,
  receivableStreamQuery,
  warningQuery,
  type AgingQuery,
  type ApplicationQuery,
  type CustomerQuery,
  type QueryPairs,
  type ReceivableQuery,
  type ReceivableStreamQuery,
  type WarningQuery,
} from './queries.js';
import { parseReceivableBody, RECEIVABLE_BULK_ACCEPT, type ParsedReceivablePage } from './receivable-body.js';
import { resolveStreamOptions, walkReceivables, type ReceivableBatch, type ReceivableStreamOptions } from './receivable-stream.js';
import { executeRequest } from './request.js';
import { TtlCache } from './ttl-cache.js';
import { uploadBody, type UploadFile } from './upload.js';
import { buildUrl, checkPathId } from './url.js';
import { Batcher } from './warning-batcher.js';

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

/** `iterateReceivables` stops with `PaginationError` past this many empty pages in a row that still point on. */
const ITERATE_MAX_EMPTY_PAGES = 3;
/** `iterateReceivables` stops with `PaginationError` when page this many still points on. */
const ITERATE_MAX_PAGES = 10_000;

/** Header that makes `POST /credit-applications` idempotent. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function checkIdempotencyKey(key: unknown, subject: string): string {
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new CreditKitValidationError(subject, [
      {
        path: 'idempotencyKey',
        code: 'invalid',
        message: 'must be 1 to 255 visible ASCII characters (make one per draft with newIdempotencyKey())',
      },
    ]);
  }
  return key;
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
  return new RestClient(resolveOptions(options));
}

class RestClient implements CreditKitClient {
  readonly #options: ResolvedOptions;
  readonly #inflight = new InflightRegistry();
  readonly #etags = new EtagStore();
  readonly #policyCache: TtlCache<CreditPolicy>;
  readonly #warnings: Batcher<WarningStatus>;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#policyCache = new TtlCache(options.policyCacheMs);
    this.#warnings = new Batcher<WarningStatus>(
      {
        many: async (ids, signal) => {
          const list = await this.#get(ENDPOINTS.listWarnings, [['customerId', ids]], {}, signal);
          const byId = new Map<string, WarningStatus>();
          for (const item of list.items) if (!byId.has(item.customerId)) byId.set(item.customerId, item);
          return byId;
        },
        one: (id, signal) => this.#get(ENDPOINTS.getWarning, [], { id }, signal),
      },
      options.batchWindowMs,
    );
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  async listCustomers(query?: CustomerQuery, options: RequestOptions = {}): Promise<CustomerPage> {
    return this.#get(ENDPOINTS.listCustomers, customerQuery(query), {}, options.signal);
  }

  async getCustomer(customerId: string, options: RequestOptions = {}): Promise<Customer> {
    return this.#get(ENDPOINTS.getCustomer, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  }

  async getFinancials(customerId: string, options: RequestOptions = {}): Promise<Financials> {
    return this.#get(ENDPOINTS.getFinancials, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  }

  async getCreditProfile(customerId: string, options: RequestOptions = {}): Promise<CreditProfile> {
    return this.#get(ENDPOINTS.getCreditProfile, [], { id: checkPathId(customerId, 'customerId') }, options.signal);
  }

  async getCreditPolicy(options: RequestOptions = {}): Promise<CreditPolicy> {
    return this.#get(ENDPOINTS.getCreditPolicy, [], {}, options.signal, this.#policyCache);
  }

  async submitApplication(input: CreditApplicationInput, options: SubmitOptions): Promise<CreditApplication> {
    const body = JSON.stringify(parseWith(creditApplicationInputSchema, input, 'credit application'));
    const key = checkIdempotencyKey(options?.idempotencyKey, 'submit options');
    return this.#post(ENDPOINTS.submitApplication, body, { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key }, options);
  }

  async createLimitRequest(input: LimitRequestInput, options: CreateLimitRequestOptions): Promise<LimitRequest> {
    const body = limitRequestBody(input);
    const key = checkIdempotencyKey(options?.idempotencyKey, 'limit request options');
    return this.#post(ENDPOINTS.createLimitRequest, body, { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key }, options);
  }

  async getLimitRequest(limitRequestId: string, options: RequestOptions = {}): Promise<LimitRequest> {
    return this.#get(ENDPOINTS.getLimitRequest, [], { id: checkPathId(limitRequestId, 'limitRequestId') }, options.signal);
  }

  async listLimitRequests(query?: LimitRequestQuery, options: RequestOptions = {}): Promise<LimitRequestList> {
    return this.#get(ENDPOINTS.listLimitRequests, limitRequestQuery(query), {}, options.signal);
  }

  async decideApplication(applicationId: string, decision: DecisionInput, options: RequestOptions = {}): Promise<Decision> {
    const params = { id: checkPathId(applicationId, 'applicationId') };
    return this.#post(ENDPOINTS.decideApplication, decisionBody(decision), { 'Content-Type': 'application/json' }, options, params);
  }

  async decideLimitRequest(limitRequestId: string, decision: DecisionInput, options: RequestOptions = {}): Promise<Decision> {
    const params = { id: checkPathId(limitRequestId, 'limitRequestId') };
    return this.#post(ENDPOINTS.decideLimitRequest, decisionBody(decision), { 'Content-Type': 'application/json' }, options, params);
  }

  async getReviewWorklist(query?: WorklistQuery, options: RequestOptions = {}): Promise<ReviewWorklist> {
    return this.#get(ENDPOINTS.getReviewWorklist, worklistQuery(query), {}, options.signal);
  }

  async getApplication(applicationId: string, options: RequestOptions = {}): Promise<CreditApplication> {
    return this.#get(ENDPOINTS.getApplication, [], { id: checkPathId(applicationId, 'applicationId') }, options.signal);
  }

  async listApplications(query?: ApplicationQuery, options: RequestOptions = {}): Promise<CreditApplicationList> {
    return this.#get(ENDPOINTS.listApplications, applicationQuery(query), {}, options.signal);
  }

  async uploadAttachment(file: UploadFile, options: UploadOptions = {}): Promise<AttachmentUpload> {
    return this.#post(ENDPOINTS.uploadAttachment, uploadBody(file), {}, options);
  }

  async getWarning(customerId: string, options: RequestOptions = {}): Promise<WarningStatus> {
    return this.#warnings.load(checkPathId(customerId, 'customerId'), options.signal);
  }

  async listWarnings(query?: WarningQuery, options: RequestOptions = {}): Promise<WarningList> {
    return this.#get(ENDPOINTS.listWarnings, warningQuery(query), {}, options.signal);
  }

  async listReceivables(query?: ReceivableQuery, options: RequestOptions = {}): Promise<ReceivablePage> {
    return this.#get(ENDPOINTS.listReceivables, receivableQuery(query), {}, options.signal);
  }

  async *iterateReceivables(query: ReceivableQuery = {}, options: RequestOptions = {}): AsyncGenerator<ReceivablePage, void, undefined> {
    let cursor = query.cursor;
    const used = new Set<string>(cursor === undefined ? [] : [cursor]);
    const name = endpointName(ENDPOINTS.listReceivables);
    let pages = 0;
    let emptyInARow = 0;
    for (;;) {
      const page = await this.listReceivables({ ...query, cursor }, options);
      yield page;
      if (page.nextCursor === null) return;
      pages++;
      emptyInARow = page.items.length === 0 ? emptyInARow + 1 : 0;
      if (emptyInARow > ITERATE_MAX_EMPTY_PAGES) {
        throw new PaginationError(name, 'empty_pages', ITERATE_MAX_EMPTY_PAGES, `points past ${emptyInARow} empty pages in a row (at most ${ITERATE_MAX_EMPTY_PAGES} allowed): pagination would never end`);
      }
      if (pages >= ITERATE_MAX_PAGES) {
        throw new PaginationError(name, 'max_pages', ITERATE_MAX_PAGES, `still points to a next page after ${ITERATE_MAX_PAGES.toLocaleString('en-US')} pages`);
      }
      if (used.has(page.nextCursor)) {
        throw new ResponseValidationError(endpointName(ENDPOINTS.listReceivables), 200, [
          { path: 'nextCursor', code: 'cursor_loop', message: `repeats the earlier cursor "${page.nextCursor}": pagination would never end` },
        ]);
      }
      used.add(page.nextCursor);
      cursor = page.nextCursor;
    }
  }

  streamReceivables(query?: ReceivableStreamQuery, options?: ReceivableStreamOptions): AsyncGenerator<ReceivableBatch, void, undefined> {
    // Arguments are checked at the call, not at the first `next()`.
    const filters = receivableStreamQuery(query);
    const { signal, ...settings } = resolveStreamOptions(options);
    const accept = settings.compact ? RECEIVABLE_BULK_ACCEPT : undefined;
    return walkReceivables((pairs, pageSignal) => this.#getReceivablePage(pairs, accept, pageSignal), filters, settings, signal);
  }

  async getAgingReport(query?: AgingQuery, options: RequestOptions = {}): Promise<AgingReport> {
    return this.#get(ENDPOINTS.getAgingReport, agingQuery(query), {}, options.signal);
  }

  clearCache(): void {
    this.#policyCache.clear();
    this.#etags.clear();
  }

  /** A GET, shared with identical GETs in flight (same URL and headers), optionally TTL-cached. */
  async #get<T>(
    endpoint: Endpoint<T>,
    query: QueryPairs,
    params: Readonly<Record<string, string>>,
    signal: AbortSignal | undefined,
    cache?: TtlCache<T>,
  ): Promise<T> {
    signal?.throwIfAborted();
    const url = buildUrl(this.#options.baseUrl, endpoint.path, params, query);
    const makeHeaders = () => buildHeaders(this.#options, 'GET');
    const headers = await raceAbort(makeHeaders(), signal);
    const key = `GET ${url}\n${headersKey(headers)}`;
    const cached = cache?.get(key);
    if (cached !== undefined) return cached;
    return this.#inflight.run(
      key,
      async (shared) => {
        const plan = { endpoint, url, headers, refreshHeaders: makeHeaders, ...(params.id !== undefined ? { expectedId: params.id } : {}) };
        const value = await executeRequest(this.#options, this.#etags, plan, shared);
        cache?.set(key, value);
        return value;
      },
      signal,
    );
  }

  /** One page of `GET /receivables` read by its content type (compact or JSON), with the client's retries. */
  async #getReceivablePage(query: QueryPairs, accept: string | undefined, signal: AbortSignal): Promise<ParsedReceivablePage> {
    signal.throwIfAborted();
    const endpoint = ENDPOINTS.listReceivables;
    const url = buildUrl(this.#options.baseUrl, endpoint.path, {}, query);
    const makeHeaders = () => buildHeaders(this.#options, 'GET', accept ? { Accept: accept } : {});
    const headers = await raceAbort(makeHeaders(), signal);
    const parse = (status: number, contentType: string | null, bodyText: string) => parseReceivableBody(endpointName(endpoint), status, contentType, bodyText);
    const plan = { endpoint: endpoint as unknown as Endpoint<ParsedReceivablePage>, url, headers, refreshHeaders: makeHeaders, parse };
    return executeRequest(this.#options, this.#etags, plan, signal);
  }

  /**
   * A POST. Identical submissions in flight (same URL, headers and body, so the same idempotency
   * key) are shared; a multipart body is never shared.
   */
  async #post<T>(
    endpoint: Endpoint<T>,
    body: string | FormData,
    extraHeaders: Readonly<Record<string, string>>,
    options: RequestOptions & { timeoutMs?: number },
    params: Readonly<Record<string, string>> = {},
  ): Promise<T> {
    const { signal, timeoutMs } = options;
    if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 1)) {
      throw new CreditKitValidationError('request options', [
        { path: 'timeoutMs', code: 'invalid', message: 'must be a number of at least 1 (or Infinity)' },
      ]);
    }
    signal?.throwIfAborted();
    const url = buildUrl(this.#options.baseUrl, endpoint.path, params);
    const makeHeaders = () => buildHeaders(this.#options, 'POST', extraHeaders);
    const headers = await raceAbort(makeHeaders(), signal);
    const plan = { endpoint, url, headers, refreshHeaders: makeHeaders, body, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
    if (typeof body !== 'string') return executeRequest(this.#options, this.#etags, plan, signal);
    const key = `POST ${url}\n${headersKey(headers)}\n\n${body}`;
    return this.#inflight.run(key, (shared) => executeRequest(this.#options, this.#etags, plan, shared), signal);
  }
}
