import type { FieldError, ProblemDetails } from '@credit-kit/core';

/** Media type of RFC 9457 problem details. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** What a problem response says: status, a short stable slug for `type`, and the detail in words. */
export interface ProblemInit {
  readonly status: number;
  /** Becomes `type: urn:credit-kit:problem:<slug>`. */
  readonly slug: string;
  readonly detail: string;
  readonly title?: string;
  /** Field errors (422). */
  readonly errors?: readonly FieldError[];
  /** Extra response headers, e.g. `Retry-After`, `Allow`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Extension members of the problem document (RFC 9457 §3.2), e.g. `refusals`. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The problem details body of a problem. */
export function problemBody(init: ProblemInit, instance?: string): ProblemDetails {
  const body: ProblemDetails = {
    ...init.extra,
    type: `urn:credit-kit:problem:${init.slug}`,
    title: init.title ?? TITLES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
  };
  if (instance !== undefined) body.instance = instance;
  if (init.errors) body.errors = [...init.errors];
  return body;
}

/** An RFC 9457 `application/problem+json` response. */
export function problemResponse(init: ProblemInit, instance?: string): Response {
  return new Response(JSON.stringify(problemBody(init, instance)), {
    status: init.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...init.headers },
  });
}

/** Thrown inside a route to answer with a problem; the route wrapper turns it into the response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: ProblemInit;

  constructor(problem: ProblemInit) {
    super(problem.detail);
    this.problem = problem;
  }
}

/** A 400 problem for a bad query parameter or header. */
export function badRequest(detail: string, slug = 'bad-request'): ProblemError {
  return new ProblemError({ status: 400, slug, detail });
}

/** A 404 problem for an unknown resource. */
export function notFound(detail: string): ProblemError {
  return new ProblemError({ status: 404, slug: 'not-found', detail });
}
