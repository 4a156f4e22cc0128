import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FieldError } from '@credit-kit/core';
import { receivableCopyTextHere, type ReceivableCopyText } from './receivable-copy-text.js';
import { ImportError, type ImportFormat } from './rows.js';

/**
 * A receivables import parses and validates its rows on a worker thread while the database takes
 * the COPY text on this one: on PGlite the database is this thread too, so parsing (about half of a
 * million-row import's CPU) and loading overlap instead of taking turns, and the event loop stays
 * free for other requests. The worker runs the same code as `receivableCopyTextHere`, so the rows,
 * the COPY text and the first bad row's `ImportError` are the same.
 *
 * Flow control keeps memory bounded whatever the file's size: at most `MAX_CHUNKS_IN_FLIGHT` of the
 * file's chunks are with the worker, and the file is read on only while less than
 * `MAX_QUEUED_BYTES` of COPY text waits for the database.
 */

/** Settings the worker starts with. */
export interface WorkerSettings {
  readonly format: ImportFormat;
  readonly bytes: number;
}

/** What the worker posts: a file chunk taken, COPY text for `rows` rows, the end, or the first bad row. */
export type ToMain =
  | { readonly type: 'consumed' }
  | { readonly type: 'copy'; readonly text: string; readonly rows: number }
  | { readonly type: 'done' }
  | { readonly type: 'rejected'; readonly line: number; readonly reason: string; readonly errors: readonly FieldError[] }
  | { readonly type: 'failed'; readonly message: string };

const MAX_CHUNKS_IN_FLIGHT = 4;
const MAX_QUEUED_BYTES = 16 * 1024 * 1024;
/** COPY text per message from the worker: fewer, larger messages. */
const WORKER_CHUNK_BYTES = 1024 * 1024;

/**
 * Every row allocates short-lived objects (cells, the schema's output, its COPY line): with a young
 * generation this size they die there, and the worker parses about 30 % faster than with the
 * default (measured on 300,000 rows).
 */
const WORKER_YOUNG_GENERATION_MB = 128;

const WORKER_URL = new URL('./parse-worker.js', import.meta.url);

/**
 * Whether the built worker is beside this module (`dist/import/parse-worker.js`). A bundle that
 * inlines this module without it parses on its own thread instead.
 */
export function parsingWorkerAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

function iteratorOf(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>) {
  return Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
}

/** `ReceivableCopyText` on a worker thread. */
export const receivableCopyTextInWorker: ReceivableCopyText = async function* (source, format, onRows) {
  const worker = new Worker(WORKER_URL, {
    workerData: { format, bytes: WORKER_CHUNK_BYTES } satisfies WorkerSettings,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const ready: string[] = [];
  let queuedBytes = 0;
  let inFlight = 0;
  let finished = false;
  let failure: Error | undefined;
  let notify: (() => void) | undefined;
  const wake = () => {
    notify?.();
    notify = undefined;
  };
  worker.on('message', (message: ToMain) => {
    if (message.type === 'consumed') inFlight--;
    else if (message.type === 'copy') {
      ready.push(message.text);
      queuedBytes += message.text.length;
      onRows(message.rows);
    } else if (message.type === 'done') finished = true;
    else if (message.type === 'rejected') failure ??= new ImportError(message.line, message.reason, message.errors);
    else failure ??= new Error(`the import's parsing worker failed: ${message.message}`);
    wake();
  });
  worker.on('error', (error: Error) => {
    failure ??= error;
    wake();
  });
  worker.on('exit', (code) => {
    if (!finished) failure ??= new Error(`the import's parsing worker stopped (exit code ${code})`);
    wake();
  });
  const input = iteratorOf(source);
  let sourceDone = false;
  try {
    for (;;) {
      while (!sourceDone && !failure && inFlight < MAX_CHUNKS_IN_FLIGHT && queuedBytes < MAX_QUEUED_BYTES) {
        const next = await input.next();
        if (next.done) {
          sourceDone = true;
          worker.postMessage(null);
        } else if (typeof next.value === 'string') {
          inFlight++;
          worker.postMessage(next.value);
        } else {
          // A copy of the bytes, moved to the worker: a stream's Buffer may share a pooled ArrayBuffer.
          const bytes = Uint8Array.prototype.slice.call(next.value);
          inFlight++;
          worker.postMessage(bytes, [bytes.buffer]);
        }
      }
      if (failure) throw failure;
      if (ready.length > 0) {
        const text = ready.shift()!;
        queuedBytes -= text.length;
        yield text;
        continue;
      }
      if (finished) return;
      await new Promise<void>((resolve) => (notify = resolve));
    }
  } finally {
    finished = true;
    await worker.terminate();
    if (!sourceDone) await input.return?.();
  }
};

/** The worker where it is built, else this thread. */
export function receivableCopyText(): ReceivableCopyText {
  return parsingWorkerAvailable() ? receivableCopyTextInWorker : receivableCopyTextHere;
}
