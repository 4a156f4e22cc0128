import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditKitClient } from '@credit-kit/client';
import type { FirstPage } from './data-source.js';
import { addReportPage, type TableData } from './table-data.js';

/** Where paging through the host's report stands (server mode). */
export interface ServerPaging {
  cursor: string | null;
  totalRows: number;
  loaded: number;
  loading: boolean;
  error?: unknown;
}

/**
 * Server mode's "load more": the next page of `GET /receivables/aging` by cursor, when the user
 * presses Load more or scrolls near the end of the loaded rows; a failure is shown beside the
 * button, which then retries.
 */
export class ServerPagingController implements ReactiveController {
  paging?: ServerPaging;
  private abort?: AbortController;

  /** `onPage` runs after a page was added to the data (the view is refreshed). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPage: () => void,
  ) {
    host.addController(this);
  }

  /** Starts paging after the first page (or stops, for data that is not paged). */
  reset(first?: FirstPage): void {
    this.abort?.abort();
    this.paging = first ? { ...first, loading: false } : undefined;
    this.host.requestUpdate();
  }

  /** More rows exist than are loaded. */
  get partial(): boolean {
    return !!this.paging && this.paging.cursor !== null;
  }

  /** Whether a page should load now, with the view's last drawn row at `end` of `length`, `pageSize` rows a screen. */
  wantsMore(end: number, length: number, pageSize: number): boolean {
    const paging = this.paging;
    if (!paging || paging.cursor === null || paging.loading || paging.error) return false;
    return end >= length - pageSize * 2;
  }

  async loadMore(data: TableData | undefined, client: () => CreditKitClient, pageSize: number): Promise<void> {
    const paging = this.paging;
    if (!paging || !data || data.source !== 'server' || paging.loading || paging.cursor === null) return;
    paging.loading = true;
    paging.error = undefined;
    this.host.requestUpdate();
    const abort = (this.abort = new AbortController());
    try {
      const report = await client().getAgingReport({ asOf: data.asOf, groupBy: 'customer', cursor: paging.cursor, limit: pageSize }, { signal: abort.signal });
      if (abort.signal.aborted || this.paging !== paging) return;
      addReportPage(data, report);
      paging.loaded += report.rows.length;
      paging.cursor = report.nextCursor;
      paging.totalRows = report.totalRows;
      paging.loading = false;
      this.onPage();
    } catch (error) {
      if (abort.signal.aborted) return;
      paging.loading = false;
      paging.error = error;
    }
    this.host.requestUpdate();
  }

  /** Stops the page being loaded (Cancel); Load more stays to load it later. */
  cancel(): void {
    if (!this.paging?.loading) return;
    this.abort?.abort();
    this.paging.loading = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }
}
