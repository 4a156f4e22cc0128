// What a page that uses the CDN build (`packages/widgets/dist/cdn/`, made by `npm run build`)
// downloads in English on first load: the module it imports and every chunk reachable from it
// through static imports, each file gzip -9 / brotli 11 on its own as a browser fetches it.
// Dynamic imports (`import("./x.js")`) load apart: the Chinese messages, and under the autoloader
// each widget's module, which it imports when the widget's tag appears.
//
// Two CDN pages per widget are measured: through the autoloader (`autoloader.js` + `<widget>.js`:
// what a page with only that widget loads), and through the one-file `credit-kit.js` (every widget).
// Read by the size report (printed by `npm run build`) and the ceiling test (cdn-pages.node-test.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliBytes, gzipBytes } from './page-weight.mjs';
import { WIDGET_NAMES } from '../widgets.mjs';

export const CDN = resolve(import.meta.dirname, '..', '..', 'packages', 'widgets', 'dist', 'cdn');

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g;

const source = (file) => readFileSync(join(CDN, file), 'utf8');
const staticImports = (file) => [...source(file).replace(DYNAMIC_IMPORT, '').matchAll(STATIC_IMPORT)].map((m) => m[1]);

/** `starts` and every file they reach through static imports. */
export function staticClosure(starts) {
  const files = new Set();
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop();
    if (files.has(file)) continue;
    files.add(file);
    stack.push(...staticImports(file));
  }
  return files;
}

/** The sizes of a set of files in `dist/cdn/`. */
export function measureFiles(files) {
  let minified = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(CDN, file));
    minified += bytes.length;
    gzip += gzipBytes(bytes);
    brotli += brotliBytes(bytes);
  }
  return { files: [...files].sort(), minified, gzip, brotli };
}

/** Whether the CDN build is there to measure. */
export const cdnBuilt = () => existsSync(join(CDN, 'autoloader.js')) && existsSync(join(CDN, 'credit-kit.js'));

/** One entry per widget: its first load through the autoloader, and through `credit-kit.js`. */
export function measureCdnPages() {
  const bundle = measureFiles(staticClosure(['credit-kit.js']));
  return WIDGET_NAMES.map((name) => ({ name, autoloader: measureFiles(staticClosure(['autoloader.js', `${name}.js`])), bundle }));
}
