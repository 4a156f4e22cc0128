import { createMockBackend, type MockBackend } from './backend.js';
import type { MockBackendOptions } from './options.js';

/** Options of `installMockServiceWorker`. */
export interface MockServiceWorkerOptions extends MockBackendOptions {
  /** An existing backend to serve (its options are used; the others here are ignored). */
  readonly backend?: MockBackend;
  /** URL of MSW's worker script; it must be served at the root to control the page. Default `/mockServiceWorker.js`. */
  readonly serviceWorkerUrl?: string;
  /** Log every mocked request in the console. Default false. */
  readonly verbose?: boolean;
}

/** A started service worker. */
export interface InstalledMockServiceWorker {
  readonly backend: MockBackend;
  /** Stops intercepting requests. */
  stop(): void;
}

/**
 * Starts MSW's service worker in the browser with the mock backend's handlers, so every request
 * of the page under the base path (from any code, not only the Credit Kit client) is answered by
 * the mock. Requests elsewhere pass through. Call it, and await it, before the widgets are attached:
 * they fetch as soon as they connect. The worker script (`msw/lib/mockServiceWorker.js`) must be
 * served at `/mockServiceWorker.js` (or `serviceWorkerUrl`) from the same origin.
 */
export async function installMockServiceWorker(options: MockServiceWorkerOptions = {}): Promise<InstalledMockServiceWorker> {
  const backend = options.backend ?? createMockBackend(options);
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: !options.verbose,
  });
  return { backend, stop: () => worker.stop() };
}
