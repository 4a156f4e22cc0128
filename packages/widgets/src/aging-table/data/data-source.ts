import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_AGING_BUCKETS,
  collectionStage,
  customerCollectionStage,
  type CollectionStage,
  todayIso,
  DEFAULT_CREDIT_POLICY,
  type AgingBucket,
  type CollectionPolicy,
  type CreditPolicy,
  type ReceivableInput,
} from '@credit-kit/core/lean';
import type { CreditKitClient } from '@credit-kit/client';
import type { AgingExecutor } from '../aging-executor.js';
import { DEFAULT_SLICE_MS, TimeSlicer } from '../view/time-slice.js';
import type { AgingReportInput, AgingRow, ItemRow } from './aging-model.js';
import { backendAsOf } from './backend-as-of.js';
import { addReportPage, dataFromReport, labelledBuckets, type TableData } from './table-data.js';
import { startAgingExecutor } from '../aging-executor.js';

/** How far a load has come, for the progress bar. */
export interface Progress {
  readonly phase: 'fetching' | 'aging' | 'report';
  readonly loaded: number;
  readonly total?: number;
}

/** What to load: the table's properties when a load starts. */
export interface DataRequest {
  readonly mode: 'client' | 'server';
  /** The day asked for; absent, the backend's (the day its data is as of). */
  readonly asOf?: string | undefined;
  readonly items?: readonly ReceivableInput[] | undefined;
  readonly report?: AgingReportInput | undefined;
  readonly buckets?: readonly AgingBucket[] | undefined;
  readonly collection?: CollectionPolicy | undefined;
  readonly pageSize: number;
  /** The page size the host chose for client mode; absent, the contract's largest page. */
  readonly clientPageSize?: number | undefined;
  readonly noWorker: boolean;
  readonly workerUrl?: string | URL | undefined;
}

/** The first page of the host's report, in server mode. */
export interface FirstPage {
  readonly cursor: string | null;
  readonly totalRows: number;
  readonly loaded: number;
}

/** What a load produced. */
export interface LoadedData {
  readonly data: TableData;
  readonly firstPage?: FirstPage;
}

/** How long an unused executor (its worker) is kept after the table leaves the page, in case it is only being moved. */
const EXECUTOR_KEEP_MS = 30_000;

/**
 * Where the table's rows come from, in this order: aged rows handed over (`report`), open items
 * handed over and aged here (`items`), every open item fetched by cursor pages and aged here
 * (client mode), or the first page of the host's report (server mode). Aging runs in the
 * `AgingExecutor` (a worker, or the main thread in slices), kept while the table is on the page.
 */
export class DataSourceController implements ReactiveController {
  /** How far the running load has come. */
  progress?: Progress;
  /** The host's policy, when the table had to fetch it. */
  policy?: CreditPolicy;
  /** The request the data was loaded for. */
  request?: DataRequest;

  private job = 0;
  private executor?: Promise<AgingExecutor>;
  private executorItems?: readonly ReceivableInput[];
  private disposeTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Bucket set: the table's, else the policy's, else core's defaults. */
  agingBuckets(): readonly AgingBucket[] {
    return this.request?.buckets ?? this.policy?.agingBuckets ?? DEFAULT_AGING_BUCKETS;
  }

  /** Collection thresholds: the table's, else the policy's, else core's defaults. */
  collectionPolicy(collection: CollectionPolicy | undefined): CollectionPolicy {
    return collection ?? this.policy?.collection ?? DEFAULT_CREDIT_POLICY.collection;
  }

  /** A customer row's collection stage (by its oldest item) under those thresholds. */
  customerStage(row: AgingRow, collection: CollectionPolicy | undefined): CollectionStage | undefined {
    return customerCollectionStage(row.maxDaysOverdue, this.collectionPolicy(collection));
  }

  /** An item's collection stage (a disputed one is on hold) under those thresholds. */
  itemStage(item: ItemRow, collection: CollectionPolicy | undefined): CollectionStage {
    return collectionStage(item.daysOverdue, this.collectionPolicy(collection), item.disputed);
  }

  /** The executor that aged the data, when the data was aged here. */
  agedBy(): Promise<AgingExecutor> | undefined {
    return this.executor;
  }

  /**
   * Loads for the table's properties as they are now (`asOf` a valid day or absent);
   * `client` is asked only when the data is not handed over.
   */
  async load(properties: DataRequest, client: () => CreditKitClient, signal: AbortSignal): Promise<LoadedData> {
    const job = ++this.job;
    const { mode, asOf, items, report, buckets, collection, pageSize, clientPageSize, noWorker, workerUrl } = properties;
    const request: DataRequest = { mode, asOf, items, report, buckets, collection, pageSize, clientPageSize, noWorker, workerUrl };
    this.request = request;
    this.setProgress(undefined);
    try {
      // Data handed over has no backend to say its day: the page's, else today.
      if (request.report) {
        this.policy = undefined;
        return { data: dataFromReport(request.report, request.asOf ?? todayIso()) };
      }
      if (request.items) {
        this.policy = undefined;
        return { data: await this.ageHandedOver(request, request.items, request.asOf ?? todayIso(), signal) };
      }
      const api = client();
      const needPolicy = request.mode === 'server' ? !request.collection : !request.buckets || !request.collection;
      if (request.mode === 'server') {
        this.policy = needPolicy ? await api.getCreditPolicy({ signal }) : undefined;
        return await this.loadFirstPage(api, request, signal);
      }
      const [policy, asOf] = await Promise.all([
        needPolicy ? api.getCreditPolicy({ signal }) : undefined,
        request.asOf ?? backendAsOf(api, signal),
      ]);
      this.policy = policy;
      return { data: await this.fetchAndAge(api, request, asOf, signal) };
    } finally {
      if (job === this.job) this.setProgress(undefined);
    }
  }

  hostConnected(): void {
    if (this.disposeTimer) clearTimeout(this.disposeTimer);
    this.disposeTimer = undefined;
  }

  hostDisconnected(): void {
    if (!this.executor || this.disposeTimer) return;
    this.disposeTimer = setTimeout(() => {
      const executor = this.executor;
      this.executor = undefined;
      this.executorItems = undefined;
      this.disposeTimer = undefined;
      void executor?.then((e) => e.dispose());
    }, EXECUTOR_KEEP_MS);
  }

  private setProgress(progress: Progress | undefined): void {
    this.progress = progress;
    this.host.requestUpdate();
  }

  private startExecutor(request: DataRequest): Promise<AgingExecutor> {
    if (this.disposeTimer) clearTimeout(this.disposeTimer);
    this.disposeTimer = undefined;
    this.executor ??= startAgingExecutor({ noWorker: request.noWorker, ...(request.workerUrl ? { workerUrl: request.workerUrl } : {}) });
    return this.executor;
  }

  private async ageHandedOver(request: DataRequest, items: readonly ReceivableInput[], asOf: string, signal: AbortSignal): Promise<TableData> {
    const executor = await this.startExecutor(request);
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => signal.aborted);
    if (this.executorItems !== items) {
      this.executorItems = undefined;
      executor.clear();
      this.setProgress({ phase: 'aging', loaded: items.length });
      await executor.append(items, slicer);
      this.executorItems = items;
    }
    return this.age(executor, asOf, items.length, signal);
  }

  private async fetchAndAge(client: CreditKitClient, request: DataRequest, asOf: string, signal: AbortSignal): Promise<TableData> {
    const executor = await this.startExecutor(request);
    this.executorItems = undefined;
    executor.clear();
    const slicer = new TimeSlicer(DEFAULT_SLICE_MS, () => signal.aborted);
    let loaded = 0;
    this.setProgress({ phase: 'fetching', loaded });
    // The whole portfolio in bounded concurrent parts and the compact form where the host serves them
    // (plain cursor pages of JSON where it does not); a walk with no end fails typed (PaginationError).
    // A page size the host chose means pages of that size in one walk, as before the bulk loader.
    const pageSize = request.clientPageSize === undefined ? {} : { pageSize: request.clientPageSize, partitions: 1 };
    for await (const batch of client.streamReceivables({ asOf }, { signal, ...pageSize })) {
      await executor.append(batch.items, slicer);
      loaded = batch.loaded;
      this.setProgress({ phase: 'fetching', loaded, ...(batch.total !== undefined ? { total: batch.total } : {}) });
    }
    return this.age(executor, asOf, loaded, signal);
  }

  private async age(executor: AgingExecutor, asOf: string, count: number, signal: AbortSignal): Promise<TableData> {
    this.setProgress({ phase: 'aging', loaded: count });
    const outcome = await executor.age({ asOf, buckets: this.agingBuckets() });
    signal.throwIfAborted();
    const rows = new Map<string, AgingRow[]>();
    for (const [currency, list] of outcome.rows) rows.set(currency, list as AgingRow[]);
    return {
      source: 'engine',
      asOf: outcome.summary.asOf,
      buckets: outcome.summary.buckets,
      rows,
      totals: new Map(outcome.summary.totals.map((t) => [t.currency, t])),
    };
  }

  private async loadFirstPage(client: CreditKitClient, request: DataRequest, signal: AbortSignal): Promise<LoadedData> {
    this.setProgress({ phase: 'report', loaded: 0 });
    // No as-of asked: the report is as of the host's data, and says which day that is.
    const report = await client.getAgingReport({ ...(request.asOf ? { asOf: request.asOf } : {}), groupBy: 'customer', limit: request.pageSize }, { signal });
    const data: TableData = { source: 'server', asOf: report.asOf, buckets: labelledBuckets(report.buckets), rows: new Map(), totals: new Map() };
    addReportPage(data, report);
    return { data, firstPage: { cursor: report.nextCursor, totalRows: report.totalRows, loaded: report.rows.length } };
  }
}
