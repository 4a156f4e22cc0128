// `npm test`: every test of every package. Browser suites run in headless Chromium through
// @web/test-runner; the few suites that need Node (a real HTTP server on localhost, npm pack) run
// with node --test against the build. Ends with one line, `N passed, N failed, N skipped`, over both.
// The build runs first: Node suites import the built packages, and browser suites read build
// outputs (custom-elements.json, the CDN bundle). A failed build (e.g. over the size budget) counts
// as one failure but does not hide the tests' own results.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const watch = args.includes('--watch');

function run(command, commandArgs, { capture = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
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

/** A report file's lines, the file removed; none when it was not written. */
function readLinesOnce(path) {
  try {
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    return text.split('\n').filter((line) => line.trim() !== '');
  } catch {
    return [];
  }
}

/** The failing tests of a node --test TAP report, each with the subtests it sits in (`a › b`). A
 *  suite fails with its tests: only the innermost failures are listed. */
function failingNodeTests(tap) {
  const failed = [];
  const path = [];
  for (const line of tap.split('\n')) {
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) {
      path.length = subtest[1].length / 4;
      path.push(subtest[2]);
      continue;
    }
    const result = /^( *)not ok \d+ - (.*?)(?: # .*)?$/.exec(line);
    if (result) failed.push([...path.slice(0, result[1].length / 4), result[2]].join(' › '));
  }
  return failed.filter((name) => !failed.some((other) => other !== name && other.startsWith(`${name} › `)));
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
const failures = [];
const browserFailuresFile = '.cache-wtr-failures.txt';
const browser = await run('npx', ['web-test-runner'], { capture: true, env: { ...process.env, CK_WTR_FAILURES: browserFailuresFile } });
failures.push(...readLinesOnce(browserFailuresFile).map((line) => `browser: ${line}`));
const browserSummary = parseSummary(browser.out);
if (browserSummary) for (const k of Object.keys(totals)) totals[k] += browserSummary[k];
else totals.failed++;

const nodeTests = [...findNodeTests('packages'), ...findNodeTests('demo'), ...findNodeTests('scripts')];
let nodeCode = 0;
if (nodeTests.length > 0) {
  console.log(`\nNode suites (${nodeTests.length} files), against the build:`);
  const node = await run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=.cache-node-tap.txt', ...nodeTests]);
  nodeCode = node.code;
  const tap = readLinesOnce('.cache-node-tap.txt').join('\n');
  failures.push(...failingNodeTests(tap).map((name) => `node: ${name}`));
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  if (Number.isNaN(count('pass'))) totals.failed++;
  else {
    totals.passed += count('pass');
    totals.failed += count('fail') + (count('cancelled') || 0);
    totals.skipped += (count('skipped') || 0) + (count('todo') || 0);
  }
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(build.code !== 0 || browser.code !== 0 || nodeCode !== 0 || totals.failed > 0 ? 1 : 0);
