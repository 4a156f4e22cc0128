// The server on a real PostgreSQL this test starts itself (see postgres.mjs): the conformance kit
// passes; 50 concurrent POSTs with one Idempotency-Key, sent to two server processes on one
// database, create one application; the key is honoured after both processes restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance, formatReport } from '@credit-kit/conformance';
import { postgresUnavailable, startPostgres } from './postgres.mjs';
import { CONFORMANCE_ACTORS, conformanceAuthentication } from '../src/decisions/test-support.mjs';
import { SERVER_MODULE, TOKENS, applicationFor, spawnServer } from './support.mjs';
import { checkTransitionsCannotDecide } from './transitions-cannot-decide.mjs';

const skip = postgresUnavailable();
if (skip) console.log(`# ${skip}`);

const { openDatabase, migrate, listMigrations, startServer, noAuthentication, readSeedFile, writeSeed, tokensFromObject } = await import(SERVER_MODULE);

let pg;
let seed;
const dir = mkdtempSync(join(tmpdir(), 'ck-server-pg-test-'));

before(async () => {
  if (skip) return;
  const seedFile = join(dir, 'seed.json');
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/seed-from-mock.mjs', import.meta.url)), seedFile, '--receivables', '400'], { stdio: 'pipe' });
  seed = readSeedFile(seedFile);
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the conformance kit passes against the server on PostgreSQL', { skip }, async () => {
  const db = await openDatabase({ url: await pg.createDatabase('conformance') });
  const server = await startServer({ db, authenticate: conformanceAuthentication, port: 0 });
  try {
    assert.deepEqual(await migrate(db), listMigrations().map((m) => m.name), 'applies every migration once');
    assert.deepEqual(await migrate(db), [], 'a second run applies nothing');
    await writeSeed(db, seed);
    const report = await runConformance({ baseUrl: server.url, actors: CONFORMANCE_ACTORS });
    assert.equal(report.passed, true, formatReport(report));
    const ready = await fetch(server.url.replace('/api/credit/v1', '/readyz'));
    assert.deepEqual(await ready.json(), { status: 'ready', database: 'postgres' });
  } finally {
    await server.close();
    await db.close();
  }
});

test('50 concurrent POSTs with one key to two processes on one database create one application, honoured after a restart', { skip }, async () => {
  const url = await pg.createDatabase('idempotency');
  const db = await openDatabase({ url });
  await migrate(db);
  await writeSeed(db, seed);
  const env = { DATABASE_URL: url };
  let servers = [await spawnServer(['serve', '--auth', 'none'], env), await spawnServer(['serve', '--auth', 'none'], env)];
  try {
    const key = crypto.randomUUID();
    const body = applicationFor(seed.customers[1], 'fifty at once');
    const post = (base, b = body) =>
      fetch(`${base}/credit-applications`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(b) });
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => post(servers[i % 2].url)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const statuses = responses.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses ${statuses.join(',')}`);
    assert.equal(statuses.filter((s) => s === 200).length, 49, `statuses ${statuses.join(',')}`);
    assert.ok(responses.filter((r) => r.status === 200).every((r) => r.headers.get('idempotent-replayed') === 'true'));
    const ids = new Set(bodies.map((b) => b.id));
    assert.equal(ids.size, 1, `ids ${[...ids].join(',')}`);
    const [id] = ids;
    const stored = await db.query(`SELECT count(*) AS n FROM credit_applications WHERE input->'request'->>'purpose' = 'fifty at once'`);
    assert.equal(stored.rows[0].n, '1');

    const conflicting = await post(servers[1].url, { ...body, request: { ...body.request, amount: '1.00' } });
    assert.equal(conflicting.status, 422);
    assert.equal((await conflicting.json()).type, 'urn:credit-kit:problem:idempotency-key-reused');

    assert.deepEqual(await Promise.all(servers.map((s) => s.stop())), [0, 0], 'both stop cleanly on SIGTERM');
    servers = [await spawnServer(['serve', '--auth', 'none'], env)];
    const replay = await post(servers[0].url);
    assert.equal(replay.status, 200);
    assert.equal((await replay.json()).id, id);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.close();
  }
});

test('on PostgreSQL too, a transition cannot approve or reject: only the decision endpoint, with its policy checks', { skip }, async () => {
  const db = await openDatabase({ url: await pg.createDatabase('transitions') });
  await migrate(db);
  await writeSeed(db, seed);
  const server = await startServer({ db, authenticate: tokensFromObject(TOKENS), port: 0 });
  try {
    await checkTransitionsCannotDecide({ url: server.url, db, customer: seed.customers.find((c) => c.id === 'C001') });
  } finally {
    await server.close();
    await db.close();
  }
});
