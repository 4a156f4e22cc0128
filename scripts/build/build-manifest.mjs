// Writes packages/widgets/custom-elements.json with the Custom Elements Manifest analyzer
// (configuration and Credit Kit's plugin: packages/widgets/custom-elements-manifest.config.mjs).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const cem = resolve('node_modules', '.bin', 'cem');
const run = spawnSync(cem, ['analyze', '--quiet'], { cwd: join('packages', 'widgets'), stdio: 'inherit' });
if (run.status !== 0) {
  console.error('build-manifest: the custom-elements-manifest analyzer failed.');
  process.exit(run.status ?? 1);
}
