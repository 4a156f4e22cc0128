// Shared by the receivables and import node tests and by bench/server: where the built server is,
// and a throwaway PostgreSQL cluster from the server's test harness (test/postgres.mjs).
import { postgresUnavailable, startPostgres } from '../../test/postgres.mjs';

/** The built package (tests import the build); `CK_SERVER_MODULE` points elsewhere for a dev bundle. */
export const SERVER_MODULE = process.env.CK_SERVER_MODULE ?? new URL('../../dist/index.js', import.meta.url).href;

/**
 * A throwaway PostgreSQL cluster `{ url, stop }`, or the one-line reason it cannot run here
 * (under CI=true a missing PostgreSQL throws instead: CI must not skip).
 */
export async function startTestPostgres() {
  const reason = postgresUnavailable();
  if (reason) return reason;
  return startPostgres();
}
