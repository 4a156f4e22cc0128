/** What the page's Web Workers did while recorded. */
export interface WorkerRecord {
  /** Script URLs of the workers started. */
  readonly started: string[];
  /** Types of the messages posted to them (`append`, `age`, `items`, …). */
  readonly posted: string[];
  /** Types of the messages they posted back (`ready`, `rows`, `aged`, …). */
  readonly received: string[];
  /** Work was done in a worker: it was asked to age and answered with the result. */
  readonly aged: boolean;
  /** Puts the page's `Worker` back. */
  restore(): void;
}

/**
 * Records the Web Workers the page starts and their messages, by wrapping `Worker`: a test sees
 * where aging ran (a worker that was asked to `age` and answered `aged`, or none) without the
 * widget exposing how it runs.
 */
export function recordWorkers(): WorkerRecord {
  const Original = globalThis.Worker;
  const started: string[] = [];
  const posted: string[] = [];
  const received: string[] = [];
  class RecordedWorker extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started.push(String(url));
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => received.push(String(event.data?.type)));
    }
    override postMessage(message: unknown, transfer?: unknown): void {
      posted.push(String((message as { type?: string } | null)?.type));
      super.postMessage(message, transfer as Transferable[]);
    }
  }
  globalThis.Worker = RecordedWorker;
  return {
    started,
    posted,
    received,
    get aged() {
      return posted.includes('age') && received.includes('aged');
    },
    restore() {
      globalThis.Worker = Original;
    },
  };
}

/**
 * Mounts a `<ck-aging-table>` (the page's client already configured; the element defined now or once
 * it is in the document, as an autoloader does), waits for it to load, and says how it aged: the
 * customers it shows and the workers it started (`workers.aged`).
 */
export async function ageTableRecordingWorkers(asOf: string): Promise<{ customers: number; workers: WorkerRecord }> {
  const table = document.createElement('ck-aging-table');
  table.setAttribute('as-of', asOf);
  const loaded = new Promise<CustomEvent<{ customers: number }>>((resolve) =>
    table.addEventListener('ck-aging-loaded', (e) => resolve(e as CustomEvent<{ customers: number }>), { once: true }),
  );
  const workers = recordWorkers();
  document.body.append(table);
  try {
    return { customers: (await loaded).detail.customers, workers };
  } finally {
    workers.restore();
    table.remove();
  }
}
