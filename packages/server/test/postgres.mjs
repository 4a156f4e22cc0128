// A throwaway real PostgreSQL for the node tests: initdb in a temp directory (as the `postgres`
// user through runuser when we are root: initdb refuses root), a free 127.0.0.1 port, stopped and
// deleted afterwards. Without PostgreSQL binaries the suites skip with one line — except under
// CI=true, where a missing PostgreSQL is a failure (.ci/run installs Debian's `postgresql`).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest /usr/lib/postgresql/<major>/bin holding initdb (or CK_PG_BIN), or undefined. */
export function findPostgresBin() {
  if (process.env.CK_PG_BIN) return existsSync(join(process.env.CK_PG_BIN, 'initdb')) ? process.env.CK_PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : undefined;
}

/**
 * Why the PostgreSQL suites cannot run here (a one-line reason), or undefined when they can.
 * Throws under CI=true: CI must never skip them.
 */
export function postgresUnavailable() {
  if (findPostgresBin()) return undefined;
  const reason = 'PostgreSQL suite skipped: no initdb in /usr/lib/postgresql/*/bin (apt-get install postgresql, or set CK_PG_BIN)';
  if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is missing — ${reason.replace('PostgreSQL suite skipped: ', '')}`);
  return reason;
}

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
 * Starts a cluster: `{ url, port, stop() }`. `url` is `postgres://postgres@127.0.0.1:PORT/postgres`.
 * Call `postgresUnavailable()` first; this throws when the binaries are missing.
 */
export async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries (see postgresUnavailable())');
  const dir = mkdtempSync(join(tmpdir(), 'ck-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (tool, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start PostgreSQL: ${error.stderr?.toString() || error.message}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    /** A fresh database in this cluster; resolves to its URL. */
    async createDatabase(name) {
      execFileSync(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE "${name}"`], { stdio: 'pipe' });
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
