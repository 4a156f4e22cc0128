import { CreditKitValidationError } from '@credit-kit/core/lean';
import { raceAbort } from './abort.js';
import { endpointName, type Endpoint } from './endpoint.js';
import { EtagStore } from './etag-store.js';
import { buildHeaders, headersKey } from './headers.js';
import { InflightRegistry } from './inflight.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions } from './options.js';
import type { CreditKitClient } from './client.js';
import type { QueryPairs } from './queries.js';
import { executeRequest } from './request.js';
import { TtlCache } from './ttl-cache.js';
import { buildUrl } from './url.js';

/** Header that makes `POST /credit-applications` idempotent. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function checkIdempotencyKey(key: unknown, subject: string): string {
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
 * What every client method shares: options, in-flight sharing, ETags, the policy cache, and the
 * GET/POST plumbing. It names no endpoint and no schema: the methods come from the resource
 * modules (`resources/*.ts`), each with its own endpoints, mixed in by `composeClient`, so a
 * bundle holds only the endpoints (and response schemas) of the methods it composes.
 * The `_`-members are internal to the resource modules; `CreditKitClient` does not show them.
 */
export class RestClient {
  readonly #options: ResolvedOptions;
  readonly #inflight = new InflightRegistry();
  readonly #etags = new EtagStore();
  /** @internal `getCreditPolicy`'s cache (cleared by `clearCache`). */
  readonly _policyCache: TtlCache<unknown>;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this._policyCache = new TtlCache(options.policyCacheMs);
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  /** @internal */
  get _options(): ResolvedOptions {
    return this.#options;
  }

  clearCache(): void {
    this._policyCache.clear();
    this.#etags.clear();
  }

  /** @internal A GET, shared with identical GETs in flight (same URL and headers), optionally TTL-cached. */
  async _get<T>(
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

  /**
   * @internal A GET read by `parse` rather than the endpoint's schema (a receivable page, compact or
   * JSON by its content type), with the client's retries. The parser comes from the caller, so the
   * client's core holds no endpoint's format.
   */
  async _getParsed<T>(
    endpoint: Endpoint<unknown>,
    query: QueryPairs,
    accept: string | undefined,
    signal: AbortSignal,
    parse: (endpoint: string, status: number, contentType: string | null, bodyText: string) => T,
  ): Promise<T> {
    signal.throwIfAborted();
    const url = buildUrl(this.#options.baseUrl, endpoint.path, {}, query);
    const makeHeaders = () => buildHeaders(this.#options, 'GET', accept ? { Accept: accept } : {});
    const headers = await raceAbort(makeHeaders(), signal);
    const name = endpointName(endpoint);
    const plan = {
      endpoint: endpoint as unknown as Endpoint<T>,
      url,
      headers,
      refreshHeaders: makeHeaders,
      parse: (status: number, contentType: string | null, bodyText: string) => parse(name, status, contentType, bodyText),
    };
    return executeRequest(this.#options, this.#etags, plan, signal);
  }

  /**
   * @internal A POST. Identical submissions in flight (same URL, headers and body, so the same
   * idempotency key) are shared; a multipart body is never shared.
   */
  async _post<T>(
    endpoint: Endpoint<T>,
    body: string | FormData,
    extraHeaders: Readonly<Record<string, string>>,
    options: { signal?: AbortSignal; timeoutMs?: number },
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

/** A resource module's methods: plain functions run with the client as `this`. */
export type MethodSet = object;

/**
 * A client class with `sets`' methods on its prototype (non-enumerable, as class methods are).
 * What the returned client can do is exactly what the sets hold.
 */
export function composeClient(sets: readonly MethodSet[]): new (options: ResolvedOptions) => RestClient {
  class ComposedClient extends RestClient {}
  for (const set of sets) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(set))) {
      Object.defineProperty(ComposedClient.prototype, name, { ...descriptor, enumerable: false });
    }
  }
  return ComposedClient;
}

/**
 * A client with only the methods of `sets` (the resource modules' method sets, e.g. `warningMethods`
 * from `@credit-kit/client/resources`), so a bundle holds only those endpoints and their schemas.
 * For the widgets, which each know the endpoints they call; hosts use `createClient`, which has
 * every method. A method not composed is missing (calling it is a `TypeError`).
 */
export function createClientWith(options: ClientOptions, sets: readonly MethodSet[]): CreditKitClient {
  const Client = composeClient(sets);
  return new Client(resolveOptions(options)) as unknown as CreditKitClient;
}
