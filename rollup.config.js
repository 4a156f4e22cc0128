// Builds every workspace package that has sources: ESM with modules preserved (so bundlers can
// tree-shake per module), dependencies left external, the widgets' CSS minified. Types come from `tsc` (scripts/build/build-types.mjs).
// Browser bundles (the CDN bundle, the aging worker beside it, one minified bundle per widget for
// the size report) are built by `browserBundles` below.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollupMinifyCss } from './scripts/build/minify-css-templates.mjs';
import { WIDGET_NAMES } from './scripts/widgets.mjs';

const PACKAGES_DIR = 'packages';

function packageBuild(dir) {
  const root = join(PACKAGES_DIR, dir);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const externals = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const isExternal = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');
  const entries = manifest.buildEntries ?? ['src/index.ts'];
  return {
    input: Object.fromEntries(entries.map((entry) => [entry.replace(/^src\//, '').replace(/\.ts$/, ''), join(root, entry)])),
    external: isExternal,
    plugins: [rollupMinifyCss(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: false })],
    output: {
      dir: join(root, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(root, 'src'),
      entryFileNames: '[name].js',
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  };
}

/** Each workspace package's `sideEffects` as its package.json declares it. */
const declaredSideEffects = Object.fromEntries(
  readdirSync(PACKAGES_DIR)
    .filter((dir) => existsSync(join(PACKAGES_DIR, dir, 'package.json')))
    .map((dir) => [dir, JSON.parse(readFileSync(join(PACKAGES_DIR, dir, 'package.json'), 'utf8')).sideEffects]),
);

/**
 * Whether Rollup must keep a module's top level though none of its exports is used. The workspace
 * packages' sources (`source` condition) answer as their package.json declares: Rollup does not read
 * it for them, and taking every core module as effectful made each widget's chunks depend on
 * whatever the core barrel reaches (zod on the badge's page). decimal.js declares nothing; its top
 * level only builds the constructor. Other packages keep their own answer (node-resolve reads it).
 */
function hasSideEffects(id) {
  if (/[\\/]node_modules[\\/]decimal\.js[\\/]/.test(id)) return false;
  const source = /[\\/]packages[\\/]([^\\/]+)[\\/](src[\\/].*)$/.exec(id);
  if (!source) return true;
  const declared = declaredSideEffects[source[1]];
  if (declared === false) return false;
  if (Array.isArray(declared)) return declared.some((file) => file.replace(/^\.\//, '') === source[2].split('\\').join('/'));
  return true;
}

/**
 * Minified ES modules with every import bundled (lit, core, client, zod/mini, decimal.js),
 * workspace packages from their TypeScript sources (`source` condition), browser builds of
 * dependencies. `input` becomes `entryFileName` in `dir`; what it loads on demand (`import()`)
 * becomes chunks beside it (e.g. `aging-table.messages.zh-CN-<hash>.js`), so a page downloads only
 * what it uses. Used for the CDN bundle and the per-widget size bundles.
 */
function browserBundle({ input, dir, entryFileName, sourcemap = false }) {
  return {
    input,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.mjs', '.js', '.json'] }),
      rollupMinifyCss(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: sourcemap }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    ],
    treeshake: { moduleSideEffects: hasSideEffects },
    // The chunks import what they share with the entry from the entry itself (no facade module).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir,
      entryFileNames: entryFileName ?? '[name].js',
      chunkFileNames: '[name]-[hash].js',
      format: 'es',
      sourcemap,
    },
    onwarn(warning, warn) {
      // zod's sources carry explanatory comments mentioning `@__PURE__` that Rollup cannot place.
      if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && !warning.ids?.some((id) => id.includes(`${PACKAGES_DIR}/`))) return;
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  };
}

const WIDGETS = join(PACKAGES_DIR, 'widgets');
/** Each widget's registering module, bundled alone (with lit, core and client) for scripts/build/size-report.mjs. */
const SIZE_BUNDLES = WIDGET_NAMES;

function browserBundles() {
  if (!existsSync(join(WIDGETS, 'src', 'cdn-bundle.ts'))) return [];
  const cdn = join(WIDGETS, 'dist', 'cdn');
  // Chunk names carry content hashes: clear the last build's so none lingers beside the new ones.
  rmSync(cdn, { recursive: true, force: true });
  return [
    // One `<script type="module">`: registers the four `ck-` elements, exports the widgets' and the client's API.
    browserBundle({ input: join(WIDGETS, 'src', 'cdn-bundle.ts'), dir: cdn, entryFileName: 'credit-kit.js', sourcemap: true }),
    // The autoloader and one module per widget, sharing chunks: a page loads only its widgets' code.
    // Beside credit-kit.js, so the table's worker (below) is beside its chunks too.
    browserBundle({
      input: {
        autoloader: join(WIDGETS, 'src', 'cdn-autoloader.ts'),
        ...Object.fromEntries(WIDGET_NAMES.map((name) => [name, join(WIDGETS, 'src', name, `${name}.ts`)])),
      },
      dir: cdn,
    }),
    // The table starts `new Worker(new URL('./aging.worker.js', import.meta.url))`: beside the bundle.
    browserBundle({ input: join(WIDGETS, 'src', 'aging-table', 'aging.worker.ts'), dir: cdn, entryFileName: 'aging.worker.js' }),
    ...SIZE_BUNDLES.filter((name) => existsSync(join(WIDGETS, 'src', name, `${name}.ts`))).map((name) =>
      browserBundle({ input: join(WIDGETS, 'src', name, `${name}.ts`), dir: join(cdn, 'widgets', name), entryFileName: `${name}.js` }),
    ),
  ];
}

const packages = readdirSync(PACKAGES_DIR).filter((dir) => existsSync(join(PACKAGES_DIR, dir, 'src', 'index.ts')));

export default [...packages.map(packageBuild), ...browserBundles()];
