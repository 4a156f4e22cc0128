import type { ReceivableInput } from '@credit-kit/core/lean';
import type { AgeRequest, AgingOutcome } from './data/aging-engine.js';
import type { AgingRow, ItemRow } from './data/aging-model.js';
import { deserializeError, ITEMS_PER_MESSAGE, type FromAgingWorker, type ToAgingWorker } from './data/aging-protocol.js';
import type { TimeSlicer } from './view/time-slice.js';
import { MainThreadExecutor } from './main-thread-executor.js';

/** Where aging runs: a Web Worker, or the main thread in time slices when no worker can start. */
export interface AgingExecutor {
  readonly kind: 'worker' | 'main-thread';
  /** Hands items over; large arrays go in chunks with pauses between them. */
  append(items: readonly ReceivableInput[], slicer: TimeSlicer): Promise<void>;
  /** Forgets every item. */
  clear(): void;
  /** Ages every item handed over. */
  age(request: AgeRequest): Promise<AgingOutcome>;
  /** The open items of one customer row (after `age`). */
  itemsOf(customerId: string, currency: string): Promise<ItemRow[]>;
  /** Stops the worker. */
  dispose(): void;
}

/** How to start the aging executor. */
export interface AgingExecutorOptions {
  /** Run on the main thread (in time slices) without trying a worker. */
  readonly noWorker?: boolean;
  /** URL of the worker module, for builds that move it (CDN bundles). */
  readonly workerUrl?: string | URL;
  /** How long the worker may take to start before the main thread takes over, ms. */
  readonly startTimeoutMs?: number;
}

/**
 * The default worker. Bundlers (Vite, webpack, Parcel) recognise this exact form and emit the
 * worker with its imports; the package build ships `aging.worker.js` beside this module. Under a
 * dev server that serves the TypeScript sources (web-dev-server, web-test-runner) the module's own
 * URL ends in `.ts` and the `.ts` worker beside it is loaded (a computed URL, which bundlers ignore).
 */
function defaultWorker(): Worker {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) {
    here.pathname = here.pathname.replace(/[^/]+$/, 'aging.worker.ts');
    here.search = '';
    return new Worker(here, { type: 'module' });
  }
  return new Worker(new URL('./aging.worker.js', import.meta.url), { type: 'module' });
}

/** The main-thread fallback, when no worker can run. */
async function mainThreadExecutor(): Promise<AgingExecutor> {
  return new MainThreadExecutor();
}

/**
 * Starts a worker and waits for its `ready` message. When no worker can start — no `Worker`,
 * a Content-Security-Policy without `worker-src`, a `file://` page, a missing worker file, a
 * time-out — ages on the main thread in time slices instead (never one long task).
 */
export async function startAgingExecutor(options: AgingExecutorOptions = {}): Promise<AgingExecutor> {
  if (options.noWorker || typeof Worker === 'undefined') return mainThreadExecutor();
  let worker: Worker;
  try {
    worker = options.workerUrl ? new Worker(options.workerUrl, { type: 'module' }) : defaultWorker();
  } catch {
    return mainThreadExecutor();
  }
  const started = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), options.startTimeoutMs ?? 15_000);
    const onMessage = (event: MessageEvent<FromAgingWorker>) => {
      if (event.data?.type === 'ready') done(true);
    };
    const onError = (event: Event) => {
      event.preventDefault();
      done(false);
    };
    function done(ok: boolean) {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(ok);
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  if (!started) {
    worker.terminate();
    return mainThreadExecutor();
  }
  return new WorkerExecutor(worker);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  rows?: Map<string, AgingRow[]>;
}

class WorkerExecutor implements AgingExecutor {
  readonly kind = 'worker' as const;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failed?: Error;

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<FromAgingWorker>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(new Error(`The aging worker stopped: ${(event as ErrorEvent).message ?? 'unknown error'}`));
    });
  }

  async append(items: readonly ReceivableInput[], slicer: TimeSlicer): Promise<void> {
    for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE) {
      this.send({ type: 'append', items: items.slice(start, start + ITEMS_PER_MESSAGE) });
      if (start + ITEMS_PER_MESSAGE < items.length) await slicer.checkpoint();
    }
  }

  clear(): void {
    this.send({ type: 'clear' });
  }

  age(request: AgeRequest): Promise<AgingOutcome> {
    return this.request((id) => ({ type: 'age', id, request }), true) as Promise<AgingOutcome>;
  }

  itemsOf(customerId: string, currency: string): Promise<ItemRow[]> {
    return this.request((id) => ({ type: 'items', id, customerId, currency }), false) as Promise<ItemRow[]>;
  }

  dispose(): void {
    this.worker.terminate();
    this.fail(new Error('The aging worker was stopped.'));
  }

  private send(message: ToAgingWorker): void {
    if (this.failed) throw this.failed;
    this.worker.postMessage(message);
  }

  private request(make: (id: number) => ToAgingWorker, collectRows: boolean): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(collectRows ? { rows: new Map() } : {}) });
      try {
        this.send(make(id));
      } catch (error) {
        this.pending.delete(id);
        reject(error);
      }
    });
  }

  private receive(message: FromAgingWorker): void {
    if (message.type === 'ready') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'rows': {
        let list = pending.rows!.get(message.currency);
        if (!list) pending.rows!.set(message.currency, (list = []));
        for (const row of message.rows) list.push(row);
        return;
      }
      case 'aged':
        this.pending.delete(message.id);
        pending.resolve({ summary: message.summary, rows: orderedRows(message.summary.totals.map((t) => t.currency), pending.rows!) });
        return;
      case 'items':
        this.pending.delete(message.id);
        pending.resolve(message.items);
        return;
      case 'error':
        this.pending.delete(message.id);
        pending.reject(deserializeError(message.error));
        return;
    }
  }

  private fail(error: Error): void {
    this.failed = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** Rows in the currency order of the totals; currencies without rows get an empty list. */
function orderedRows(currencies: readonly string[], rows: Map<string, AgingRow[]>): Map<string, AgingRow[]> {
  const ordered = new Map<string, AgingRow[]>();
  for (const currency of currencies) ordered.set(currency, rows.get(currency) ?? []);
  return ordered;
}
