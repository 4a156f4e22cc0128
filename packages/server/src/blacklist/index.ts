export { registerBlacklistRoutes } from './routes.js';
export { loadBlacklistEntries, openBlacklistOf, writeSeededBlacklist } from './store.js';
