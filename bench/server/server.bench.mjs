// The server part of `npm run bench` (bench/server/): bundles the TypeScript benches with esbuild
// (the server and core from source; the database drivers, HTTP stack and autocannon external),
// starts a throwaway PostgreSQL cluster the way the server's tests do, and runs
//  - `server`: SQL aging vs core's ageReceivables on the same 1,000,000 items, after importing them
//    (COPY: streamed on PostgreSQL, from blobs on PGlite), on PGlite and on PostgreSQL;
//  - `server-http`: the service vs the mock server on loopback with autocannon.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startTestPostgres } from '../../packages/server/src/receivables/test-support.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const outDir = join(root, 'bench', '.out', 'server');
const EXTERNAL = ['@electric-sql/pglite', 'pg', 'pg-copy-streams', 'pino', 'hono', '@hono/node-server', 'jose', 'autocannon'];

/** The import's parsing worker, beside the bundles as `import/parse-in-worker.ts` looks for it. */
const WORKER = { entry: join(root, 'packages', 'server', 'src', 'import', 'parse-worker.ts'), outfile: join(outDir, 'parse-worker.js') };

async function load(entry) {
  const outfile = join(outDir, entry.replace(/\.ts$/, '.mjs'));
  await bundle(join(root, 'bench', 'server', entry), outfile);
  await bundle(WORKER.entry, WORKER.outfile);
  return import(pathToFileURL(outfile).href);
}

async function bundle(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    external: EXTERNAL,
    logLevel: 'warning',
    // Bundled CommonJS dependencies (decimal.js is ESM; this covers any that call require).
    banner: { js: "import { createRequire as __ckRequire } from 'node:module'; const require = __ckRequire(import.meta.url);" },
  });
}

async function withPostgres(run) {
  let pg;
  try {
    pg = await startTestPostgres();
  } catch (error) {
    pg = `could not start a cluster: ${error.message.split('\n')[0]}`;
  }
  try {
    return await run(typeof pg === 'string' ? pg : { url: pg.url });
  } finally {
    if (typeof pg !== 'string') await pg.stop();
  }
}

/** `npm run bench server [--items=N] [--runs=N]`. */
export async function runServerAgingBench(host, args = {}) {
  const module = await load('aging-import.ts');
  return withPostgres((postgres) =>
    module.runServerAgingBench(host, {
      postgres,
      migrationsDir: join(root, 'packages', 'server', 'migrations'),
      ...(args.items ? { count: args.items } : {}),
      ...(args.runs ? { runs: args.runs } : {}),
    }),
  );
}

/** `npm run bench server-http [--seconds=N] [--connections=N]`. */
export async function runServerHttpBench(host, args = {}) {
  const module = await load('http.ts');
  return withPostgres((postgres) =>
    module.runServerHttpBench(host, {
      postgres,
      root,
      migrationsDir: join(root, 'packages', 'server', 'migrations'),
      ...(args.seconds ? { seconds: args.seconds } : {}),
      ...(args.connections ? { connections: args.connections } : {}),
      ...(args.items ? { receivables: args.items } : {}),
    }),
  );
}
