import type { FieldError, ProblemDetails } from '@credit-kit/core/lean';

const MAX_TEXT_DETAIL = 500;
const TEXT_MEMBERS = ['type', 'title', 'detail', 'instance'] as const;

/**
 * Reads the body of an error response as RFC 9457 problem details, leniently: each standard member
 * is kept when it has its type (string `title`, `detail`, …, integer `status`, the well-formed entries
 * of `errors`) and dropped otherwise; extension members (e.g. a refusal's `refusals`) are kept as the
 * host sent them. A plain-text body becomes `detail`; anything else (HTML error pages) is ignored.
 * `status` always falls back to the HTTP status. A document that `problemDetailsSchema` accepts
 * reads as the schema parses it (a test holds the two equal), without a validator on the page.
 */
export function readProblem(status: number, statusText: string, contentType: string | null, bodyText: string): ProblemDetails {
  const fallbackTitle = statusText || `HTTP ${status}`;
  const json = tryParseJson(bodyText);
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const problem = readMembers(json as Record<string, unknown>);
    if (problem.status === undefined) problem.status = status;
    if (problem.title === undefined && problem.detail === undefined) problem.title = fallbackTitle;
    return problem;
  }
  const problem: ProblemDetails = { status, title: fallbackTitle };
  const text = bodyText.trim();
  if (text && contentType?.toLowerCase().startsWith('text/plain')) problem.detail = text.slice(0, MAX_TEXT_DETAIL);
  return problem;
}

function readMembers(body: Record<string, unknown>): ProblemDetails {
  const problem: ProblemDetails = {};
  for (const key of Object.keys(body)) {
    if (key === '__proto__' || key === 'status' || key === 'errors' || (TEXT_MEMBERS as readonly string[]).includes(key)) continue;
    problem[key] = body[key];
  }
  for (const key of TEXT_MEMBERS) {
    const value = body[key];
    if (typeof value === 'string') problem[key] = value;
  }
  if (Number.isInteger(body.status)) problem.status = body.status as number;
  if (Array.isArray(body.errors)) problem.errors = body.errors.filter(isFieldError).map(({ path, code, message }) => ({ path, code, message }));
  return problem;
}

function isFieldError(entry: unknown): entry is FieldError {
  if (entry === null || typeof entry !== 'object') return false;
  const { path, code, message } = entry as Record<string, unknown>;
  return typeof path === 'string' && typeof code === 'string' && typeof message === 'string';
}

function tryParseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
