import type { ReceivableInput } from '@credit-kit/core/lean';
import type { AgeRequest } from './aging-engine.js';
import type { AgingRow, AgingSummary, ItemRow } from './aging-model.js';

/** Messages from the table to the aging worker. */
export type ToAgingWorker =
  | { readonly type: 'append'; readonly items: readonly ReceivableInput[] }
  | { readonly type: 'clear' }
  | { readonly type: 'age'; readonly id: number; readonly request: AgeRequest }
  | { readonly type: 'items'; readonly id: number; readonly customerId: string; readonly currency: string };

/** An error crossing the worker boundary: enough for `describeError` (matches on `name`). */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly issues?: readonly { readonly path: string; readonly code: string; readonly message: string }[];
}

/** Messages from the aging worker. Rows come in chunks so no single message is slow to receive. */
export type FromAgingWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'rows'; readonly id: number; readonly currency: string; readonly rows: readonly AgingRow[] }
  | { readonly type: 'aged'; readonly id: number; readonly summary: AgingSummary }
  | { readonly type: 'items'; readonly id: number; readonly items: readonly ItemRow[] }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError };

/** Customer rows per `rows` message (a few milliseconds to clone). */
export const ROWS_PER_MESSAGE = 1_000;
/** Items per `append` message. */
export const ITEMS_PER_MESSAGE = 1_000;

/** An error as plain data. */
export function serializeError(error: unknown): SerializedError {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as Partial<SerializedError>;
  return {
    name: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    ...(Array.isArray(e.issues) ? { issues: e.issues.map((i) => ({ path: String(i.path), code: String(i.code), message: String(i.message) })) } : {}),
  };
}

/** The error back as an `Error` with the same name, message and issues. */
export function deserializeError(data: SerializedError): Error {
  const error = new Error(data.message) as Error & { issues?: SerializedError['issues'] };
  error.name = data.name;
  if (data.issues) error.issues = data.issues;
  return error;
}
