// Emits .d.ts files for every package that has a tsconfig.json, with TypeScript's own compiler.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const tsc = join('node_modules', '.bin', 'tsc');
for (const dir of readdirSync('packages')) {
  const project = join('packages', dir, 'tsconfig.json');
  if (!existsSync(project)) continue;
  const run = spawnSync(tsc, ['-p', project], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
