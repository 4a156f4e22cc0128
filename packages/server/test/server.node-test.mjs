// The server on embedded PGlite: the conformance kit passes, and what was stored survives a restart
// on the same data directory (applications, idempotency keys).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance, formatReport } from '@credit-kit/conformance';
import { CONFORMANCE_ACTORS, conformanceAuthentication } from '../src/decisions/test-support.mjs';
import { SERVER_MODULE, applicationFor } from './support.mjs';

const { openDatabase, migrate, startServer, noAuthentication, readSeedFile, writeSeed } = await import(SERVER_MODULE);

const dir = mkdtempSync(join(tmpdir(), 'ck-server-test-'));
const seedFile = join(dir, 'seed.json');
let seed;

before(() => {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/seed-from-mock.mjs', import.meta.url)), seedFile, '--receivables', '400'], { stdio: 'pipe' });
  seed = readSeedFile(seedFile);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function serveOn(dataDir) {
  const db = await openDatabase(dataDir ? { dataDir } : { memory: true });
  await migrate(db);
  const server = await startServer({ db, authenticate: conformanceAuthentication, port: 0 });
  return { db, server, async close() { await server.close(); await db.close(); } };
}

test('the conformance kit passes against the server on PGlite', async () => {
  const { db, server, close } = await serveOn();
  try {
    await writeSeed(db, seed);
    const report = await runConformance({ baseUrl: server.url, actors: CONFORMANCE_ACTORS });
    assert.equal(report.passed, true, formatReport(report));
  } finally {
    await close();
  }
});

test('an application and its Idempotency-Key survive a restart on the same data directory', async () => {
  const dataDir = join(dir, 'data');
  const body = applicationFor(seed.customers[0], 'restart check');
  const key = crypto.randomUUID();
  const post = (url, b = body) =>
    fetch(`${url}/credit-applications`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(b) });
  let first;
  {
    const { db, server, close } = await serveOn(dataDir);
    await writeSeed(db, seed);
    const response = await post(server.url);
    assert.equal(response.status, 201);
    first = await response.json();
    await close();
  }
  const { server, close } = await serveOn(dataDir);
  try {
    const replay = await post(server.url);
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal((await replay.json()).id, first.id);
    const refused = await post(server.url, { ...body, request: { ...body.request, amount: '999.00' } });
    assert.equal(refused.status, 422);
    assert.equal((await refused.json()).type, 'urn:credit-kit:problem:idempotency-key-reused');
    const fetched = await (await fetch(`${server.url}/credit-applications/${first.id}`)).json();
    assert.deepEqual(fetched, first);
  } finally {
    await close();
  }
});

test('the audit trail is append-only in the database itself', async () => {
  const { db, server, close } = await serveOn();
  try {
    await writeSeed(db, seed);
    const id = seed.applications[0].id;
    await assert.rejects(db.query('UPDATE application_events SET actor = $1 WHERE application_id = $2', ['someone else', id]), /append-only/);
    await assert.rejects(db.query('DELETE FROM application_events WHERE application_id = $1', [id]), /append-only/);
    const trail = await (await fetch(`${server.url}/credit-applications/${id}`)).json();
    assert.deepEqual(trail.history, seed.applications[0].history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })));
  } finally {
    await close();
  }
});
