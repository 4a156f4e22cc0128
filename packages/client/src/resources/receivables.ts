import { receivablePageSchema, type ReceivablePage } from '@credit-kit/core/lean';
import type { RequestOptions } from '../client.js';
import { endpoint, endpointName } from '../endpoint.js';
import { PaginationError, ResponseValidationError } from '../errors.js';
import { receivableQuery, receivableStreamQuery, type ReceivableQuery, type ReceivableStreamQuery } from '../queries.js';
import { parseReceivableBody, RECEIVABLE_BULK_ACCEPT } from '../receivable-body.js';
import { resolveStreamOptions, walkReceivables, type ReceivableBatch, type ReceivableStreamOptions } from '../receivable-stream.js';
import type { RestClient } from '../rest-client.js';

/** `iterateReceivables` stops with `PaginationError` past this many empty pages in a row that still point on. */
const ITERATE_MAX_EMPTY_PAGES = 3;
/** `iterateReceivables` stops with `PaginationError` when page this many still points on. */
const ITERATE_MAX_PAGES = 10_000;

export const RECEIVABLE_ENDPOINTS = {
  listReceivables: /* @__PURE__ */ endpoint<ReceivablePage>('GET', '/receivables', receivablePageSchema),
};

/** `listReceivables`, `iterateReceivables`, `streamReceivables`. */
export const receivableMethods = {
  async listReceivables(this: RestClient, query?: ReceivableQuery, options: RequestOptions = {}): Promise<ReceivablePage> {
    return this._get(RECEIVABLE_ENDPOINTS.listReceivables, receivableQuery(query), {}, options.signal);
  },

  async *iterateReceivables(this: RestClient & { listReceivables(query?: ReceivableQuery, options?: RequestOptions): Promise<ReceivablePage> }, query: ReceivableQuery = {}, options: RequestOptions = {}): AsyncGenerator<ReceivablePage, void, undefined> {
    let cursor = query.cursor;
    const used = new Set<string>(cursor === undefined ? [] : [cursor]);
    const name = endpointName(RECEIVABLE_ENDPOINTS.listReceivables);
    let pages = 0;
    let emptyInARow = 0;
    for (;;) {
      const page = await this.listReceivables({ ...query, cursor }, options);
      yield page;
      if (page.nextCursor === null) return;
      pages++;
      emptyInARow = page.items.length === 0 ? emptyInARow + 1 : 0;
      if (emptyInARow > ITERATE_MAX_EMPTY_PAGES) {
        throw new PaginationError(name, 'empty_pages', ITERATE_MAX_EMPTY_PAGES, `points past ${emptyInARow} empty pages in a row (at most ${ITERATE_MAX_EMPTY_PAGES} allowed): pagination would never end`);
      }
      if (pages >= ITERATE_MAX_PAGES) {
        throw new PaginationError(name, 'max_pages', ITERATE_MAX_PAGES, `still points to a next page after ${ITERATE_MAX_PAGES.toLocaleString('en-US')} pages`);
      }
      if (used.has(page.nextCursor)) {
        throw new ResponseValidationError(name, 200, [
          { path: 'nextCursor', code: 'cursor_loop', message: `repeats the earlier cursor "${page.nextCursor}": pagination would never end` },
        ]);
      }
      used.add(page.nextCursor);
      cursor = page.nextCursor;
    }
  },

  streamReceivables(this: RestClient, query?: ReceivableStreamQuery, options?: ReceivableStreamOptions): AsyncGenerator<ReceivableBatch, void, undefined> {
    // Arguments are checked at the call, not at the first `next()`.
    const filters = receivableStreamQuery(query);
    const { signal, ...settings } = resolveStreamOptions(options);
    const accept = settings.compact ? RECEIVABLE_BULK_ACCEPT : undefined;
    return walkReceivables((pairs, pageSignal) => this._getParsed(RECEIVABLE_ENDPOINTS.listReceivables, pairs, accept, pageSignal, parseReceivableBody), filters, settings, signal);
  },
};
