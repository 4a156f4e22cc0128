import {
  CreditKitValidationError,
  RECEIVABLE_PAGE_MAX_LIMIT,
  RECEIVABLE_PARTITIONS_MAX,
  type Receivable,
  type ReceivablePage,
  type ValidationIssue,
} from '@credit-kit/core/lean';
import { raceAbort } from './abort.js';
import { BoundedQueue } from './bounded-queue.js';
import { PaginationError, ResponseValidationError } from './errors.js';
import type { QueryPairs } from './queries.js';
import type { ParsedReceivablePage, ReceivablePageFormat } from './receivable-body.js';

/** Options of `streamReceivables`. */
export interface ReceivableStreamOptions {
  /** Aborts the walk (a user's Cancel): the iteration rejects with the signal's reason and requests in flight stop. */
  signal?: AbortSignal;
  /** Page requests in flight at once (default 6, as many as a browser opens to one origin; 1–16). */
  concurrency?: number;
  /**
   * Parts asked of the host with `partition=K/N` (default 4 × `concurrency`, at most 64; 1 walks
   * unpartitioned). More parts than requests balances uneven parts.
   */
  partitions?: number;
  /** Items asked per page (default and most: the contract's largest `limit`, 10,000). */
  pageSize?: number;
  /** Ask for the compact columnar form (default true); plain JSON pages are read either way. */
  compact?: boolean;
  /** Most pages over the whole walk before it stops with `PaginationError` (default 10,000). */
  maxPages?: number;
  /** Most items over the whole walk (default 5,000,000). */
  maxItems?: number;
  /** Most empty pages in a row, in one part, that still point to a next page (default 3). */
  maxEmptyPages?: number;
}

/** One validated page of items, as the walk delivers it. */
export interface ReceivableBatch {
  /** The page's items, valid `Receivable`s (the input `ageReceivables` takes). */
  readonly items: Receivable[];
  /** Items delivered so far, this batch's included. */
  readonly loaded: number;
  /** Items the walk will deliver, once the host has said for every part (its `total`s). */
  readonly total?: number;
  /** The part (`K/N`) the page is of; absent on an unpartitioned walk (also when the host ignored `partition`). */
  readonly partition?: string;
  /** How the page came: the compact columnar form or plain JSON. */
  readonly format: ReceivablePageFormat;
}

/** Fetches one page with these query parameters (validated, typed errors, retries). */
export type ReceivablePageFetcher = (query: QueryPairs, signal: AbortSignal) => Promise<ParsedReceivablePage>;

interface StreamSettings {
  readonly concurrency: number;
  readonly partitions: number;
  readonly pageSize: number;
  readonly compact: boolean;
  readonly maxPages: number;
  readonly maxItems: number;
  readonly maxEmptyPages: number;
}

const ENDPOINT = 'GET /receivables';

/** The options with their defaults; `CreditKitValidationError` naming each bad one. */
export function resolveStreamOptions(options: ReceivableStreamOptions = {}): StreamSettings & { signal?: AbortSignal } {
  const issues: ValidationIssue[] = [];
  const whole = (name: keyof ReceivableStreamOptions, fallback: number, min: number, max: number): number => {
    const value = options[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      issues.push({ path: name, code: 'invalid', message: `must be a whole number from ${min} to ${max.toLocaleString('en-US')}` });
    }
    return value as number;
  };
  const concurrency = whole('concurrency', 6, 1, 16);
  const settings = {
    concurrency,
    partitions: whole('partitions', Math.min(RECEIVABLE_PARTITIONS_MAX, concurrency * 4), 1, RECEIVABLE_PARTITIONS_MAX),
    pageSize: whole('pageSize', RECEIVABLE_PAGE_MAX_LIMIT, 1, RECEIVABLE_PAGE_MAX_LIMIT),
    compact: options.compact ?? true,
    maxPages: whole('maxPages', 10_000, 1, Number.MAX_SAFE_INTEGER),
    maxItems: whole('maxItems', 5_000_000, 1, Number.MAX_SAFE_INTEGER),
    maxEmptyPages: whole('maxEmptyPages', 3, 0, Number.MAX_SAFE_INTEGER),
  };
  if (typeof settings.compact !== 'boolean') issues.push({ path: 'compact', code: 'invalid', message: 'must be true or false' });
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) issues.push({ path: 'signal', code: 'invalid', message: 'must be an AbortSignal' });
  if (issues.length > 0) throw new CreditKitValidationError('receivable stream options', issues);
  return { ...settings, ...(options.signal ? { signal: options.signal } : {}) };
}

/**
 * Walks every page of `GET /receivables` for `query`: the host's parts (`partition=K/N`) with at
 * most `concurrency` requests in flight, each part by its own cursor. The first request (part 0)
 * goes alone: a page that does not echo `partition` means the host ignores partitions, and the
 * walk goes on as one unpartitioned cursor walk (never the same items twice). Batches of different
 * parts interleave; a part's pages, and so each customer's items, come in the host's order. At
 * most `concurrency` batches wait for the consumer, so a slow consumer slows the requests. Bounded
 * by `maxPages`, `maxItems`, `maxEmptyPages` and cursor loops (`PaginationError`).
 */
export async function* walkReceivables(
  fetchPage: ReceivablePageFetcher,
  query: QueryPairs,
  settings: StreamSettings,
  signal: AbortSignal | undefined,
): AsyncGenerator<ReceivableBatch, void, undefined> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const queue = new BoundedQueue<ReceivableBatch>(settings.concurrency);
  const walk = new Walk(fetchPage, query, settings, queue, controller.signal);
  walk.run().then(
    () => queue.end(),
    (error: unknown) => queue.fail(signal?.aborted ? signal.reason : error),
  );
  try {
    for (;;) {
      const next = await raceAbort(queue.take(), controller.signal);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // The consumer stopped early, failed or finished: nothing may keep fetching.
    if (!controller.signal.aborted) controller.abort(new DOMException('The receivables walk was stopped.', 'AbortError'));
    signal?.removeEventListener('abort', onAbort);
  }
}

/** One walk's state: counts across parts and the parts' totals. */
class Walk {
  #pages = 0;
  #loaded = 0;
  /** Set by the first failure, so the other parts' workers start nothing new. */
  #failed = false;
  readonly #totals = new Map<string, number | undefined>();

  constructor(
    private readonly fetchPage: ReceivablePageFetcher,
    private readonly query: QueryPairs,
    private readonly settings: StreamSettings,
    private readonly queue: BoundedQueue<ReceivableBatch>,
    private readonly signal: AbortSignal,
  ) {}

  async run(): Promise<void> {
    const { partitions, concurrency } = this.settings;
    if (partitions === 1) return this.walkPart(undefined, false);
    const first = `0/${partitions}`;
    const probe = await this.fetch(first, undefined);
    if (probe.page.partition === undefined) {
      // The host ignored `partition`: its pages are of the whole set; walk them once, unpartitioned.
      return this.walkPart(first, false, probe);
    }
    const parts = Array.from({ length: partitions }, (_, k) => `${k}/${partitions}`);
    for (const part of parts) this.#totals.set(part, undefined);
    let next = 1;
    const worker = async (start?: string, firstPage?: ParsedReceivablePage): Promise<void> => {
      if (start !== undefined) await this.walkPart(start, true, firstPage);
      while (next < parts.length && !this.signal.aborted && !this.#failed) await this.walkPart(parts[next++]!, true);
    };
    const workers = [worker(first, probe), ...Array.from({ length: Math.min(concurrency, partitions) - 1 }, () => worker())];
    // The first failure ends the walk; the others' requests are aborted by the generator.
    await Promise.all(
      workers.map((work) =>
        work.catch((error: unknown) => {
          this.#failed = true;
          throw error;
        }),
      ),
    );
  }

  /** Every page of one part (or of the whole set when `part` is ignored or absent), from `firstPage` on if given. */
  async walkPart(part: string | undefined, partitioned: boolean, firstPage?: ParsedReceivablePage): Promise<void> {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let emptyInARow = 0;
    let parsed = firstPage;
    for (;;) {
      if (!parsed) {
        await this.queue.room();
        this.signal.throwIfAborted();
        if (this.#failed) return;
        parsed = await this.fetch(part, cursor);
      }
      const { page, format } = parsed;
      parsed = undefined;
      if (partitioned && page.partition !== part) {
        throw new ResponseValidationError(ENDPOINT, 200, [
          {
            path: 'partition',
            code: 'partition_mismatch',
            message: page.partition === undefined ? `is missing on a page of part ${part}: the host honoured partition=K/N only sometimes` : `is "${page.partition}", not the part asked for (${part})`,
          },
        ]);
      }
      this.count(page, part, partitioned);
      emptyInARow = page.items.length === 0 ? emptyInARow + 1 : 0;
      if (page.items.length > 0) {
        const total = this.total(partitioned ? undefined : page.total);
        this.queue.push({
          items: page.items,
          loaded: this.#loaded,
          ...(total !== undefined ? { total } : {}),
          ...(partitioned ? { partition: part! } : {}),
          format,
        });
      }
      if (page.nextCursor === null) return;
      if (seen.has(page.nextCursor) || page.nextCursor === cursor) {
        throw new PaginationError(ENDPOINT, 'cursor_loop', 0, `repeats the earlier cursor "${page.nextCursor}"${part && partitioned ? ` of part ${part}` : ''}: pagination would never end`);
      }
      if (emptyInARow > this.settings.maxEmptyPages) {
        throw new PaginationError(ENDPOINT, 'empty_pages', this.settings.maxEmptyPages, `points past ${emptyInARow} empty pages in a row (at most ${this.settings.maxEmptyPages} allowed): pagination would never end`);
      }
      seen.add(page.nextCursor);
      cursor = page.nextCursor;
    }
  }

  fetch(part: string | undefined, cursor: string | undefined): Promise<ParsedReceivablePage> {
    const query: [string, string | number][] = [...(this.query as [string, string][])];
    if (part !== undefined) query.push(['partition', part]);
    if (cursor !== undefined) query.push(['cursor', cursor]);
    query.push(['limit', this.settings.pageSize]);
    return this.fetchPage(query, this.signal);
  }

  /** Counts a page against the walk's bounds. */
  count(page: ReceivablePage, part: string | undefined, partitioned: boolean): void {
    const { maxPages, maxItems, pageSize } = this.settings;
    if (page.items.length > pageSize) {
      throw new PaginationError(ENDPOINT, 'page_too_large', pageSize, `has ${page.items.length} entries, more than the ${pageSize} asked for`);
    }
    this.#pages++;
    this.#loaded += page.items.length;
    if (this.#pages > maxPages) throw new PaginationError(ENDPOINT, 'max_pages', maxPages, `still points to a next page after ${maxPages.toLocaleString('en-US')} pages (the walk's maxPages)`);
    if (this.#loaded > maxItems) throw new PaginationError(ENDPOINT, 'max_items', maxItems, `leads past ${maxItems.toLocaleString('en-US')} items (the walk's maxItems)`);
    if (partitioned && part !== undefined && this.#totals.get(part) === undefined && page.total !== undefined) this.#totals.set(part, page.total);
  }

  /** The whole walk's total: the page's on an unpartitioned walk, else the parts' sum once all are known. */
  total(unpartitioned: number | undefined): number | undefined {
    if (this.#totals.size === 0) return unpartitioned;
    let sum = 0;
    for (const total of this.#totals.values()) {
      if (total === undefined) return undefined;
      sum += total;
    }
    return sum;
  }
}
