export { openDatabase, DEFAULT_DATA_DIR, type Database, type OpenDatabaseOptions } from './db/database.js';
export { migrate, pendingMigrations, listMigrations, MIGRATIONS_DIR } from './db/migrate.js';
export { createApp, BASE_PATH } from './app.js';
export { scopeFilter, visibleCustomers, canSeeCustomer } from './auth/scope.js';
export type { Principal, Role, Authenticate, ServerContext, RouteModule } from './context.js';
