// Operations: health and readiness, request ids in JSON logs, body limits, the CORS allow-list,
// problem answers for unknown routes, attachments stored in the database, and a graceful shutdown
// that answers the request in flight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import pino from 'pino';
import { SERVER_MODULE } from './support.mjs';

const { openDatabase, migrate, startServer, noAuthentication, BASE_PATH } = await import(SERVER_MODULE);

async function serve(options = {}, { migrated = true } = {}) {
  const db = await openDatabase({ memory: true });
  if (migrated) await migrate(db);
  const server = await startServer({ db, authenticate: noAuthentication, port: 0, ...options(db) });
  return { db, server, async close() { await server.close(); await db.close(); } };
}
const noOptions = () => ({});

test('/healthz answers; /readyz says ready only when the database is reachable and migrated', async () => {
  const fresh = await serve(noOptions, { migrated: false });
  try {
    assert.deepEqual(await (await fetch(`${fresh.server.origin}/healthz`)).json(), { status: 'ok' });
    const notReady = await fetch(`${fresh.server.origin}/readyz`);
    assert.equal(notReady.status, 503);
    assert.match((await notReady.json()).reason, /migrations not applied: 0001_core/);
    await migrate(fresh.db);
    const ready = await fetch(`${fresh.server.origin}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', database: 'pglite' });
  } finally {
    await fresh.close();
  }
});

test('every request is logged as a JSON line with its request id, echoed in X-Request-Id', async () => {
  const lines = [];
  const sink = new Writable({ write(chunk, _, done) { lines.push(...chunk.toString().trim().split('\n').map((l) => JSON.parse(l))); done(); } });
  const { server, close } = await serve(() => ({ logger: pino({ level: 'info' }, sink) }));
  try {
    const given = await fetch(`${server.url}/credit-policy`, { headers: { 'x-request-id': 'req-from-the-portal' } });
    assert.equal(given.headers.get('x-request-id'), 'req-from-the-portal');
    const made = await fetch(`${server.url}/customers/NOPE`);
    const madeId = made.headers.get('x-request-id');
    assert.match(madeId, /^[0-9a-f-]{36}$/);
    const logged = lines.filter((l) => l.msg === 'request');
    assert.deepEqual(logged.map((l) => [l.requestId, l.path, l.status]), [
      ['req-from-the-portal', `${BASE_PATH}/credit-policy`, 200],
      [madeId, `${BASE_PATH}/customers/NOPE`, 404],
    ]);
  } finally {
    await close();
  }
});

test('bodies over the limit are refused with 413; unknown routes and methods answer problems', async () => {
  const { server, close } = await serve(noOptions);
  try {
    const big = await fetch(`${server.url}/credit-applications`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'k-big' }, body: JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) }),
    });
    assert.equal(big.status, 413);
    assert.equal(big.headers.get('content-type'), 'application/problem+json');
    const wrongMethod = await fetch(`${server.url}/customers`, { method: 'POST', body: '{}' });
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get('allow'), 'GET');
    const unknown = await fetch(`${server.url}/no-such-thing`);
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).type, 'urn:credit-kit:problem:no-such-endpoint');
  } finally {
    await close();
  }
});

test('CORS: an allowed origin is echoed, another gets no CORS headers', async () => {
  const { server, close } = await serve(() => ({ corsOrigins: ['https://portal.example'] }));
  try {
    const preflight = (origin) => fetch(`${server.url}/credit-applications`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key' },
    });
    const allowed = await preflight('https://portal.example');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.example');
    assert.match(allowed.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const get = await fetch(`${server.url}/credit-policy`, { headers: { origin: 'https://portal.example' } });
    assert.match(get.headers.get('access-control-expose-headers'), /ETag/);
  } finally {
    await close();
  }
});

test('attachments: the contract\'s types and sizes, stored in the database', async () => {
  const { db, server, close } = await serve(noOptions);
  try {
    const upload = (blob, name) => {
      const form = new FormData();
      form.append('file', blob, name);
      return fetch(`${server.url}/attachments`, { method: 'POST', body: form });
    };
    const pdf = new Blob(['%PDF-1.7 test'], { type: 'application/pdf' });
    const stored = await upload(pdf, 'statements.pdf');
    assert.equal(stored.status, 201);
    const body = await stored.json();
    assert.deepEqual({ ...body, uploadId: typeof body.uploadId }, { uploadId: 'string', fileName: 'statements.pdf', mimeType: 'application/pdf', size: 13 });
    const row = (await db.query('SELECT size, mime_type, encode(content, \'escape\') AS text FROM attachments WHERE id = $1', [body.uploadId])).rows[0];
    assert.deepEqual(row, { size: 13, mime_type: 'application/pdf', text: '%PDF-1.7 test' });
    const xlsx = await upload(new Blob(['PK..'], { type: '' }), 'ledger.xlsx');
    assert.equal(xlsx.status, 201, 'the extension stands in for a missing type');
    const exe = await upload(new Blob(['MZ'], { type: 'application/x-msdownload' }), 'tool.exe');
    assert.equal(exe.status, 422);
    assert.deepEqual((await exe.json()).errors.map((e) => e.path), ['file.mimeType']);
    const empty = await upload(new Blob([], { type: 'image/png' }), 'blank.png');
    assert.deepEqual((await empty.json()).errors.map((e) => e.path), ['file.size']);
    const missing = await fetch(`${server.url}/attachments`, { method: 'POST', body: new FormData() });
    assert.equal(missing.status, 422);
  } finally {
    await close();
  }
});

test('a graceful shutdown answers the request in flight, then stops', async () => {
  let reached;
  const inFlight = new Promise((resolve) => (reached = resolve));
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const { server, db, close } = await serve((db) => ({
    // The upload waits inside its INSERT until the test has started the shutdown.
    db: { ...db, kind: db.kind, query: async (sql, params) => {
      if (sql.startsWith('INSERT INTO attachments')) { reached(); await gate; }
      return db.query(sql, params);
    } },
  }));
  try {
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'a.pdf');
    const response = fetch(`${server.url}/attachments`, { method: 'POST', body: form });
    await inFlight;
    const closed = server.close();
    release();
    assert.equal((await response).status, 201);
    await closed;
    await assert.rejects(fetch(`${server.url}/credit-policy`), 'no longer accepts connections');
    assert.equal((await db.query('SELECT count(*) AS n FROM attachments')).rows[0].n, '1');
  } finally {
    await db.close();
  }
});
