// Page weight: what a host page downloads for the widgets on it, measured on what ships — an
// esbuild bundle (minify, splitting, format esm, the `source`/`browser`/`production` conditions the
// rest of the build uses) of the npm ESM entry the host imports for that page
// (`configureWidgets({ baseUrl }); defineWarningBadge();`, see `pageSource`).
//
// A page's first load is its entry and every chunk reachable through static imports, plus the
// dynamic imports the page always makes (`page.loads`: the aging table's badges in its rows, its
// aging executor when it ages items itself). Every other dynamic import is listed apart with the
// bytes it adds on top of the first load: Chinese messages (`*.zh-CN.ts`), nested elements loaded
// when first rendered, and chunks loaded on interaction. Each file is compressed on its own, as a
// browser fetches it: gzip -9 (the gate) and brotli (quality 11, reported).
//
// The breakdown apportions each file's gzip bytes to the modules in it by their minified bytes
// (esbuild metafile `bytesInOutput`), grouped: lit, zod, decimal.js, core, client, own code.
// Used by scripts/build/size-report.mjs (printed by `npm run build`) and the budget test
// (scripts/build/page-weight.node-test.mjs); budgets and ceilings live in scripts/build/budgets.mjs.
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { esbuildMinifyCss } from './minify-css-templates.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliBytes = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** Breakdown groups, in print order: name → test on a metafile input path. */
export const GROUPS = [
  ['lit', (p) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(p)],
  ['zod', (p) => /node_modules\/zod\//.test(p)],
  ['decimal.js', (p) => /node_modules\/decimal\.js\//.test(p)],
  ['core', (p) => p.startsWith('packages/core/')],
  ['client', (p) => p.startsWith('packages/client/')],
  ['own', (p) => p.startsWith('packages/widgets/') || p.startsWith('page:')],
  ['other', () => true],
];
const groupOf = (path) => GROUPS.find(([, test]) => test(path))[0];

const LOCALE_ENTRY = /\.zh-CN\.ts$/;
/** Dynamic imports of other elements (loaded when first rendered by the element that nests them). */
const NESTED_ENTRY = /\/([a-z-]+)\/\1\.component\.ts$/;

/**
 * The host's module for a page, as the getting-started guide writes it: the page-wide options
 * (`configureWidgets` from `@credit-kit/client`, or `configure`, which builds the full SDK client, when
 * `client` is `'full'`), then the named define functions from `@credit-kit/widgets/define`, each called.
 */
export function pageSource(defines, { client = 'widgets' } = {}) {
  const setup = client === 'full' ? 'configure' : 'configureWidgets';
  return (
    `import { ${setup} } from '@credit-kit/client';\nimport { ${defines.join(', ')} } from '@credit-kit/widgets/define';\n` +
    `${setup}({ baseUrl: '/api/credit/v1' });\n${defines.map((name) => `${name}();`).join('\n')}\n`
  );
}

const virtualPage = (source) => ({
  name: 'credit-kit-page',
  setup(build) {
    build.onResolve({ filter: /^page:/ }, (args) => ({ path: args.path, namespace: 'page' }));
    build.onLoad({ filter: /.*/, namespace: 'page' }, () => ({ contents: source, resolveDir: ROOT, loader: 'js' }));
  },
});

async function bundle({ entry, source, splitting }) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [source ? 'page:entry' : entry],
    bundle: true,
    minify: true,
    splitting,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    tsconfig: 'tsconfig.base.json',
    // The widgets' CSS minified as in what ships (rollup.config.js runs the same minifier).
    plugins: source ? [virtualPage(source), esbuildMinifyCss()] : [esbuildMinifyCss()],
    write: false,
    metafile: true,
    outdir: 'page-weight-out',
    entryNames: 'entry',
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    const key = file.path.slice(ROOT.length + 1);
    if (!key.endsWith('.js')) continue;
    files.set(key, file.contents);
  }
  return { files, metafile: result.metafile };
}

function staticClosure(outputs, starts, into = new Set()) {
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop();
    if (into.has(file)) continue;
    into.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
  }
  return into;
}

/** Sizes of a set of output files, and its breakdown by group (gzip apportioned by minified bytes). */
function measure(files, outputs, names) {
  let minified = 0;
  let gzip = 0;
  let brotli = 0;
  const groups = Object.fromEntries(GROUPS.map(([name]) => [name, 0]));
  const inputs = new Set();
  for (const name of names) {
    const bytes = files.get(name);
    const g = gzipBytes(bytes);
    minified += bytes.length;
    gzip += g;
    brotli += brotliBytes(bytes);
    const entries = Object.entries(outputs[name].inputs);
    const total = entries.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0) || 1;
    for (const [path, { bytesInOutput }] of entries) {
      if (bytesInOutput > 0) inputs.add(path);
      groups[groupOf(path)] += (g * bytesInOutput) / total;
    }
  }
  for (const key of Object.keys(groups)) groups[key] = Math.round(groups[key]);
  return { minified, gzip, brotli, groups, inputs: [...inputs].sort(), files: names.length };
}

/**
 * What `from` (output files) import dynamically that `loaded` does not hold, each once over `seen`:
 * its source module, its kind (`zh-CN`, `nested`, `interaction`) and the files it adds.
 */
function dynamicLoads(outputs, from, loaded, seen) {
  const loads = [];
  for (const file of from) {
    for (const imp of outputs[file].imports) {
      if (imp.kind !== 'dynamic-import' || loaded.has(imp.path) || seen.has(imp.path)) continue;
      seen.add(imp.path);
      const module = outputs[imp.path]?.entryPoint ?? imp.path;
      const added = [...staticClosure(outputs, [imp.path])].filter((name) => !loaded.has(name));
      const kind = LOCALE_ENTRY.test(module) ? 'zh-CN' : NESTED_ENTRY.test(module) ? 'nested' : 'interaction';
      loads.push({ kind, module, added });
    }
  }
  return loads;
}

/**
 * Measures one page (see scripts/build/budgets.mjs for its fields). Returns the first load
 * (`first`), what loads apart (`apart`: `{ kind: 'zh-CN' | 'nested' | 'interaction', module, … }`),
 * and the metafile for further checks.
 */
export async function measurePage(page) {
  if (page.worker) {
    const { files, metafile } = await bundle({ entry: page.worker, splitting: false });
    return { page, first: measure(files, metafile.outputs, [...files.keys()]), apart: [], metafile };
  }
  const { files, metafile } = await bundle({ source: pageSource(page.defines, page), splitting: true });
  const outputs = metafile.outputs;
  const entry = 'page-weight-out/entry.js';
  const first = staticClosure(outputs, [entry]);
  // The dynamic imports this page always makes, until none is left to add.
  const loads = page.loads ?? [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of [...first]) {
      for (const imp of outputs[file].imports) {
        if (imp.kind !== 'dynamic-import' || first.has(imp.path)) continue;
        const module = outputs[imp.path]?.entryPoint ?? '';
        if (loads.some((pattern) => pattern.test(module))) {
          staticClosure(outputs, [imp.path], first);
          grew = true;
        }
      }
    }
  }
  const seen = new Set();
  const apartLoads = dynamicLoads(outputs, first, first, seen);
  // The text a part loaded on interaction brings in another language (the popover's Chinese) is
  // part of its widget's text in that language.
  for (const part of apartLoads.filter((load) => load.kind === 'interaction')) {
    const texts = dynamicLoads(outputs, part.added, new Set([...first, ...part.added]), seen);
    apartLoads.push(...texts.filter((text) => text.kind === 'zh-CN'));
  }
  const apart = apartLoads.map(({ kind, module, added }) => ({ kind, module, ...measure(files, outputs, added) }));
  apart.sort((a, b) => a.kind.localeCompare(b.kind) || a.module.localeCompare(b.module));
  return { page, first: measure(files, outputs, [...first]), apart, metafile };
}

/**
 * A single-widget page's own Chinese messages: its widget's `*.zh-CN` chunks, not the shared common
 * messages nor those of the elements it nests (each widget's text has its own budget).
 */
export function ownLocaleChunks(page, apart) {
  const folder = page.defines[0].replace(/^define/, '').replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
  return apart.filter((a) => a.kind === 'zh-CN' && localeFolder(a.module) === folder);
}

/** Core's Chinese modules, by the widget whose messages load them. */
const CORE_LOCALE_OWNERS = { 'packages/core/src/warning/catalogue.zh-CN.ts': 'warning-badge' };

/** The widget folder a Chinese chunk's text belongs to (`undefined` for the common messages). */
export function localeFolder(module) {
  return CORE_LOCALE_OWNERS[module] ?? /^packages\/widgets\/src\/([a-z-]+)\//.exec(module)?.[1];
}

export async function measurePages(pages) {
  const results = [];
  for (const page of pages) results.push(await measurePage(page));
  return results;
}
