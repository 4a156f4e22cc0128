import { CreditKitValidationError, isIsoDate, type ApprovalPolicyInput, type CreditPolicyInput, type ReviewPolicyInput, type ValidationIssue } from '@credit-kit/core';
import { ROUTES, type RouteKey } from './routes.js';

/** Latency of every response in milliseconds: a fixed delay, or a `[min, max]` range drawn per request. */
export type Latency = number | readonly [min: number, max: number];

/** A forced answer for one route (see `MockKnobs.routeStatus`). */
export interface RouteStatusOverride {
  /** HTTP status to answer with; anything but 2xx is a problem document. */
  readonly status: number;
  /** `Retry-After` header in seconds (for 429 and 503). */
  readonly retryAfter?: number;
  /** Only the next `times` requests get the status, then the route answers normally again ("500 then 200"). */
  readonly times?: number;
}

/** How a malformed response is broken. */
export type MalformedKind = 'invalid-json' | 'wrong-shape' | 'mixed';

/** The knobs that can change while a backend runs (`setKnobs`). */
export interface MockKnobs {
  /** Delay before every response (ms, or `[min, max]`). Default 0. */
  readonly latencyMs?: Latency;
  /** Share of requests (0–1) answered with a 503 problem instead. Default 0. */
  readonly failureRate?: number;
  /** `Retry-After` (seconds) sent with those 503s; none by default. */
  readonly retryAfterSeconds?: number;
  /** Share of successful JSON responses (0–1) whose body is broken. Default 0. */
  readonly malformedRate?: number;
  /** How they are broken: cut-off JSON, a body that fails the schema, or either at random (default). */
  readonly malformedKind?: MalformedKind;
  /**
   * A given status per route, e.g. `{ 'GET /customers/{id}/warning': 500 }`, or with options
   * `{ 'POST /credit-applications': { status: 503, times: 1, retryAfter: 0 } }`. `'*'` applies to every route.
   */
  readonly routeStatus?: Readonly<Partial<Record<RouteKey | '*', number | RouteStatusOverride>>>;
}

/** Options of `createMockBackend`: the data it generates and the knobs it starts with. */
export interface MockBackendOptions extends MockKnobs {
  /** Seed of every random choice (data and injected faults). Default 1. */
  readonly seed?: number;
  /** Number of customers. Default 40, at most 5,000. */
  readonly customers?: number;
  /** Number of open receivables. Default 3,000, at most 2,000,000. */
  readonly receivables?: number;
  /** The day the data describes (aging, warnings, profiles). Default `'2026-11-25'`. */
  readonly asOf?: string;
  /** Base path of the contract, or a full base URL to answer for one origin only. Default `/api/credit/v1`. */
  readonly basePath?: string;
  /** Policy served by `GET /credit-policy`. Default core's `DEFAULT_CREDIT_POLICY`. */
  readonly creditPolicy?: CreditPolicyInput;
  /** Approval policy the decision endpoints enforce. Default core's `DEFAULT_APPROVAL_POLICY`. */
  readonly approvalPolicy?: ApprovalPolicyInput;
  /** Review policy of `GET /reviews/worklist`. Default core's `DEFAULT_REVIEW_POLICY`. */
  readonly reviewPolicy?: ReviewPolicyInput;
  /** Clock of `submittedAt`, the application year and idempotency-key expiry. Default the real clock. */
  readonly now?: () => Date;
  /** Created applications kept (the oldest go first; they then answer 404). Default 10,000. */
  readonly maxApplications?: number;
  /** Idempotency keys remembered (least recently used forgotten first). Default 10,000. */
  readonly maxIdempotencyKeys?: number;
  /** How long an idempotency key is remembered after its request, in ms. Default 24 hours. */
  readonly idempotencyTtlMs?: number;
}

/** Options with every default applied. */
export interface ResolvedMockOptions {
  readonly seed: number;
  readonly customers: number;
  readonly receivables: number;
  readonly asOf: string;
  readonly basePath: string;
  readonly creditPolicy?: CreditPolicyInput;
  readonly approvalPolicy?: ApprovalPolicyInput;
  readonly reviewPolicy?: ReviewPolicyInput;
  readonly now: () => Date;
  readonly maxApplications: number;
  readonly maxIdempotencyKeys: number;
  readonly idempotencyTtlMs: number;
  readonly knobs: MockKnobs;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_CUSTOMERS = 40;
export const DEFAULT_RECEIVABLES = 3_000;
export const DEFAULT_AS_OF = '2026-11-25';
export const DEFAULT_BASE_PATH = '/api/credit/v1';
const MAX_CUSTOMERS = 5_000;
const MAX_RECEIVABLES = 2_000_000;
export const DEFAULT_MAX_APPLICATIONS = 10_000;
export const DEFAULT_MAX_IDEMPOTENCY_KEYS = 10_000;
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Validates the options and applies the defaults.
 * @throws CreditKitValidationError naming each bad option
 */
export function resolveOptions(options: MockBackendOptions = {}): ResolvedMockOptions {
  const issues: ValidationIssue[] = [];
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, code: 'invalid', message });
  };
  const { seed = DEFAULT_SEED, customers = DEFAULT_CUSTOMERS, receivables = DEFAULT_RECEIVABLES, asOf = DEFAULT_AS_OF } = options;
  check(Number.isSafeInteger(seed), 'seed', 'must be a whole number');
  check(Number.isInteger(customers) && customers >= 1 && customers <= MAX_CUSTOMERS, 'customers', `must be a whole number from 1 to ${MAX_CUSTOMERS}`);
  check(Number.isInteger(receivables) && receivables >= 0 && receivables <= MAX_RECEIVABLES, 'receivables', `must be a whole number from 0 to ${MAX_RECEIVABLES}`);
  check(isIsoDate(asOf), 'asOf', 'must be a real calendar date written YYYY-MM-DD');
  const basePath = normaliseBasePath(options.basePath ?? DEFAULT_BASE_PATH);
  check(basePath !== null, 'basePath', 'must be a path such as "/api/credit/v1" or an http(s) URL');
  check(options.now === undefined || typeof options.now === 'function', 'now', 'must be a function returning a Date');
  const {
    maxApplications = DEFAULT_MAX_APPLICATIONS,
    maxIdempotencyKeys = DEFAULT_MAX_IDEMPOTENCY_KEYS,
    idempotencyTtlMs = DEFAULT_IDEMPOTENCY_TTL_MS,
  } = options;
  check(Number.isInteger(maxApplications) && maxApplications >= 1, 'maxApplications', 'must be a whole number of at least 1');
  check(Number.isInteger(maxIdempotencyKeys) && maxIdempotencyKeys >= 1, 'maxIdempotencyKeys', 'must be a whole number of at least 1');
  check(typeof idempotencyTtlMs === 'number' && idempotencyTtlMs > 0, 'idempotencyTtlMs', 'must be a number of milliseconds above 0');
  issues.push(...knobIssues(options));
  if (issues.length) throw new CreditKitValidationError('mock backend options', issues);
  return {
    seed,
    customers,
    receivables,
    asOf,
    basePath: basePath!,
    ...(options.creditPolicy ? { creditPolicy: options.creditPolicy } : {}),
    ...(options.approvalPolicy ? { approvalPolicy: options.approvalPolicy } : {}),
    ...(options.reviewPolicy ? { reviewPolicy: options.reviewPolicy } : {}),
    now: options.now ?? (() => new Date()),
    maxApplications,
    maxIdempotencyKeys,
    idempotencyTtlMs,
    knobs: pickKnobs(options),
  };
}

/**
 * Validates knobs given to `setKnobs`.
 * @throws CreditKitValidationError naming each bad knob
 */
export function validateKnobs(knobs: MockKnobs): MockKnobs {
  const issues = knobIssues(knobs);
  if (issues.length) throw new CreditKitValidationError('mock backend knobs', issues);
  return pickKnobs(knobs);
}

function pickKnobs(source: MockKnobs): MockKnobs {
  const out: Record<string, unknown> = {};
  for (const key of ['latencyMs', 'failureRate', 'retryAfterSeconds', 'malformedRate', 'malformedKind', 'routeStatus'] as const) {
    if (key in source) out[key] = source[key];
  }
  return out as MockKnobs;
}

function knobIssues(knobs: MockKnobs): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, code: 'invalid', message });
  };
  const rate = (value: unknown) => value === undefined || (typeof value === 'number' && value >= 0 && value <= 1);
  const ms = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  const latency = knobs.latencyMs;
  check(
    latency === undefined || ms(latency) || (Array.isArray(latency) && latency.length === 2 && ms(latency[0]) && ms(latency[1]) && latency[0] <= latency[1]),
    'latencyMs',
    'must be a number of milliseconds or a [min, max] pair',
  );
  check(rate(knobs.failureRate), 'failureRate', 'must be a number from 0 to 1');
  check(rate(knobs.malformedRate), 'malformedRate', 'must be a number from 0 to 1');
  check(knobs.retryAfterSeconds === undefined || (Number.isInteger(knobs.retryAfterSeconds) && knobs.retryAfterSeconds >= 0), 'retryAfterSeconds', 'must be a whole number of seconds');
  check(knobs.malformedKind === undefined || ['invalid-json', 'wrong-shape', 'mixed'].includes(knobs.malformedKind), 'malformedKind', 'must be "invalid-json", "wrong-shape" or "mixed"');
  for (const [route, value] of Object.entries(knobs.routeStatus ?? {})) {
    check(route === '*' || (ROUTES as readonly string[]).includes(route), `routeStatus.${route}`, `is not a route: use one of ${ROUTES.join(', ')} or "*"`);
    const override = typeof value === 'number' ? { status: value } : value;
    check(
      !!override && Number.isInteger(override.status) && override.status >= 200 && override.status <= 599,
      `routeStatus.${route}`,
      'must be an HTTP status from 200 to 599, or { status, retryAfter?, times? }',
    );
  }
  return issues;
}

/** `/api/credit/v1/` → `/api/credit/v1`; full URLs kept (without a trailing slash); null when unusable. */
function normaliseBasePath(basePath: string): string | null {
  if (typeof basePath !== 'string') return null;
  const trimmed = basePath.trim().replace(/\/+$/, '');
  if (/^https?:\/\//.test(trimmed)) {
    try {
      return new URL(trimmed).href.replace(/\/+$/, '');
    } catch {
      return null;
    }
  }
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
