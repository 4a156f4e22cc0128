// `npm start` as the README gives it: the script starts, prints the demo's URL, and the page is served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('npm start serves the demo page and prints its URL', async () => {
  // Port 0: a free one; the script prints the one it got. `detached` so the background CDN build stops with it.
  const child = spawn(process.execPath, ['scripts/dev/start.mjs'], { cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  try {
    const url = await new Promise((resolve, reject) => {
      const onData = (chunk) => {
        output += chunk;
        const match = /demo running at (http:\/\/\S+\/demo\/)/.exec(output);
        if (match) resolve(match[1]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Credit Kit demo<\/title>/);
    assert.equal((await fetch(new URL('main.ts', url))).status, 200);
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});
