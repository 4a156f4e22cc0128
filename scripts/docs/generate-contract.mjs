// `npm run contract`: writes docs/openapi.json from the core schemas (packages/core/src/contract).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join('node_modules', '.cache', 'credit-kit');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'contract.mjs');
await build({
  entryPoints: ['packages/core/src/contract/index.ts'],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile,
  conditions: ['source'], logLevel: 'error',
});
const { buildOpenApiDocument } = await import(join(process.cwd(), outfile) + `?t=${Date.now()}`);
const text = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
writeFileSync('docs/openapi.json', text);
console.log(`docs/openapi.json written (${text.length} bytes)`);
