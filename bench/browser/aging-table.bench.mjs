// The browser part of `npm run bench`: ck-aging-table against AG Grid Community in headless
// Chromium, on the same 100,000 aged customer rows. Bundles both with esbuild into bench/.out/browser/,
// serves them from 127.0.0.1 on an ephemeral port, drives the page with puppeteer-core, and
// prints the medians of 3 runs with the ratios ours/AG Grid and PASS/FAIL against the targets.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test/find-chromium.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const here = join(root, 'bench', 'browser');
const outDir = join(root, 'bench', '.out', 'browser');

/** Targets: ours ÷ AG Grid. */
const TIME_TARGET = 1.0;
const SIZE_TARGET = 0.2;

const common = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['source'], logLevel: 'warning', legalComments: 'none' };

/** Builds the page: harness, each contender in its own minified bundle, the aging worker. */
async function buildPage() {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const ours = await build({
    ...common,
    entryPoints: { ours: join(here, 'ours.entry.ts') },
    outdir: outDir,
    splitting: true,
    minify: true,
    metafile: true,
    chunkNames: 'ours-[name]-[hash]',
  });
  const worker = await build({
    ...common,
    entryPoints: { 'aging.worker': join(root, 'packages/widgets/src/aging-table/aging.worker.ts') },
    outdir: outDir,
    minify: true,
    metafile: true,
  });
  const ag = await build({ ...common, entryPoints: { 'ag-grid': join(here, 'ag-grid.entry.ts') }, outdir: outDir, minify: true, metafile: true });
  await build({ ...common, entryPoints: { harness: join(here, 'harness.ts') }, outdir: outDir, minify: false });
  await copyFile(join(here, 'page.html'), join(outDir, 'page.html'));
  return { ours: ours.metafile, worker: worker.metafile, ag: ag.metafile };
}

const gzipSize = async (file) => gzipSync(await readFile(join(root, file)), { level: 9 }).length;

/** Minified bytes of the inputs whose path contains `needle`, across `files` of a metafile. */
function inputBytes(outputs, files, needle) {
  let bytes = 0;
  for (const file of files) for (const [input, info] of Object.entries(outputs[file].inputs)) if (input.includes(needle)) bytes += info.bytesInOutput;
  return bytes;
}

/**
 * gzip -9 sizes. Ours: what the page loads up front (the entry and the chunks it imports
 * statically), split into the table's own chunk and the shared Credit Kit foundation; what it imports
 * dynamically (its Chinese messages) and the worker apart.
 */
async function bundleSizes(meta) {
  const outputs = meta.ours.outputs;
  // The page's own entry (a dynamic import's chunk has an `entryPoint` too).
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint?.endsWith('ours.entry.ts'));
  const eager = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  let oursEager = 0, oursLazy = 0, oursOwn = 0;
  for (const file of Object.keys(outputs)) {
    if (!file.endsWith('.js')) continue;
    const size = await gzipSize(file);
    if (eager.has(file)) oursEager += size;
    else oursLazy += size;
    if (file === entry) oursOwn = size;
  }
  const eagerFiles = [...eager];
  const workerFile = Object.keys(meta.worker.outputs).find((f) => f.endsWith('.js'));
  const agFile = Object.keys(meta.ag.outputs).find((f) => f.endsWith('.js'));
  return {
    oursEager,
    oursOwn,
    oursLazy,
    minified: {
      table: inputBytes(outputs, eagerFiles, 'widgets/src/aging-table/'),
      zod: inputBytes(outputs, eagerFiles, 'node_modules/zod/'),
      decimal: inputBytes(outputs, eagerFiles, 'node_modules/decimal.js/'),
      core: inputBytes(outputs, eagerFiles, 'packages/core/src/'),
      client: inputBytes(outputs, eagerFiles, 'packages/client/src/'),
      lit: inputBytes(outputs, eagerFiles, 'node_modules/lit') + inputBytes(outputs, eagerFiles, 'node_modules/@lit/'),
      base: inputBytes(outputs, eagerFiles, 'widgets/src/base/') + inputBytes(outputs, eagerFiles, 'widgets/src/i18n/'),
    },
    worker: await gzipSize(workerFile),
    ag: await gzipSize(agFile),
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(outDir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => value.toFixed(1);

/**
 * Runs the bench; `host.log` prints. Options: `runs` (default 3), `rows` (default 100,000),
 * `scrollSteps` (default 120) × `scrollStep` px (default 100).
 */
export async function runBrowserBench(host, options = {}) {
  const { runs = 3, rows = 100_000, scrollSteps = 120, scrollStep = 100 } = options;
  const { log } = host;
  const executablePath = findChromium();
  if (!executablePath) {
    log('browser bench: no Chromium found (set CHROME_PATH); skipped');
    return { pass: false };
  }
  const started = host.now();
  const meta = await buildPage();
  const sizes = await bundleSizes(meta);
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--window-size=1400,1000'],
    defaultViewport: { width: 1400, height: 1000 },
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/page.html?rows=${rows}`);
    const ready = await page.evaluate(() => window.benchReady);
    log(`browser bench on ${await browser.version()} (headless), ${ready.rows.toLocaleString('en-US')} customer rows, median of ${runs} runs`);
    const results = { ours: [], ag: [] };
    const busy = (m) => ({ task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, layout: (m.LayoutDuration + m.RecalcStyleDuration) * 1000 });
    for (let run = 0; run < runs; run++) {
      // Alternate who goes first, so neither always runs on a fresher page.
      for (const which of run % 2 === 0 ? ['ours', 'ag'] : ['ag', 'ours']) {
        await page.evaluate((w) => window.bench.prepare(w), which);
        const firstPaint = await page.evaluate(() => window.bench.firstPaint());
        const sort = await page.evaluate(() => window.bench.sort());
        const before = busy(await page.metrics());
        const scroll = await page.evaluate((n, step) => window.bench.scroll(n, step), scrollSteps, scrollStep);
        const after = busy(await page.metrics());
        await page.evaluate(() => window.bench.cleanup());
        scroll.busyMs = after.task - before.task;
        scroll.scriptMs = after.script - before.script;
        scroll.layoutMs = after.layout - before.layout;
        results[which].push({ firstPaint, sort, scroll });
      }
    }
    if (errors.length) log(`  page errors: ${errors.slice(0, 3).join(' | ')}`);
    return report(log, results, sizes, { scrollSteps, scrollStep, seconds: (host.now() - started) / 1000 });
  } finally {
    await browser.close();
    server.close();
  }
}

function report(log, results, sizes, { scrollSteps, scrollStep, seconds }) {
  const pick = (which, read) => median(results[which].map(read));
  const fig = (read) => ({ ours: pick('ours', read), ag: pick('ag', read) });
  const firstPaint = fig((r) => r.firstPaint.ms);
  const sort = fig((r) => r.sort.ms);
  const scrollBusy = fig((r) => r.scroll.busyMs);
  const scrollScript = fig((r) => r.scroll.scriptMs);
  const scrollLayout = fig((r) => r.scroll.layoutMs);
  const mean = fig((r) => r.scroll.meanFrameMs);
  const p95 = fig((r) => r.scroll.p95FrameMs);
  const worst = fig((r) => r.scroll.worstFrameMs);
  const longFrames = fig((r) => r.scroll.longFrames);
  const nodes = fig((r) => r.firstPaint.domNodes);
  const longTasks = (which) => ['firstPaint', 'sort', 'scroll'].map((phase) => pick(which, (r) => r[phase].longTasks.length)).join('/');
  const maxLongTask = (which) => Math.max(0, ...results[which].flatMap((r) => [...r.firstPaint.longTasks, ...r.sort.longTasks, ...r.scroll.longTasks]));
  const sane = (which) => results[which].every((r) => r.sort.correct && r.scroll.rowsMoved);

  const rows = [];
  const line = (label, ours, ag, ratio = '', target = '', verdict = '') => rows.push([label, ours, ag, ratio, target, verdict]);
  const judged = [];
  const timeRow = (label, f) => {
    const ratio = f.ag > 0 ? f.ours / f.ag : f.ours === 0 ? 0 : Infinity;
    const pass = ratio <= TIME_TARGET;
    judged.push({ label, pass });
    line(label, ms(f.ours), ms(f.ag), ratio.toFixed(2), `≤ ${TIME_TARGET.toFixed(2)}`, pass ? 'PASS' : 'FAIL');
  };
  timeRow('data → first rows painted (ms)', firstPaint);
  timeRow('sort by Total, desc → painted (ms)', sort);
  timeRow(`scroll ${scrollSteps} × ${scrollStep} px: main-thread busy (ms)`, scrollBusy);
  line('  of which script / style+layout (ms)', `${ms(scrollScript.ours)} / ${ms(scrollLayout.ours)}`, `${ms(scrollScript.ag)} / ${ms(scrollLayout.ag)}`);
  line(`  frames: mean / p95 / worst (ms)`, `${ms(mean.ours)} / ${ms(p95.ours)} / ${ms(worst.ours)}`, `${ms(mean.ag)} / ${ms(p95.ag)} / ${ms(worst.ag)}`);
  line(`  frames rendered / dropped`, `${scrollSteps} / ${longFrames.ours}`, `${scrollSteps} / ${longFrames.ag}`);
  line('long tasks > 50 ms: paint/sort/scroll', `${longTasks('ours')} (max ${maxLongTask('ours')})`, `${longTasks('ag')} (max ${maxLongTask('ag')})`);
  line('DOM nodes in the grid after paint', String(nodes.ours), String(nodes.ag), (nodes.ours / nodes.ag).toFixed(2), '(info)');
  const sizeRatio = sizes.oursEager / sizes.ag;
  const sizePass = sizeRatio <= SIZE_TARGET;
  judged.push({ label: 'gzip bundle size', pass: sizePass });
  line('gzip -9 bundle, minified (kB)', kb(sizes.oursEager), kb(sizes.ag), sizeRatio.toFixed(2), `≤ ${SIZE_TARGET.toFixed(2)}`, sizePass ? 'PASS' : 'FAIL');

  const header = ['', 'ck-aging-table', 'AG Grid', 'ours/AG', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  log(format(header));
  for (const r of rows) log(format(r));
  const m = sizes.minified;
  const kbMin = (bytes) => `${(bytes / 1024).toFixed(0)}`;
  log(`  ours: what the page loads for rows handed over: the table's own chunk ${kb(sizes.oursOwn)} kB gzip, plus the foundation every`);
  log(`  Credit Kit widget shares ${kb(sizes.oursEager - sizes.oursOwn)} kB gzip (minified kB: zod ${kbMin(m.zod)}, decimal.js ${kbMin(m.decimal)}, core ${kbMin(m.core)},`);
  log(`  client ${kbMin(m.client)}, lit ${kbMin(m.lit)}, base+i18n ${kbMin(m.base)}; the table itself ${kbMin(m.table)}). Loaded apart: ${kb(sizes.oursLazy)} kB`);
  log(`  (its Chinese messages) and the aging worker ${kb(sizes.worker)} kB. AG Grid: AllCommunityModule + Quartz theme.`);
  log('  Scroll is judged on main-thread busy time (Chrome TaskDuration) during the same rAF-driven scroll: frame');
  log('  intervals are capped by the display rate and too noisy on a shared machine to rank two smooth grids.');
  if (!sane('ours') || !sane('ag')) log(`  CHECK FAILED: a sort did not put the largest total first, or a scroll did not move the rows (ours ${sane('ours')}, AG Grid ${sane('ag')})`);
  const failed = judged.filter((j) => !j.pass);
  const pass = failed.length === 0 && sane('ours') && sane('ag');
  log(pass ? `  all targets met (${seconds.toFixed(0)} s)` : `  MISSED: ${failed.map((f) => f.label).join(', ') || 'sanity check'} (${seconds.toFixed(0)} s)`);
  return { pass, results, sizes };
}
