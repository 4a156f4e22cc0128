import { fieldErrorSchema, problemDetailsSchema, type FieldError, type ProblemDetails } from '@credit-kit/core/lean';

const MAX_TEXT_DETAIL = 500;

/**
 * Reads the body of an error response as RFC 9457 problem details, leniently: a valid problem
 * document is taken whole; otherwise each usable member is kept (string `title`, `detail`, …,
 * well-formed entries of `errors`) and the rest dropped. A plain-text body becomes `detail`;
 * anything else (HTML error pages) is ignored. `status` always falls back to the HTTP status.
 */
export function readProblem(status: number, statusText: string, contentType: string | null, bodyText: string): ProblemDetails {
  const fallbackTitle = statusText || `HTTP ${status}`;
  const json = tryParseJson(bodyText);
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const strict = problemDetailsSchema.safeParse(json);
    const problem: ProblemDetails = strict.success ? { ...strict.data } : salvage(json as Record<string, unknown>);
    if (problem.status === undefined) problem.status = status;
    if (problem.title === undefined && problem.detail === undefined) problem.title = fallbackTitle;
    return problem;
  }
  const problem: ProblemDetails = { status, title: fallbackTitle };
  const text = bodyText.trim();
  if (text && contentType?.toLowerCase().startsWith('text/plain')) problem.detail = text.slice(0, MAX_TEXT_DETAIL);
  return problem;
}

function salvage(body: Record<string, unknown>): ProblemDetails {
  const problem: ProblemDetails = {};
  for (const key of ['type', 'title', 'detail', 'instance'] as const) {
    const value = body[key];
    if (typeof value === 'string') problem[key] = value;
  }
  if (Number.isInteger(body.status)) problem.status = body.status as number;
  if (Array.isArray(body.errors)) {
    const errors: FieldError[] = [];
    for (const entry of body.errors) {
      const parsed = fieldErrorSchema.safeParse(entry);
      if (parsed.success) errors.push(parsed.data);
    }
    problem.errors = errors;
  }
  return problem;
}

function tryParseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
