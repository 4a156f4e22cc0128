// `npm test`: every test of every package. Browser suites run in headless Chromium through
// @web/test-runner; the few suites that need Node (a real HTTP server on localhost, npm pack) run
// with node --test against the build. Ends with one line, `N passed, N failed, N skipped`, over both.
// The build runs first: Node suites import the built packages, and browser suites read build
// outputs (custom-elements.json, the CDN bundle). A failed build (e.g. over the size budget) counts
// as one failure but does not hide the tests' own results.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const watch = args.includes('--watch');

function run(command, commandArgs, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function parseSummary(text) {
  const match = /^(\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(text.trimEnd().split('\n').reverse().find((l) => /passed, \d+ failed/.test(l)) ?? '');
  return match ? { passed: +match[1], failed: +match[2], skipped: +match[3] } : null;
}

function findNodeTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findNodeTests(path, out);
    else if (name.endsWith('.node-test.mjs')) out.push(path);
  }
  return out;
}

const ensure = spawnSync(process.execPath, ['scripts/test/ensure-chromium.mjs'], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

console.log('Building the packages (npm run build)…');
const build = await run('npm', ['run', '--silent', 'build']);
if (build.code !== 0) console.log('\nnpm test: the build failed (above); running the tests anyway, the failure is counted.');

if (watch) {
  const { code } = await run('npx', ['web-test-runner', '--watch']);
  process.exit(code);
}

const totals = { passed: 0, failed: build.code !== 0 ? 1 : 0, skipped: 0 };
const browser = await run('npx', ['web-test-runner'], { capture: true });
const browserSummary = parseSummary(browser.out);
if (browserSummary) for (const k of Object.keys(totals)) totals[k] += browserSummary[k];
else totals.failed++;

const nodeTests = [...findNodeTests('packages'), ...findNodeTests('demo'), ...findNodeTests('scripts')];
let nodeCode = 0;
if (nodeTests.length > 0) {
  console.log(`\nNode suites (${nodeTests.length} files), against the build:`);
  const node = await run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.cache-node-tap.txt', ...nodeTests]);
  nodeCode = node.code;
  const { readFileSync, rmSync } = await import('node:fs');
  let tap = '';
  try {
    tap = readFileSync('.cache-node-tap.txt', 'utf8');
    rmSync('.cache-node-tap.txt');
  } catch {
    // no report written: counted as a failure below
  }
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  if (Number.isNaN(count('pass'))) totals.failed++;
  else {
    totals.passed += count('pass');
    totals.failed += count('fail') + (count('cancelled') || 0);
    totals.skipped += (count('skipped') || 0) + (count('todo') || 0);
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(build.code !== 0 || browser.code !== 0 || nodeCode !== 0 || totals.failed > 0 ? 1 : 0);
