// The demo page pointed at the real credit service (`?api=`, as with `npm run server`): every
// widget loads from the service's database, under the page's CSP, with no console errors; the
// customer list shows the service's data, and requests go to the service, not the mock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startDemoHarness } from './browser-harness.mjs';

const { openDatabase, migrate, startServer, noAuthentication, writeSeed, readSeedFile } = await import('../packages/server/dist/index.js');
const { execFileSync } = await import('node:child_process');
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');

let harness;
let db;
let service;
const dir = mkdtempSync(join(tmpdir(), 'ck-demo-server-'));

before(async () => {
  const seedFile = join(dir, 'seed.json');
  execFileSync(process.execPath, ['packages/server/scripts/seed-from-mock.mjs', seedFile, '--receivables', '300'], { stdio: 'pipe' });
  db = await openDatabase({ memory: true });
  await migrate(db);
  const seed = readSeedFile(seedFile);
  // Renamed in the database only: the page can show it only if it reads the service.
  seed.customers[0] = { ...seed.customers[0], name: 'Served From PostgreSQL Co.' };
  await writeSeed(db, seed);
  harness = await startDemoHarness();
  service = await startServer({ db, authenticate: noAuthentication, port: 0, corsOrigins: [harness.origin] });
});

after(async () => {
  await harness?.stop();
  await service?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('?api= points every widget at the credit service', async () => {
  const { page, problems, requests } = await openPage(harness, `/demo/?lang=en&latency=0&api=${encodeURIComponent(service.url)}`);
  try {
    await page.waitForFunction(() => document.body.dataset.demoReady === 'true', { timeout: 30_000 });
    for (const tag of ['ck-warning-badge', 'ck-limit-calculator', 'ck-aging-table']) {
      await page.waitForFunction((t) => [...document.querySelectorAll(t)].length > 0 && [...document.querySelectorAll(t)].every((el) => el.ready === true), { timeout: 30_000 }, tag);
    }
    await page.waitForFunction(() => document.body.textContent.includes('Served From PostgreSQL Co.'), { timeout: 30_000 });
    const notice = await page.$eval('[data-backend="server"]', (el) => el.textContent);
    assert.match(notice, new RegExp(service.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    assert.ok(requests.some((path) => path === '/api/credit/v1/customers'), 'the page asked the service for customers');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
