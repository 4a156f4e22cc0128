// Makes sure a Chromium is present before browser tests: says so in one line when it is not and,
// as root on Debian or Ubuntu, installs Debian's `chromium` (browser downloads by puppeteer or
// playwright do not work on locked-down machines; the distribution package does).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (!debianLike || !isRoot) {
  console.error(
    'credit-kit: no Chromium found (set CHROME_PATH, or install it: `sudo apt-get install chromium` on Debian/Ubuntu).',
  );
  process.exit(1);
}

console.error('credit-kit: no Chromium found; installing Debian\'s chromium package with apt-get…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0) {
    console.error(`credit-kit: \`apt-get ${args.join(' ')}\` failed; install chromium yourself or set CHROME_PATH.`);
    process.exit(1);
  }
}
if (!findChromium()) {
  console.error('credit-kit: chromium was installed but no binary was found; set CHROME_PATH.');
  process.exit(1);
}
console.error(`credit-kit: installed ${findChromium()}.`);
