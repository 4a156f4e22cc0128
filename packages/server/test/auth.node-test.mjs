// Who may see what: tokens, JWT (HS256, RS256, JWKS) and --auth none; a sales principal sees only
// its customers (others answer 404 as if absent; lists never show them); roles gate submissions,
// reviews and decisions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { SERVER_MODULE, TOKENS, applicationFor } from './support.mjs';
import { checkTransitionsCannotDecide } from './transitions-cannot-decide.mjs';

const { openDatabase, migrate, startServer, tokensFromObject, jwtAuthenticator, readSeedFile, writeSeed } = await import(SERVER_MODULE);
const { main } = await import(new URL('../dist/cli.js', import.meta.url).href);

const dir = mkdtempSync(join(tmpdir(), 'ck-server-auth-'));
let seed;
let db;
let server;

before(async () => {
  const seedFile = join(dir, 'seed.json');
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/seed-from-mock.mjs', import.meta.url)), seedFile, '--receivables', '300'], { stdio: 'pipe' });
  seed = readSeedFile(seedFile);
  db = await openDatabase({ memory: true });
  await migrate(db);
  await writeSeed(db, seed);
  server = await startServer({ db, authenticate: tokensFromObject(TOKENS), port: 0 });
});
after(async () => {
  await server?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (token) => async (path, init = {}) => {
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
};
const sales = as('tok-sales');
const analyst = as('tok-analyst');
const approver = as('tok-approver');

test('no or unknown credentials: 401 problem with WWW-Authenticate', async () => {
  for (const token of [undefined, 'not-a-token']) {
    const response = await fetch(`${server.url}/customers`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('www-authenticate'), 'Bearer');
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  }
});

test('a sales principal sees only its own customers; another customer is absent (404), everywhere', async () => {
  const page = await sales('/customers?pageSize=100');
  assert.deepEqual(page.body.items.map((c) => c.id), ['C001', 'C002']);
  assert.equal(page.body.total, 2);
  const other = seed.customers.find((c) => c.id === 'C003');
  const search = await sales(`/customers?query=${encodeURIComponent(other.name.slice(0, 4))}`);
  assert.ok(search.body.items.every((c) => ['C001', 'C002'].includes(c.id)));

  const unknown = await sales('/customers/NO-SUCH');
  for (const suffix of ['', '/financials', '/credit-profile', '/warning']) {
    const hidden = await sales(`/customers/C003${suffix}`);
    assert.equal(hidden.status, 404, suffix);
    assert.equal(hidden.type, 'application/problem+json');
    assert.equal(hidden.body.type, unknown.body.type, 'same problem as an unknown customer');
    assert.equal((await sales(`/customers/C001${suffix}`)).status, 200, suffix);
  }
  const warnings = await sales('/warnings');
  assert.deepEqual(warnings.body.items.map((w) => w.customerId).sort(), ['C001', 'C002']);
  const batch = await sales('/warnings?customerId=C003&customerId=C001');
  assert.deepEqual(batch.body.items.map((w) => w.customerId), ['C001']);
  assert.equal((await sales('/credit-applications?customerId=C003')).status, 404);
  const mine = await sales('/credit-applications');
  const visible = new Set(['C001', 'C002']);
  assert.ok(mine.body.items.every((a) => visible.has(a.customerId)), JSON.stringify(mine.body.items.map((a) => a.customerId)));
  const othersApplication = seed.applications.find((a) => a.customerId && !visible.has(a.customerId));
  assert.equal((await sales(`/credit-applications/${othersApplication.id}`)).status, 404);
  assert.equal((await analyst(`/credit-applications/${othersApplication.id}`)).status, 200, 'an analyst sees the whole portfolio');
  assert.equal((await analyst('/customers?pageSize=100')).body.total, seed.customers.length);
});

test('receivables and the aging report never show another customer\'s items to a sales principal', async () => {
  const list = await sales('/receivables?limit=500');
  assert.equal(list.status, 200);
  assert.ok(list.body.items.length > 0);
  assert.ok(list.body.items.every((r) => ['C001', 'C002'].includes(r.customerId)));
  assert.equal((await sales('/receivables?customerId=C003')).status, 404);
  const aging = await sales(`/receivables/aging?asOf=${seed.asOf}`);
  assert.equal(aging.status, 200);
  assert.ok(aging.body.rows.every((r) => ['C001', 'C002'].includes(r.customerId)));
});

test('sales may submit for its customers only; analysts and approvers review; no transition decides', async () => {
  const mine = seed.customers.find((c) => c.id === 'C001');
  const other = seed.customers.find((c) => c.id === 'C003');
  const submit = (who, customer, key = crypto.randomUUID()) =>
    who('/credit-applications', { method: 'POST', headers: { 'idempotency-key': key }, body: JSON.stringify(applicationFor(customer, `scope ${key}`)) });
  assert.equal((await submit(sales, other)).status, 404, 'not for a customer out of scope');
  assert.equal((await submit(analyst, mine)).status, 403, 'an analyst does not submit');
  const created = await submit(sales, mine);
  assert.equal(created.status, 201);
  assert.equal(created.body.history[0].actor, 'u-sales');
  const move = (who, status, extra = {}) =>
    who(`/credit-applications/${created.body.id}/transitions`, { method: 'POST', body: JSON.stringify({ status, ...extra }) });
  assert.equal((await move(sales, 'under_review')).status, 403);
  assert.equal((await as('tok-sales-2')(`/credit-applications/${created.body.id}`)).status, 404, 'another salesperson does not see it');
  const reviewed = await move(analyst, 'under_review', { note: 'checking the statements' });
  assert.equal(reviewed.status, 200);
  // Returning decides the application, as approving and rejecting do: only POST …/decision, with
  // the approval policy and reason codes (core's transitionVerdict); it changes nothing here.
  for (const who of [analyst, approver]) {
    const refused = await move(who, 'returned', { note: 'statements missing' });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.type, 'urn:credit-kit:problem:decision-required');
  }
  const again = await move(approver, 'under_review');
  assert.equal(again.status, 409);
  assert.equal(again.body.type, 'urn:credit-kit:problem:invalid-transition');
  const seen = (await sales(`/credit-applications/${created.body.id}`)).body;
  assert.equal(seen.status, 'under_review');
  assert.deepEqual(seen.history.map((h) => [h.status, h.actor]), [['submitted', 'u-sales'], ['under_review', 'u-analyst']]);
  assert.equal(seen.history[1].note, 'checking the statements');
  assert.deepEqual(seen, reviewed.body, 'the submitter sees the application as reviewed');
});

test('an import without the admin role is refused (403); an admin\'s is accepted', async () => {
  const line = JSON.stringify({ ...seed.customers[0], name: 'Renamed by import' });
  const send = (token) => fetch(`${server.url}/imports/customers`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body: `${line}\n`,
  });
  for (const token of ['tok-sales', 'tok-analyst', 'tok-approver']) {
    const refused = await send(token);
    assert.equal(refused.status, 403, token);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json');
  }
  assert.equal((await as('tok-admin')(`/customers/${seed.customers[0].id}`)).body.name, seed.customers[0].name, 'nothing changed');
  const accepted = await send('tok-admin');
  assert.equal(accepted.status, 200);
  assert.equal((await as('tok-admin')(`/customers/${seed.customers[0].id}`)).body.name, 'Renamed by import');
});

test('JWT: HS256, RS256 and a JWKS URL give principals from claims; a bad signature is 401', async () => {
  const claims = { roles: ['sales'], customers: ['C002'] };
  const hsSecret = 'a-test-secret-that-is-long-enough-for-hs256';
  const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('jwt-user').setExpirationTime('5m').sign(new TextEncoder().encode(hsSecret));
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const rs = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('jwt-user').setExpirationTime('5m').sign(privateKey);
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const jwks = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  try {
    const cases = [
      [{ secret: hsSecret }, hs],
      [{ publicKey: await exportSPKI(publicKey) }, rs],
      [{ jwksUrl: `http://127.0.0.1:${jwks.address().port}/jwks.json` }, rs],
    ];
    for (const [options, token] of cases) {
      const authenticate = await jwtAuthenticator(options);
      const principal = await authenticate(new Request('http://x/', { headers: { authorization: `Bearer ${token}` } }));
      assert.deepEqual(principal, { subject: 'jwt-user', roles: ['sales'], customers: ['C002'] }, JSON.stringify(Object.keys(options)));
      const tampered = `${token.slice(0, -4)}AAAA`;
      assert.equal(await authenticate(new Request('http://x/', { headers: { authorization: `Bearer ${tampered}` } })), null);
    }
    const other = await jwtAuthenticator({ secret: 'another-secret-another-secret-another' });
    assert.equal(await other(new Request('http://x/', { headers: { authorization: `Bearer ${hs}` } })), null);
  } finally {
    await new Promise((resolve) => jwks.close(resolve));
  }
});

test('--auth none is refused on a non-loopback host; a malformed tokens file stops the start', async () => {
  assert.equal(await main(['serve', '--memory', '--auth', 'none', '--host', '0.0.0.0', '--log-level', 'silent']), 2);
  const bad = join(dir, 'tokens.json');
  writeFileSync(bad, JSON.stringify({ 'tok-x': { roles: ['sales'] } }));
  assert.equal(await main(['serve', '--memory', '--tokens', bad, '--log-level', 'silent']), 1);
  assert.equal(await main(['serve', '--auth', 'kerberos', '--memory', '--log-level', 'silent']), 2);
});

test('a transition cannot approve or reject (409 decision-required): decisions go through the decision endpoint and its policy', async () => {
  await checkTransitionsCannotDecide({ url: server.url, db, customer: seed.customers.find((c) => c.id === 'C001') });
});
