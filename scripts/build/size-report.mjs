// The bundle-size budget, run at the end of `npm run build`: prints each widget's gzip cost (its
// registering module bundled alone with lit, core, client, zod/mini and decimal.js — the
// `dist/cdn/widgets/<name>/` bundles rollup makes), the cost of all four together (the CDN bundle
// `dist/cdn/credit-kit.js` and its chunks), and what that bundle is made of. Exits 1 when all four
// widgets with their dependencies exceed the budget: 60 KB gzip.
//
// A widget's cost is every file of its bundle a page in English may download: the entry and the
// chunks it loads on demand (the aging table's engine, …), each gzipped on its own as a browser
// fetches them. Messages of other languages (`*.messages.zh-CN-*.js`) are loaded only by a reader
// of that language and are listed apart. The aging worker (`aging.worker.js`) runs in a worker
// thread, only when the table ages items itself; it is listed apart too.
//
// Sizes are gzip -9 (zlib) of the minified files. The breakdown is measured with esbuild (minify,
// metafile): a dependency's cost is how much smaller the all-four bundle gets when it is left out
// (marked external), so the rows say what removing or replacing each one would save.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { WIDGET_NAMES } from '../widgets.mjs';

export const BUDGET_BYTES = 60 * 1024;
const WIDGETS = 'packages/widgets';
const CDN = join(WIDGETS, 'dist', 'cdn');
/** Dependency groups of the breakdown: name → bare-specifier prefixes. */
const GROUPS = [
  ['lit', ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']],
  ['zod (zod/mini)', ['zod']],
  ['decimal.js', ['decimal.js']],
  ['@credit-kit/core (without zod, decimal.js)', ['@credit-kit/core']],
  ['@credit-kit/client (without core)', ['@credit-kit/client']],
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

/** Minified esbuild bundle of `entry` with `external` specifiers left out: its gzip size and metafile. */
async function esbuildSize(entry, external = []) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    tsconfig: 'tsconfig.base.json',
    // Messages of other languages load on demand; the breakdown is of what an English page loads.
    external: [...external, '*.messages.zh-CN.js'],
    write: false,
    metafile: true,
    outdir: 'size-report-out',
    logLevel: 'silent',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  return { gzip: gzip(output.contents), minified: output.contents.length, metafile: result.metafile };
}

const externalsOf = (prefixes) => prefixes.flatMap((name) => [name, `${name}/*`]);

async function breakdown() {
  const entry = join(WIDGETS, 'src', 'cdn-bundle.ts');
  const whole = await esbuildSize(entry);
  const rows = [];
  for (const [name, prefixes] of GROUPS) {
    // Everything a group pulls in that no other part uses goes with it (core takes zod and decimal.js):
    // measure core and client with their own dependencies kept apart.
    const keepApart = name.startsWith('@credit-kit/core') ? ['zod', 'decimal.js'] : name.startsWith('@credit-kit/client') ? ['@credit-kit/core', 'zod', 'decimal.js'] : [];
    const base = keepApart.length ? await esbuildSize(entry, externalsOf(keepApart)) : whole;
    const without = await esbuildSize(entry, externalsOf([...prefixes, ...keepApart]));
    rows.push([name, base.gzip - without.gzip]);
  }
  const everyDependency = externalsOf(GROUPS.flatMap(([, prefixes]) => prefixes));
  const ownCode = await esbuildSize(entry, everyDependency);
  rows.push(['@credit-kit/widgets code (four widgets, foundation, en messages)', ownCode.gzip]);
  const perWidget = [];
  for (const name of WIDGET_NAMES) {
    const file = join(WIDGETS, 'src', name, `${name}.ts`);
    if (existsSync(file)) perWidget.push([name, (await esbuildSize(file, everyDependency)).gzip]);
  }
  return { whole, rows, perWidget };
}

function largestModules(metafile, count) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => [path, bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

const ENFORCE = process.argv.includes('--enforce');
const LOCALE_CHUNK = /\.messages\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)-[\w-]{8}\.js$/;

/** Gzip bytes of the files in `dir` a page may download: `{ code, locales: { tag: bytes } }`. */
function bundleCost(dir, { skip = [] } = {}) {
  let code = 0;
  let minified = 0;
  const locales = {};
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js') || skip.includes(name)) continue;
    const bytes = readFileSync(join(dir, name));
    const locale = LOCALE_CHUNK.exec(name)?.[1];
    if (locale) locales[locale] = (locales[locale] ?? 0) + gzip(bytes);
    else {
      code += gzip(bytes);
      minified += bytes.length;
    }
  }
  return { code, minified, locales };
}

const localeNote = (locales) => Object.entries(locales).map(([tag, bytes]) => `+${kb(bytes)} ${tag}`).join(', ');

async function main() {
  const total = join(CDN, 'credit-kit.js');
  if (!existsSync(total)) {
    console.error(`size-report: ${total} is missing — run the rollup build first (npm run build).`);
    process.exit(1);
  }
  console.log('\nBundle sizes (rollup + terser, gzip -9, each file as a browser fetches it). Each widget bundled alone with lit, core, client, zod/mini and decimal.js:');
  for (const name of WIDGET_NAMES) {
    const dir = join(CDN, 'widgets', name);
    if (!existsSync(join(dir, `${name}.js`))) {
      console.log(`  ${pad(`ck-${name}`, 24)} (not built: no src/${name}/${name}.ts)`);
      continue;
    }
    const cost = bundleCost(dir);
    const note = name === 'aging-table' ? '   (with ck-warning-badge, which its rows show)' : '';
    console.log(`  ${pad(`ck-${name}`, 24)} ${padStart(kb(cost.minified), 9)} min  ${padStart(kb(cost.code), 9)} gzip   ${localeNote(cost.locales)}${note}`);
  }
  const all = bundleCost(CDN, { skip: ['aging.worker.js'] });
  const totalGzip = all.code;
  console.log(`  ${pad('all four (credit-kit.js)', 24)} ${padStart(kb(all.minified), 9)} min  ${padStart(kb(totalGzip), 9)} gzip   ${localeNote(all.locales)}   budget ${kb(BUDGET_BYTES)} (${BUDGET_BYTES} bytes)`);
  const worker = join(CDN, 'aging.worker.js');
  if (existsSync(worker)) console.log(`  ${pad('aging.worker.js', 24)} ${padStart(kb(readFileSync(worker).length), 9)} min  ${padStart(kb(gzip(readFileSync(worker))), 9)} gzip   (loaded in a worker thread when the table ages items itself)`);

  const { whole, rows, perWidget } = await breakdown();
  console.log(`\nWhat all four are made of (esbuild ${kb(whole.gzip)} gzip; each row: the gzip saved without it):`);
  for (const [name, bytes] of rows) console.log(`  ${padStart(kb(bytes), 9)}  ${name}`);
  console.log('  Each widget\'s own code (with the shared foundation, without lit/core/client/zod/decimal.js):');
  for (const [name, bytes] of perWidget) console.log(`  ${padStart(kb(bytes), 9)}  ck-${name}`);

  if (totalGzip > BUDGET_BYTES) {
    console.log('\nLargest modules of the all-four bundle (esbuild, minified bytes):');
    for (const [path, bytes] of largestModules(whole.metafile, 12)) console.log(`  ${padStart(kb(bytes), 9)}  ${path}`);
    console.error(
      `\nsize-report: OVER BUDGET — all four widgets with lit, zod and decimal.js, in English, are ${totalGzip} bytes gzip ` +
        `(${kb(totalGzip)}), over the ${BUDGET_BYTES}-byte (${kb(BUDGET_BYTES)}) budget by ${totalGzip - BUDGET_BYTES} bytes. ` +
        'See the breakdown above.',
    );
    // The budget is known to be exceeded (issue 6 is open on it): `npm run build` reports, and
    // `npm run size:check` (--enforce) fails. Once within budget, the build enforces it too.
    if (ENFORCE) process.exit(1);
    console.error('size-report: not enforced in this build; `npm run size:check` fails until the budget holds.');
    return;
  }
  console.log(`\nsize-report: within budget (${totalGzip} of ${BUDGET_BYTES} bytes gzip).`);
}

await main();
