// `npm start`: installs dependencies on a fresh clone, then serves the demo page and prints its URL.
// Uses only Node built-ins until the install is done.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);

if (!existsSync(join(root, 'node_modules', '@web', 'dev-server'))) {
  console.log('credit-kit: installing dependencies (first run)…');
  const install = spawnSync('npm', [existsSync('package-lock.json') ? 'ci' : 'install', '--no-fund', '--no-audit'], {
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const { startDevServer } = await import('@web/dev-server');
const { default: demoConfig } = await import('../../web-dev-server.config.mjs');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? 'localhost';
const server = await startDevServer({
  config: { ...demoConfig, port, hostname: host },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`credit-kit: demo running at http://${host}:${actualPort}/demo/  (Ctrl+C to stop)`);
console.log(`credit-kit: the same widgets in React: http://${host}:${actualPort}/demo/react/ and in a plain HTML page (CDN bundle): http://${host}:${actualPort}/demo/plain/`);

// The plain-HTML page loads the built CDN bundle. Build it (that bundle only) when it is missing or
// older than the sources, in the background: the server is already answering meanwhile, and the page
// says so if it is opened before the bundle is there.
const { cdnBundleState, CDN_BUNDLE } = await import('../../demo/cdn-bundle.mjs');
const bundleState = cdnBundleState();
if (bundleState !== 'fresh') {
  // No duration promised: it is seconds on an idle machine and has taken over a minute on a busy one.
  console.log(`credit-kit: /demo/ and /demo/react/ are ready now. Building ${CDN_BUNDLE} (${bundleState}) in the background for /demo/plain/ only; a line below says when it is done.`);
  const build = spawn(process.execPath, ['demo/cdn-bundle.mjs'], { stdio: 'inherit' });
  build.on('close', (code) => {
    if (code === 0) console.log(`credit-kit: /demo/plain/ is ready: http://${host}:${actualPort}/demo/plain/`);
    else console.log(`credit-kit: building the CDN bundle failed (above); /demo/plain/ needs it: run \`npm run build\`.`);
  });
}
