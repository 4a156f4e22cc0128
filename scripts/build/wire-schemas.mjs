// `npm run wire-schemas`: writes packages/core/src/wire/wire-schemas.generated.ts, core's zod schemas that
// widget pages validate responses with compiled to wire schemas (scripts/build/wire-compile.mjs). Run it
// after changing one of those schemas (WIRE_TARGETS); core's wire test fails until the file is written again.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { emitWireModule, WIRE_TARGETS } from './wire-compile.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'packages', 'core', 'src');
const OUT = join(SRC, 'wire', 'wire-schemas.generated.ts');

/** Core's source modules, tests, the generated file and its interpreter left out. */
function sourceFiles(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    if (!/\.ts$/.test(entry.name) || /\.(test|d)\.ts$/.test(entry.name) || path.startsWith(join(SRC, 'wire'))) return [];
    return [relative(SRC, path)];
  });
}

const files = sourceFiles();
const cache = join(ROOT, 'node_modules', '.cache', 'credit-kit');
mkdirSync(cache, { recursive: true });
const outfile = join(cache, 'wire-schemas.mjs');
await build({
  stdin: {
    contents: `${files.map((file, index) => `import * as m${index} from './${file}';`).join('\n')}\nexport const modules = [${files.map((_, index) => `m${index}`).join(', ')}];\n`,
    resolveDir: SRC,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  conditions: ['source'],
  logLevel: 'error',
  // The file being written is not read: core imports it, and it may be stale or broken.
  plugins: [
    {
      name: 'without-generated-wire-schemas',
      setup(builder) {
        builder.onResolve({ filter: /wire-schemas\.generated\.js$/ }, (args) => ({ path: args.path, namespace: 'wire-stub' }));
        builder.onLoad({ filter: /.*/, namespace: 'wire-stub' }, () => ({
          contents: WIRE_TARGETS.map(({ parser }) => `export const ${parser} = undefined;`).join('\n'),
          loader: 'js',
        }));
      },
    },
  ],
});
const { modules } = await import(`${outfile}?t=${Date.now()}`);

// Each exported function and schema by the file that defines it (not one that re-exports it).
const names = new Map();
const schemas = {};
modules.forEach((module, index) => {
  const file = files[index].split('\\').join('/');
  const text = readFileSync(join(SRC, file), 'utf8');
  for (const [name, value] of Object.entries(module)) {
    if (!new RegExp(`export (?:const|function|let) ${name}\\b`).test(text)) continue;
    if (typeof value === 'function' || value?._zod) {
      if (!names.has(value)) names.set(value, { name, file });
      if (value?._zod) schemas[name] = value;
    }
  }
});

const text = emitWireModule(schemas, names);
writeFileSync(OUT, text);
console.log(`${relative(ROOT, OUT)} written (${text.length} bytes)`);
