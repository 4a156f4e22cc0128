// Tree-shaking guard (issue 13): every module of @credit-kit/core and @credit-kit/client, imported
// and left unused, leaves no zod schema and no decimal.js behind in an esbuild bundle. A page pays
// only for the schemas and rules it calls: top-level schemas are built in calls marked
// `/* @__PURE__ */` whose arguments read no properties and spread nothing (a property read or a
// spread is a side effect to a bundler, which then keeps the schema and all it references).
// Deterministic: a bundle of the sources, no timing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PACKAGES = ['packages/core/src', 'packages/client/src'];

// `@credit-kit/core/contract` is the contract as data (endpoint tables, the OpenAPI generator) for
// the server, the mock and the docs: no page imports it, and it is whole by design.
const NOT_FOR_PAGES = new Set(['test-support', 'contract']);

function modules(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!NOT_FOR_PAGES.has(name)) modules(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** What an unused import of `file` keeps: the bundle's inputs with bytes in the output. */
async function leftBehind(file) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: { contents: `import ${JSON.stringify(file)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    tsconfig: 'tsconfig.base.json',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The file itself counts as imported for its effects, so its own statements are judged too.
    plugins: [{ name: 'import-for-effects', setup: (build) => build.onResolve({ filter: /.*/ }, (args) => (args.path === file ? { path: file, sideEffects: true } : undefined)) }],
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([path]) => path);
}

// decimal.js is a module with side effects of its own: a module importing it keeps it (that module
// is then the one to keep off pages that do not compute).
const importsDecimal = (file) => /from 'decimal\.js'/.test(readFileSync(file, 'utf8'));

describe('tree shaking: an unused import of a core or client module leaves no schema or decimal.js behind', () => {
  for (const dir of PACKAGES) {
    for (const file of modules(join(ROOT, dir))) {
      const name = relative(ROOT, file);
      it(name, async () => {
        const kept = await leftBehind(file);
        const heavy = kept.filter((path) => path.includes('node_modules/zod/') || (path.includes('node_modules/decimal.js/') && !importsDecimal(file)));
        assert.deepEqual(heavy, [], `${name} keeps ${heavy.join(', ')} when nothing of it is used: a top-level statement with a side effect (an unannotated call, a property read or a spread in a schema's arguments)`);
      });
    }
  }

  it('can fail: a top-level schema without its annotation is kept', async () => {
    const probe = join(ROOT, 'packages/core/src/schemas/common.ts');
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      stdin: { contents: `import * as z from 'zod/mini'; import ${JSON.stringify(probe)}; export const kept = z.object({ a: z.string() }).check(z.minLength(1));`, resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', conditions: ['source', 'browser', 'production'], tsconfig: 'tsconfig.base.json', write: false, metafile: true, logLevel: 'silent',
    });
    const [output] = Object.values(result.metafile.outputs);
    assert.ok(Object.entries(output.inputs).some(([path, { bytesInOutput }]) => path.includes('node_modules/zod/') && bytesInOutput > 0));
  });
});
