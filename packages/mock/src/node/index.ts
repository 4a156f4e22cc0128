/** `@credit-kit/mock/node`: everything of the main entry, plus the HTTP server (Node only). */
export * from '../index.js';
export { startMockServer, type MockServer, type MockServerLogEntry, type MockServerOptions } from './server.js';
