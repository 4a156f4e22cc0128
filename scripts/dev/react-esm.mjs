// React and react-dom as native ES modules for @web/dev-server and @web/test-runner. Their npm
// packages are CommonJS (with `process.env.NODE_ENV` switches), which a browser cannot import; this
// plugin bundles them once with esbuild (code splitting, so `react-dom` and the page share one
// React) and serves the result under /__react-esm/. Named exports are generated from the modules'
// own export lists, so `import { useState } from 'react'` and `import * as React from 'react'` both work.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const BASE = '/__react-esm/';
/** Bare specifiers served from the bundle → their file name under BASE. */
const ENTRIES = new Map([
  ['react', 'react'],
  ['react/jsx-runtime', 'react-jsx-runtime'],
  ['react/jsx-dev-runtime', 'react-jsx-dev-runtime'],
  ['react-dom', 'react-dom'],
  ['react-dom/client', 'react-dom-client'],
]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The export names of each CommonJS entry. Read in a child process: React's development build
 * patches `console` when it loads, which breaks the test runner's own console if loaded here.
 */
function exportNames() {
  const script = `const out = {}; for (const s of JSON.parse(process.argv[1])) out[s] = Object.keys(require(s)); process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, JSON.stringify([...ENTRIES.keys()])], { encoding: 'utf8' }));
}

/** `export default m; export const { a, b } = m;` over the CommonJS module `specifier`. */
function entrySource(specifier, allNames) {
  const names = allNames[specifier].filter((name) => name !== 'default' && IDENTIFIER.test(name));
  return `import m from ${JSON.stringify(specifier)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`;
}

async function bundle(mode) {
  const names = exportNames();
  const result = await esbuild.build({
    entryPoints: [...ENTRIES].map(([specifier, out]) => ({ in: `react-esm-entry:${specifier}`, out })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: BASE,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    plugins: [
      {
        name: 'react-esm-entries',
        setup(build) {
          build.onResolve({ filter: /^react-esm-entry:/ }, (args) => ({ path: args.path.slice('react-esm-entry:'.length), namespace: 'react-esm-entry' }));
          build.onLoad({ filter: /.*/, namespace: 'react-esm-entry' }, (args) => ({
            contents: entrySource(args.path, names),
            resolveDir: process.cwd(),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

/**
 * Dev-server / test-runner plugin: resolves `react`, `react/jsx-runtime`, `react-dom`,
 * `react-dom/client` to the ESM bundle and serves it. `mode` is React's build: `development`
 * (default: readable warnings) or `production`.
 */
export function reactEsmPlugin({ mode = 'development' } = {}) {
  let files;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      const out = ENTRIES.get(source);
      return out === undefined ? undefined : `${BASE}${out}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      files ??= bundle(mode);
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
