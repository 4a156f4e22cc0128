/**
 * The aging Web Worker: holds the open items the table fetched (or was given) and ages them with
 * core's `ageReceivables`, so a million items never block the page. Started by `aging-executor.ts`
 * as a module worker: `new Worker(new URL('./aging.worker.js', import.meta.url), { type: 'module' })`.
 */
import { AgingEngine } from './data/aging-engine.js';
import { ROWS_PER_MESSAGE, serializeError, type FromAgingWorker, type ToAgingWorker } from './data/aging-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToAgingWorker>) => void) | null;
  postMessage(message: FromAgingWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = new AgingEngine();

scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(message: ToAgingWorker): Promise<void> {
  switch (message.type) {
    case 'append':
      engine.append(message.items);
      return;
    case 'clear':
      engine.clear();
      return;
    case 'age':
      try {
        const outcome = await engine.age(message.request);
        for (const [currency, rows] of outcome.rows) {
          for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
            scope.postMessage({ type: 'rows', id: message.id, currency, rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
          }
        }
        scope.postMessage({ type: 'aged', id: message.id, summary: outcome.summary });
      } catch (error) {
        scope.postMessage({ type: 'error', id: message.id, error: serializeError(error) });
      }
      return;
    case 'items':
      try {
        scope.postMessage({ type: 'items', id: message.id, items: engine.itemsOf(message.customerId, message.currency) });
      } catch (error) {
        scope.postMessage({ type: 'error', id: message.id, error: serializeError(error) });
      }
      return;
  }
}

scope.postMessage({ type: 'ready' });
