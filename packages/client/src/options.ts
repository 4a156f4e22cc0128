import { CreditKitValidationError, type ValidationIssue } from '@credit-kit/core/lean';

/** Headers as a plain record: header name → value. */
export type HeaderRecord = Record<string, string>;

/** Retry tuning. Delays use exponential backoff with full jitter, capped by `maxDelayMs`. */
export interface RetryOptions {
  /** Attempts in total, the first included (default 3; 1 disables retries). */
  maxAttempts?: number;
  /** Backoff base: attempt n waits a random time below `baseDelayMs · 2^(n-1)` (default 300). */
  baseDelayMs?: number;
  /** Longest wait between attempts; a `Retry-After` longer than this ends the retries (default 10000). */
  maxDelayMs?: number;
  /** Random source in [0, 1) for the jitter (default `Math.random`); inject for reproducible tests. */
  random?: () => number;
  /** Waits `ms`, rejecting with `signal.reason` on abort (default a timer); inject to record delays in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** CSRF protection for cookie sessions: the token is read per request and sent on unsafe methods (POST). */
export interface CsrfOptions {
  /** Header that carries the token, e.g. `X-CSRF-Token`. */
  headerName: string;
  /** Returns the current token (e.g. read from a cookie or a meta tag); nothing is sent when it returns none. */
  getToken: () => string | undefined | null;
}

/** Options of `createClient`. */
export interface ClientOptions {
  /** Base URL of the host's credit API: absolute `http(s)://…` or a path beginning with `/`, e.g. `/api/credit/v1`. */
  baseUrl: string;
  /** Headers sent on every request. */
  headers?: HeaderRecord;
  /** Called before every request (and every retry) for fresh headers, e.g. `{ Authorization: 'Bearer …' }`; wins over `headers`. */
  getHeaders?: () => HeaderRecord | Promise<HeaderRecord>;
  /** Passed to `fetch` as is; `'include'` for cookie sessions across origins. */
  credentials?: RequestCredentials;
  /** CSRF header for cookie sessions. */
  csrf?: CsrfOptions;
  /** The `fetch` to use (default the global one, looked up per request), e.g. `createMockFetch()`. */
  fetch?: typeof fetch;
  /** Time limit of one attempt, headers and body, in milliseconds (default 15000; `Infinity` for none). */
  timeoutMs?: number;
  /** Retry tuning, or `false` for a single attempt. */
  retry?: RetryOptions | false;
  /** Window in which `getWarning` calls are coalesced into one batch request (default 10 ms; 0 disables batching). */
  batchWindowMs?: number;
  /** How long `getCreditPolicy` results are reused, in milliseconds (default 60000; 0 disables the cache). */
  policyCacheMs?: number;
  /**
   * Largest response body read, in bytes (default 16 MiB; `Infinity` for none). A longer one is
   * refused with `ResponseValidationError` (code `too_large`) before it is parsed.
   */
  maxResponseBytes?: number;
}

/** Retry settings with every default filled in. */
export interface ResolvedRetry {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
  readonly sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Client options validated, with every default filled in. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly headers: HeaderRecord;
  readonly getHeaders: (() => HeaderRecord | Promise<HeaderRecord>) | undefined;
  readonly credentials: RequestCredentials | undefined;
  readonly csrf: CsrfOptions | undefined;
  readonly fetch: typeof fetch | undefined;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetry;
  readonly batchWindowMs: number;
  readonly policyCacheMs: number;
  readonly maxResponseBytes: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_BASE_DELAY_MS = 300;
export const DEFAULT_MAX_DELAY_MS = 10_000;
export const DEFAULT_BATCH_WINDOW_MS = 10;
export const DEFAULT_POLICY_CACHE_MS = 60_000;
/** 16 MiB: a full page of 5,000 receivables is about 2 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

const CREDENTIALS: readonly string[] = ['omit', 'same-origin', 'include'];
/** RFC 9110 token: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Validates `createClient` options and fills in the defaults; throws one
 * `CreditKitValidationError` ("Invalid client options: …") naming every bad option.
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const issues: ValidationIssue[] = [];
  const bad = (path: string, message: string) => issues.push({ path, code: 'invalid', message });

  if (options === null || typeof options !== 'object') {
    throw new CreditKitValidationError('client options', [{ path: '', code: 'invalid_type', message: 'must be an object' }]);
  }
  const baseUrl = checkBaseUrl(options.baseUrl, bad);
  if (options.headers !== undefined && !isStringRecord(options.headers)) bad('headers', 'must be an object of string header values');
  checkFunction(options.getHeaders, 'getHeaders', bad);
  if (options.credentials !== undefined && !CREDENTIALS.includes(options.credentials)) {
    bad('credentials', 'must be one of "omit", "same-origin", "include"');
  }
  if (options.csrf !== undefined) {
    if (options.csrf === null || typeof options.csrf !== 'object') bad('csrf', 'must be an object with headerName and getToken');
    else {
      if (typeof options.csrf.headerName !== 'string' || !HEADER_NAME.test(options.csrf.headerName)) {
        bad('csrf.headerName', 'must be a header name such as "X-CSRF-Token"');
      }
      if (typeof options.csrf.getToken !== 'function') bad('csrf.getToken', 'must be a function');
    }
  }
  checkFunction(options.fetch, 'fetch', bad);
  checkNumber(options.timeoutMs, 'timeoutMs', bad, { min: 1, infinite: true });
  checkNumber(options.batchWindowMs, 'batchWindowMs', bad, { min: 0 });
  checkNumber(options.policyCacheMs, 'policyCacheMs', bad, { min: 0, infinite: true });
  checkNumber(options.maxResponseBytes, 'maxResponseBytes', bad, { min: 1, infinite: true });

  const retry = options.retry;
  if (retry !== undefined && retry !== false) {
    if (retry === null || typeof retry !== 'object') bad('retry', 'must be an object or false');
    else {
      checkNumber(retry.maxAttempts, 'retry.maxAttempts', bad, { min: 1, integer: true });
      checkNumber(retry.baseDelayMs, 'retry.baseDelayMs', bad, { min: 0 });
      checkNumber(retry.maxDelayMs, 'retry.maxDelayMs', bad, { min: 0 });
      checkFunction(retry.random, 'retry.random', bad);
      checkFunction(retry.sleep, 'retry.sleep', bad);
    }
  }
  if (issues.length > 0) throw new CreditKitValidationError('client options', issues);

  const retryObject = retry === false || retry === undefined ? {} : retry;
  return {
    baseUrl,
    headers: { ...options.headers },
    getHeaders: options.getHeaders,
    credentials: options.credentials,
    csrf: options.csrf,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      maxAttempts: retry === false ? 1 : (retryObject.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
      baseDelayMs: retryObject.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
      maxDelayMs: retryObject.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
      random: retryObject.random ?? Math.random,
      sleep: retryObject.sleep,
    },
    batchWindowMs: options.batchWindowMs ?? DEFAULT_BATCH_WINDOW_MS,
    policyCacheMs: options.policyCacheMs ?? DEFAULT_POLICY_CACHE_MS,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
}

/** Returns the base URL without its trailing slashes, or reports why it is unusable. */
function checkBaseUrl(value: unknown, bad: (path: string, message: string) => void): string {
  const message = 'must be an absolute http(s) URL or a path beginning with "/", such as "/api/credit/v1"';
  if (typeof value !== 'string' || value.trim() === '') {
    bad('baseUrl', message);
    return '';
  }
  if (/[?#]/.test(value)) {
    bad('baseUrl', 'must not contain a query or a fragment');
    return '';
  }
  if (value.startsWith('//')) {
    bad('baseUrl', `${message} (protocol-relative URLs are not accepted)`);
    return '';
  }
  if (!value.startsWith('/')) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      bad('baseUrl', message);
      return '';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      bad('baseUrl', message);
      return '';
    }
  }
  return value.replace(/\/+$/, '');
}

function checkFunction(value: unknown, path: string, bad: (path: string, message: string) => void): void {
  if (value !== undefined && typeof value !== 'function') bad(path, 'must be a function');
}

function checkNumber(
  value: unknown,
  path: string,
  bad: (path: string, message: string) => void,
  rule: { min: number; integer?: boolean; infinite?: boolean },
): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    value >= rule.min &&
    (Number.isFinite(value) || rule.infinite === true) &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    bad(path, `must be ${rule.integer ? 'a whole number' : 'a number'} of at least ${rule.min}${rule.infinite ? ' (or Infinity)' : ''}`);
  }
}

function isStringRecord(value: unknown): value is HeaderRecord {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
