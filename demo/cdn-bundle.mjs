// The CDN-style bundle the plain-HTML demo page loads (packages/widgets/dist/cdn/credit-kit.js and the
// aging worker beside it), built by the project's own rollup configuration, and nothing else of it:
// `npm start` and the embedding tests call `ensureCdnBundle()` so a fresh clone needs no full build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CDN_BUNDLE = 'packages/widgets/dist/cdn/credit-kit.js';
const CDN_WORKER = 'packages/widgets/dist/cdn/aging.worker.js';
/** Sources that end up in the bundle (the widgets, the client, core). */
const SOURCE_DIRS = ['packages/widgets/src', 'packages/client/src', 'packages/core/src'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** `'missing'`, `'stale'` (a source is newer than the bundle) or `'fresh'`. */
export function cdnBundleState() {
  const files = [CDN_BUNDLE, CDN_WORKER].map((file) => join(ROOT, file));
  if (!files.every((file) => existsSync(file))) return 'missing';
  const built = Math.min(...files.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(...SOURCE_DIRS.map((dir) => (existsSync(join(ROOT, dir)) ? newestSource(join(ROOT, dir)) : 0)));
  return sources > built ? 'stale' : 'fresh';
}

/** Builds the CDN bundle, its worker and the autoloader: the entries of rollup.config.js that write them. */
export async function buildCdnBundle() {
  const { rollup } = await import('rollup');
  const previous = process.cwd();
  process.chdir(ROOT); // rollup.config.js uses paths relative to the repository root
  try {
    const { default: configs } = await import('../rollup.config.js');
    // An entry writes `output.file`, or `output.entryFileNames` in `output.dir` (chunks beside it).
    const writes = ({ output }) => output?.file ?? (output?.dir && typeof output.entryFileNames === 'string' ? join(output.dir, output.entryFileNames) : undefined);
    const wanted = [CDN_BUNDLE, CDN_WORKER].map((file) => configs.find((config) => writes(config) && relative('.', writes(config)) === file));
    if (wanted.some((config) => !config)) throw new Error(`rollup.config.js has no entry writing ${CDN_BUNDLE} and ${CDN_WORKER}`);
    // Loading rollup.config.js clears dist/cdn/: the autoloader and its widget modules are rebuilt too,
    // so the folder stays what the docs describe (only the size report's per-widget bundles wait for a build).
    const autoloader = configs.find((config) => typeof config.input === 'object' && 'autoloader' in config.input);
    if (autoloader) wanted.push(autoloader);
    for (const { output, ...input } of wanted) {
      const bundle = await rollup(input);
      try {
        await bundle.write(output);
      } finally {
        await bundle.close();
      }
    }
  } finally {
    process.chdir(previous);
  }
}

/** Builds the bundle when it is missing or older than its sources; returns what it found. */
export async function ensureCdnBundle() {
  const state = cdnBundleState();
  if (state !== 'fresh') await buildCdnBundle();
  return state;
}

// `node demo/cdn-bundle.mjs`: the same, from the command line (npm start runs it in the background).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const state = await ensureCdnBundle();
  if (state !== 'fresh') console.log(`credit-kit: built ${CDN_BUNDLE} (${state} before) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
