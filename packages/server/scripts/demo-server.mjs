#!/usr/bin/env node
// `npm run server`: the credit service on embedded PGlite (./.credit-kit-data), seeded on first
// start with the mock's demo data, authentication off (loopback only). Other flags pass through
// (`npm run server -- --port 4100`, `--memory`, `--empty`, `--tokens FILE`…).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const args = process.argv.slice(2);

const built = ['../dist/cli.js', '../../mock/dist/index.js'].every((p) => existsSync(here(p)));
if (!built) {
  console.log('npm run server: building the packages first (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const seedFile = `${root}node_modules/.cache/credit-kit/server-demo-seed.json`;
const passthrough = [...args];
if (!args.includes('--empty') && !args.includes('--seed')) {
  if (!existsSync(seedFile)) {
    const seeded = spawnSync(process.execPath, [here('./seed-from-mock.mjs'), seedFile], { stdio: 'inherit' });
    if (seeded.status !== 0) process.exit(seeded.status ?? 1);
  }
  passthrough.push('--seed', seedFile);
}
const auth = args.some((a) => a === '--auth' || a === '--tokens' || a.startsWith('--jwt') || a === '--jwks-url') ? [] : ['--auth', 'none'];
const cors = args.includes('--cors') ? [] : ['--cors', '*'];
const { main } = await import(here('../dist/cli.js'));
process.exitCode = await main(['serve', ...auth, ...cors, ...passthrough]);
