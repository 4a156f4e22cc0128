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
