// `npm run bench` (node --expose-gc bench/run.mjs [name …] [--items=N] [--runs=N] [--rows=N])
//
// Bundles each bench's TypeScript entry with esbuild into bench/.out/ (no prior build needed) and
// runs it in this Node process. Benches are listed below; each entry exports a function taking a
// host (clock, logger, gc, heap gauge) so the same code can later run in a browser page. A bench
// with `module` is a Node module run as is: the browser bench drives headless Chromium itself.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'bench', '.out');

/** @typedef {{ heapUsed?: () => number, gc?: () => void, now: () => number, log: (line: string) => void, runtime?: string }} BenchHost */
/** @type {{ name: string, entry: string, run: (module: any, host: BenchHost, args: Record<string, number>) => Promise<{ pass: boolean }> }[]} */
const BENCHES = [
  {
    name: 'aging',
    entry: 'bench/aging.bench.ts',
    run: (module, host, args) =>
      module.runAgingBench(host, {
        ...(args.items ? { count: args.items, sample: Math.min(50_000, args.items) } : {}),
        ...(args.runs ? { runs: args.runs } : {}),
      }),
  },
  {
    // The 1,000,000-item load of the aging table over HTTP: today's walk against streamReceivables.
    name: 'load',
    entry: 'bench/receivables-load.bench.ts',
    run: (module, host, args) => module.runLoadBench(host, args.items ? { items: args.items } : {}),
  },
  {
    // ck-aging-table against AG Grid Community in headless Chromium (bench/browser/).
    name: 'browser',
    module: 'bench/browser/aging-table.bench.mjs',
    run: (module, host, args) =>
      module.runBrowserBench(host, {
        ...(args.runs ? { runs: args.runs } : {}),
        ...(args.rows ? { rows: args.rows } : {}),
      }),
  },
  // The credit service (bench/server/): SQL aging and import on PGlite and PostgreSQL; HTTP vs the mock.
  { name: 'server', module: 'bench/server/server.bench.mjs', run: (module, host, args) => module.runServerAgingBench(host, args) },
  { name: 'server-http', module: 'bench/server/server.bench.mjs', run: (module, host, args) => module.runServerHttpBench(host, args) },
];

function parseArgs(argv) {
  const names = [];
  const numbers = {};
  for (const arg of argv) {
    const match = /^--(\w+)=(\d+)$/.exec(arg);
    if (match) numbers[match[1]] = Number(match[2]);
    else names.push(arg);
  }
  return { names, numbers };
}

async function bundle(bench) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${bench.name}.mjs`);
  await build({
    entryPoints: [join(root, bench.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
  });
  return outfile;
}

const { names, numbers } = parseArgs(process.argv.slice(2));
const selected = names.length ? BENCHES.filter((b) => names.includes(b.name)) : BENCHES;
const unknown = names.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length) {
  console.error(`Unknown bench ${unknown.join(', ')}; available: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.warn('Run with node --expose-gc (npm run bench does) for heap figures measured after garbage collection.');
}

/** @type {BenchHost} */
const host = {
  now: () => performance.now(),
  log: (line) => console.log(line),
  gc: typeof globalThis.gc === 'function' ? () => globalThis.gc() : undefined,
  heapUsed: () => process.memoryUsage().heapUsed,
  runtime: `Node ${process.versions.node} (V8 ${process.versions.v8})`,
};

let failed = 0;
for (const bench of selected) {
  const file = bench.module ? join(root, bench.module) : await bundle(bench);
  const module = await import(pathToFileURL(file).href);
  const report = await bench.run(module, host, numbers);
  if (!report.pass) failed++;
  console.log('');
}
console.log(failed ? `${failed} of ${selected.length} benches missed their target` : `all ${selected.length} benches met their target`);
process.exitCode = failed ? 1 : 0;
