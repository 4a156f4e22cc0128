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
