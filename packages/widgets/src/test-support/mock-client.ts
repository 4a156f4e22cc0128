import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '@credit-kit/mock';

/** The base path every widget test's client and mock backend use. */
export const API_BASE = '/api/credit/v1';

/** A mock backend (no latency) and a real client on it, with fast retries. */
export function mockClient(
  options: MockBackendOptions = {},
  fetchWrapper?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch,
): { backend: MockBackend; client: CreditKitClient } {
  const backend = createMockBackend({ latencyMs: 0, ...options });
  const fetch = fetchWrapper ? fetchWrapper(backend.fetch) : backend.fetch;
  const client = createClient({ baseUrl: API_BASE, fetch, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  return { backend, client };
}

/**
 * One mock backend for a test file (made once, `reset()` after each test) and a fresh client on it
 * for each test: the hooks are registered here, the two are read through the returned object.
 */
export function useMockBackend(options: MockBackendOptions = {}): { readonly backend: MockBackend; readonly client: CreditKitClient } {
  let backend: MockBackend | undefined;
  let client: CreditKitClient | undefined;
  before(() => {
    backend = mockClient(options).backend;
  });
  beforeEach(() => {
    client = createClient({ baseUrl: API_BASE, fetch: backend!.fetch, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  });
  afterEach(() => backend!.reset());
  return {
    get backend() {
      return backend!;
    },
    get client() {
      return client!;
    },
  };
}
