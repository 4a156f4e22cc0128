import type { FieldError, ProblemDetails } from '@credit-kit/core';

/** Media type of RFC 9457 problem details. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** What a problem response says: status, a stable slug (`type: urn:credit-kit:problem:<slug>`), the detail. */
export interface ProblemInit {
  readonly status: number;
  readonly slug: string;
  readonly detail: string;
  readonly title?: string;
  readonly errors?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;
}

export function problemBody(init: ProblemInit, instance?: string): ProblemDetails {
  const body: ProblemDetails = {
    type: `urn:credit-kit:problem:${init.slug}`,
    title: init.title ?? TITLES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
  };
  if (instance !== undefined) body.instance = instance;
  if (init.errors) body.errors = [...init.errors];
  return body;
}

export function problemResponse(init: ProblemInit, instance?: string): Response {
  return new Response(JSON.stringify(problemBody(init, instance)), {
    status: init.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...init.headers },
  });
}

/** Thrown in a route; the app's error handler answers with the problem. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: ProblemInit;
  constructor(problem: ProblemInit) {
    super(problem.detail);
    this.problem = problem;
  }
}

export const badRequest = (detail: string, slug = 'bad-request') => new ProblemError({ status: 400, slug, detail });
export const notFound = (detail: string) => new ProblemError({ status: 404, slug: 'not-found', detail });
export const forbidden = (detail: string) => new ProblemError({ status: 403, slug: 'forbidden', detail });
export const conflict = (detail: string, slug = 'conflict') => new ProblemError({ status: 409, slug, detail });
export const unprocessable = (detail: string, errors: readonly FieldError[], slug = 'validation-failed') =>
  new ProblemError({ status: 422, slug, detail, errors });
