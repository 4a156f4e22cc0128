import { createMockBackend, type MockBackend } from './backend.js';
import type { FetchFunction } from './fetch-through.js';
import type { MockBackendOptions } from './options.js';

/** A `fetch`-compatible function backed by a mock backend, which it exposes for tests. */
export type MockFetch = FetchFunction & { readonly backend: MockBackend };

/**
 * A plain `fetch`-compatible function that answers like the Credit Kit backend, for previews
 * where no service worker of ours can run (inside a partner's portal): hand it to the client as
 * its `fetch`. Paths under the base path get the contract's answers (404 problem for unknown
 * ones); anything else gets a 404 problem too — it never reaches the network.
 *
 * @param options - backend options, or an existing backend to share
 * @example
 * const client = createClient({ baseUrl: '/api/credit/v1', fetch: createMockFetch({ seed: 3 }) });
 */
export function createMockFetch(options: MockBackendOptions | MockBackend = {}): MockFetch {
  const backend = isBackend(options) ? options : createMockBackend(options);
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => backend.fetch(input, init)) as MockFetch;
  Object.defineProperty(fetch, 'backend', { value: backend, enumerable: true });
  return fetch;
}

function isBackend(value: MockBackendOptions | MockBackend): value is MockBackend {
  return 'handlers' in value && 'fetch' in value;
}
