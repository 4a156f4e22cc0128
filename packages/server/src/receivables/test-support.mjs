// Shared by the receivables and import node tests: where the built server is, and a throwaway
// PostgreSQL cluster (initdb in a temp directory, a free localhost port, stopped afterwards).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built package (tests import the build); `CK_SERVER_MODULE` points elsewhere for a dev bundle. */
export const SERVER_MODULE = process.env.CK_SERVER_MODULE ?? new URL('../../dist/index.js', import.meta.url).href;

const PG_BIN = process.env.CK_PG_BIN ?? '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway PostgreSQL cluster, or returns why it cannot (no binaries): `{ url, stop }`.
 * As root, initdb refuses to run: the cluster then runs as the `postgres` user (`runuser`).
 */
export async function startTestPostgres() {
  if (!existsSync(join(PG_BIN, 'initdb'))) return `PostgreSQL suite skipped: no initdb in ${PG_BIN} (apt-get install postgresql)`;
  const dir = mkdtempSync(join(tmpdir(), 'ck-s2-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (bin, args) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args], { stdio: 'pipe' }) : execFileSync(join(PG_BIN, bin), args, { stdio: 'pipe' });
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
