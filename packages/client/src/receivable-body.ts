import { checkReceivableColumnsPage, checkReceivablePage, RECEIVABLE_COLUMNS_MEDIA_TYPE, type ReceivablePage } from '@credit-kit/core/lean';
import { ResponseValidationError } from './errors.js';
import { parseJsonBody } from './response-body.js';

/** `Accept` of bulk receivable pages: the compact form first, plain JSON as the fallback, problems for errors. */
export const RECEIVABLE_BULK_ACCEPT = `${RECEIVABLE_COLUMNS_MEDIA_TYPE}, application/json;q=0.9, application/problem+json`;

/** How a page came over the wire. */
export type ReceivablePageFormat = 'columns' | 'json';

/** A validated page and the form it came in. */
export interface ParsedReceivablePage {
  readonly page: ReceivablePage;
  readonly format: ReceivablePageFormat;
}

/**
 * Reads a `GET /receivables` success body by its content type: the compact columnar page, or a
 * JSON page (what a host that ignores the `Accept` sends). Validated with core's fast page checks,
 * which accept exactly what the schemas accept; `ResponseValidationError` names each bad path.
 */
export function parseReceivableBody(endpoint: string, status: number, contentType: string | null, bodyText: string): ParsedReceivablePage {
  const json = parseJsonBody(endpoint, status, contentType, bodyText);
  const format: ReceivablePageFormat = mediaType(contentType) === RECEIVABLE_COLUMNS_MEDIA_TYPE ? 'columns' : 'json';
  const checked = format === 'columns' ? checkReceivableColumnsPage(json) : checkReceivablePage(json);
  if (!checked.ok) throw new ResponseValidationError(endpoint, status, checked.issues);
  return { page: checked.page, format };
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
