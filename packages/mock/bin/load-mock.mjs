// Loads @credit-kit/mock's Node entry (src/node/index.ts) without a build step: in the repository
// the TypeScript sources are bundled on the fly with esbuild (workspace packages included through
// their `source` export condition; other dependencies stay external, imported from node_modules by
// absolute URL). A published package has no sources and uses its built dist/ instead.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE_ENTRY = join(here, '..', 'src', 'node', 'index.ts');
const BUILT_ENTRY = join(here, '..', 'dist', 'node', 'index.js');

/** @returns {Promise<typeof import('../src/node/index.ts')>} */
export async function loadMockNodeModule() {
  if (!existsSync(SOURCE_ENTRY)) return import(pathToFileURL(BUILT_ENTRY).href);
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    if (existsSync(BUILT_ENTRY)) return import(pathToFileURL(BUILT_ENTRY).href);
    throw new Error('Running @credit-kit/mock from its sources needs esbuild (a dev dependency): run npm install, or npm run build.');
  }
  const result = await esbuild
    .build({
      entryPoints: [SOURCE_ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      write: false,
      logLevel: 'silent',
      plugins: [externalDependencies()],
    })
    .catch((error) => {
      const first = error.errors?.[0];
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
      throw new Error(`Could not bundle @credit-kit/mock from its sources: ${where}${first?.text ?? error.message}`, { cause: error });
    });
  const file = join(tmpdir(), `credit-kit-mock-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** Leaves every bare import but @credit-kit/* out of the bundle, pointing it at the file esbuild resolved. */
function externalDependencies() {
  return {
    name: 'credit-kit-external-dependencies',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData?.inner || args.path.startsWith('@credit-kit/')) return undefined;
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { inner: true } });
        if (resolved.errors.length) return { errors: resolved.errors };
        return { path: pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
}
