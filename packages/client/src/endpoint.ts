import type { ResponseSchema } from './response-body.js';

/**
 * When an endpoint may be retried: `read` (GETs: network errors, timeouts, 429, 500, 502, 503, 504),
 * `idempotent-write` (a POST carrying an `Idempotency-Key`: the same, plus 409 "still in flight"),
 * `none` (every other POST).
 */
export type RetryClass = 'read' | 'idempotent-write' | 'none';

/** One endpoint of the host contract. */
export interface Endpoint<T> {
  readonly method: 'GET' | 'POST';
  /** Path template relative to the base URL, e.g. `/customers/{id}`. */
  readonly path: string;
  /** Core schema of the success body. */
  readonly schema: ResponseSchema<T>;
  readonly retry: RetryClass;
  /** Served with an `ETag`; the client revalidates with `If-None-Match`. */
  readonly conditional: boolean;
  /** Member of the body that must equal the `{id}` asked for (a body about another resource is refused). */
  readonly identity?: 'id' | 'customerId';
}

export function endpoint<T>(
  method: 'GET' | 'POST',
  path: string,
  schema: ResponseSchema<T>,
  extra: { retry?: RetryClass; conditional?: boolean; identity?: 'id' | 'customerId' } = {},
): Endpoint<T> {
  return {
    method,
    path,
    schema,
    retry: extra.retry ?? (method === 'GET' ? 'read' : 'none'),
    conditional: extra.conditional ?? false,
    ...(extra.identity ? { identity: extra.identity } : {}),
  };
}

/** `GET /customers/{id}`: how errors name an endpoint. */
export function endpointName(endpoint: Endpoint<unknown>): string {
  return `${endpoint.method} ${endpoint.path}`;
}
