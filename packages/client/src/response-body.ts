import { validate } from '@credit-kit/core/lean';
import { ResponseValidationError } from './errors.js';

/** What the client needs of a core (zod/mini) schema: `safeParse`. */
export interface ResponseSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/**
 * Parses a success response body as JSON and validates it with `schema`. Anything else raises
 * `ResponseValidationError` naming the endpoint: an empty or non-JSON body (with its content
 * type, which usually gives away an HTML error page), or each path that breaks the schema.
 */
export function parseResponseBody<T>(
  endpoint: string,
  status: number,
  contentType: string | null,
  bodyText: string,
  schema: ResponseSchema<T>,
): T {
  // Bounded and never a RangeError: a huge or deeply nested body is still this endpoint's contract break.
  const result = validate(schema, parseJsonBody(endpoint, status, contentType, bodyText));
  if (!result.success) throw new ResponseValidationError(endpoint, status, result.issues);
  return result.data;
}

/** The JSON value of a success body; `ResponseValidationError` when it is empty or not JSON. */
export function parseJsonBody(endpoint: string, status: number, contentType: string | null, bodyText: string): unknown {
  let json: unknown;
  if (bodyText.trim() === '') {
    throw new ResponseValidationError(endpoint, status, [
      { path: '', code: 'invalid_json', message: 'is empty: expected a JSON body' },
    ]);
  }
  try {
    json = JSON.parse(bodyText);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ResponseValidationError(endpoint, status, [{ path: '', code: 'too_complex', message: 'is too deeply nested to read' }]);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ResponseValidationError(endpoint, status, [
      {
        path: '',
        code: 'invalid_json',
        message: `is not valid JSON (content type ${contentType ?? 'none'}): ${reason}`,
      },
    ]);
  }
  return json;
}
