/**
 * The receivables import's parsing worker (a `node:worker_threads` entry): reads the file's chunks
 * as the main thread posts them, parses and validates every row with core's schema and posts back
 * COPY text for the staging table. See `parse-in-worker.ts` for the protocol and why.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { copyTextOfRows } from './receivable-copy-text.js';
import { ImportError, validRowBatches, type ImportFormat } from './rows.js';
import type { ToMain, WorkerSettings } from './parse-in-worker.js';

const port = parentPort!;
const settings = workerData as WorkerSettings;
const post = (message: ToMain) => port.postMessage(message);

const queue: (string | Uint8Array | null)[] = [];
let wake: (() => void) | undefined;
port.on('message', (chunk: string | Uint8Array | null) => {
  queue.push(chunk);
  wake?.();
  wake = undefined;
});

/** The file's chunks as they arrive; `null` ends it. Each taken chunk is acknowledged (flow control). */
async function* incoming(): AsyncGenerator<string | Uint8Array> {
  for (;;) {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    const chunk = queue.shift()!;
    if (chunk === null) return;
    post({ type: 'consumed' });
    yield chunk;
  }
}

async function run(format: ImportFormat): Promise<void> {
  let rows = 0;
  try {
    for await (const text of copyTextOfRows(validRowBatches('receivables', incoming(), format), (n) => (rows = n), settings.bytes)) {
      post({ type: 'copy', text, rows });
    }
    post({ type: 'done' });
  } catch (error) {
    if (error instanceof ImportError) post({ type: 'rejected', line: error.line, reason: error.reason, errors: error.errors });
    else post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  // The main thread terminates the worker once it has the last message.
}

void run(settings.format);
