export { createMockBackend, type MockBackend } from './backend.js';
export { createMockFetch, type MockFetch } from './mock-fetch.js';
export type { FetchFunction } from './fetch-through.js';
export { installMockServiceWorker, type InstalledMockServiceWorker, type MockServiceWorkerOptions } from './browser.js';
export {
  DEFAULT_AS_OF,
  DEFAULT_BASE_PATH,
  DEFAULT_CUSTOMERS,
  DEFAULT_RECEIVABLES,
  DEFAULT_SEED,
  type Latency,
  type MalformedKind,
  type MockBackendOptions,
  type MockKnobs,
  type ResolvedMockOptions,
  type RouteStatusOverride,
} from './options.js';
export { ROUTES, UNMATCHED_ROUTE, type RouteKey } from './routes.js';
export { SeededRandom } from './random.js';
export type { MockRequestRecord, MockState } from './state.js';
export type { Dataset, RiskTier, SeedCustomer } from './data/model.js';
export type { ReceivableStore } from './data/receivables.js';
export { CUSTOMER_PAGE_SIZE } from './handlers/customers.js';
export { RECEIVABLE_PAGE_LIMIT } from './handlers/receivables.js';
