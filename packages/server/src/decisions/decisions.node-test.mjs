// The decision loop's scope and refusals on the server (PGlite): a salesperson requests a limit for
// its own customer only, never sees another's request, and may not decide; a refused decision
// writes nothing (no decision row, no audit entry, profile unchanged); an allowed one stores its
// receipt (which verifies) and sets the profile; the decision trail is append-only; a stored
// approval policy is the one enforced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal, DEFAULT_APPROVAL_POLICY, verifyReceipt } from '@credit-kit/core';
import { SERVER_MODULE, spawnServer } from '../../test/support.mjs';

const { openDatabase, migrate, startServer, tokensFromObject, readSeedFile, writeSeed, storeDecisionPolicies } = await import(SERVER_MODULE);

const dir = mkdtempSync(join(tmpdir(), 'ck-server-decisions-'));
let db;
let server;
/** A customer in the salesperson's scope whose computed maximum allows an amount above the analyst level, and one outside it. */
let mine;
let theirs;
const AMOUNT = '1200000.00';

before(async () => {
  const seedFile = join(dir, 'seed.json');
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/seed-from-mock.mjs', import.meta.url)), seedFile, '--receivables', '200'], { stdio: 'pipe' });
  const seed = readSeedFile(seedFile);
  const open = new Set((seed.limitRequests ?? []).filter((r) => ['submitted', 'under_review'].includes(r.status)).map((r) => r.customerId));
  mine = seed.profiles.find((p) => !p.blacklisted && p.maximum && new Decimal(p.maximum).gte(AMOUNT) && !open.has(p.customerId))?.customerId;
  theirs = seed.customers.find((c) => c.id !== mine)?.id;
  assert.ok(mine && theirs, 'the seed has a customer whose maximum covers the test amount');
  db = await openDatabase({ memory: true });
  await migrate(db);
  await writeSeed(db, seed);
  server = await startServer({
    db, port: 0,
    authenticate: tokensFromObject({
      sales: { subject: 'u-sales', roles: ['sales'], customers: [mine] },
      other: { subject: 'u-other', roles: ['sales'], customers: [theirs] },
      analyst: { subject: 'u-analyst', roles: ['analyst'] },
      approver: { subject: 'u-approver', roles: ['approver'] },
    }),
  });
});
after(async () => {
  await server?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (token) => async (path, body, headers = {}) => {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};
const sales = as('sales');
const other = as('other');
const analyst = as('analyst');
const approver = as('approver');

const requestFor = (customerId, amount = AMOUNT) => ({ customerId, kind: 'increase', amount, currency: 'CNY', reason: 'node test', origin: { kind: 'manual' } });
const approval = (grantedLimit) => ({
  outcome: 'approve',
  conditions: { grantedLimit, termDays: 60, settlementMethod: 'open_credit', validUntil: '2027-12-31', nextReviewOn: '2027-06-30' },
});
const create = (who, customerId, amount) => who('/limit-requests', requestFor(customerId, amount), { 'idempotency-key': crypto.randomUUID() });
const count = async (table) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

test('a salesperson requests a limit for its own customer only, and never sees another salesperson\'s request', async () => {
  const created = await create(sales, mine);
  assert.equal(created.status, 201);
  assert.equal(created.body.requestedBy, 'u-sales');
  assert.deepEqual(created.body.history.map((h) => [h.status, h.actor]), [['submitted', 'u-sales']]);

  const outside = await create(sales, theirs);
  assert.equal(outside.status, 422, 'a customer out of scope is as unknown as an absent one');
  assert.deepEqual(outside.body.errors.map((e) => [e.path, e.code]), [['customerId', 'unknown_customer']]);

  assert.equal((await sales(`/limit-requests/${created.body.id}`)).status, 200);
  assert.equal((await other(`/limit-requests/${created.body.id}`)).status, 404);
  assert.equal((await other(`/limit-requests/${created.body.id}/decision`, approval(AMOUNT))).status, 404);
  assert.equal((await create(other, theirs)).status, 201);
  const list = await other('/limit-requests');
  assert.equal(list.status, 200);
  assert.ok(list.body.items.length > 0);
  assert.ok(list.body.items.every((r) => r.customerId === theirs), `another salesperson's list holds only its customer: ${list.body.items.map((r) => r.customerId)}`);
  assert.equal((await other(`/limit-requests?customerId=${mine}`)).status, 404);
  const all = await analyst('/limit-requests');
  assert.ok(all.body.items.some((r) => r.id === created.body.id), 'the analyst sees the portfolio');
});

test('a salesperson may not decide, even its own customer\'s request; a refused decision stores nothing', async () => {
  const { body: request } = await create(sales, mine);
  const profileBefore = (await approver(`/customers/${mine}/credit-profile`)).body;
  const before = { decisions: await count('decisions'), events: await count('limit_request_events') };

  const bySales = await sales(`/limit-requests/${request.id}/decision`, approval(AMOUNT));
  assert.equal(bySales.status, 403);
  assert.ok(bySales.body.refusals.some((r) => r.code === 'no-approval-role'), JSON.stringify(bySales.body.refusals));
  const byAnalyst = await analyst(`/limit-requests/${request.id}/decision`, approval(AMOUNT));
  assert.equal(byAnalyst.status, 403);
  assert.deepEqual(byAnalyst.body.refusals.map((r) => r.code), ['above-approval-level']);
  const aboveMaximum = new Decimal(profileBefore.maximum).plus('0.01').toFixed(2);
  const overMax = await approver(`/limit-requests/${request.id}/decision`, approval(aboveMaximum));
  assert.equal(overMax.status, 403);
  assert.ok(overMax.body.refusals.some((r) => r.code === 'above-computed-maximum'), JSON.stringify(overMax.body.refusals));

  assert.equal(await count('decisions'), before.decisions, 'no decision row');
  assert.equal(await count('limit_request_events'), before.events, 'no audit entry');
  const still = (await sales(`/limit-requests/${request.id}`)).body;
  assert.equal(still.status, 'submitted');
  assert.equal(still.decision, undefined);
  assert.deepEqual((await approver(`/customers/${mine}/credit-profile`)).body, profileBefore, 'profile unchanged');

  const decided = await approver(`/limit-requests/${request.id}/decision`, approval(AMOUNT));
  assert.equal(decided.status, 201);
  assert.equal(decided.body.level, 'credit_manager', "the service's approver is core's credit manager");
  const stored = await db.query('SELECT receipt, granted_limit, decided_by FROM decisions WHERE subject_id = $1', [request.id]);
  assert.equal(stored.rows.length, 1);
  assert.equal(stored.rows[0].granted_limit, AMOUNT);
  assert.equal(stored.rows[0].decided_by, 'u-approver');
  assert.deepEqual(await verifyReceipt(stored.rows[0].receipt), { verified: true, digest: decided.body.receipt.digest.value });
  const profile = (await sales(`/customers/${mine}/credit-profile`)).body;
  assert.deepEqual([profile.granted, profile.termDays, profile.validUntil, profile.nextReviewOn], [AMOUNT, 60, '2027-12-31', '2027-06-30']);
  const again = await approver(`/limit-requests/${request.id}/decision`, approval(AMOUNT));
  assert.equal(again.status, 409);
  assert.deepEqual(again.body.refusals.map((r) => r.code), ['not-open']);
  await assert.rejects(db.query('UPDATE decisions SET decided_by = $1', ['someone else']), /append-only/);
  await assert.rejects(db.query('DELETE FROM limit_request_events'), /append-only/);
});

test('the maker may not approve its own request, whatever its roles', async () => {
  const { body: request } = await create(approver, mine, '1000.00');
  const refused = await approver(`/limit-requests/${request.id}/decision`, approval('1000.00'));
  assert.equal(refused.status, 403);
  assert.deepEqual(refused.body.refusals.map((r) => r.code), ['maker-checker']);
});

test('the approval policy stored for the service is the one enforced', async () => {
  await assert.rejects(storeDecisionPolicies(db, { approval: { ...DEFAULT_APPROVAL_POLICY, levels: [] } }), /approval policy is not valid: levels/);
  const { body: request } = await create(sales, mine);
  try {
    await storeDecisionPolicies(db, {
      approval: { ...DEFAULT_APPROVAL_POLICY, version: 'node-test-1', levels: [{ level: 'analyst', roles: ['analyst'], upTo: '2000000' }, { level: 'committee', roles: ['approver'] }] },
    });
    const decided = await analyst(`/limit-requests/${request.id}/decision`, approval(AMOUNT));
    assert.equal(decided.status, 201, JSON.stringify(decided.body));
    assert.equal(decided.body.level, 'analyst');
    assert.equal((await verifyReceipt(decided.body.receipt)).verified, true);
  } finally {
    await storeDecisionPolicies(db, { approval: null });
  }
});

test('retries of one POST /limit-requests with one Idempotency-Key create one request', async () => {
  const key = crypto.randomUUID();
  const before = await count('limit_requests');
  const answers = await Promise.all(Array.from({ length: 8 }, () => sales('/limit-requests', requestFor(mine, '5000.00'), { 'idempotency-key': key })));
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
  assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
  assert.equal(await count('limit_requests'), before + 1);
  const reused = await sales('/limit-requests', requestFor(mine, '6000.00'), { 'idempotency-key': key });
  assert.equal(reused.status, 422);
  assert.equal(reused.body.type, 'urn:credit-kit:problem:idempotency-key-reused');
});

test('--approval-policy FILE is validated and enforced; a bad one stops the start', async () => {
  const bad = join(dir, 'bad-policy.json');
  writeFileSync(bad, JSON.stringify({ ...DEFAULT_APPROVAL_POLICY, levels: [{ level: 'a', roles: ['analyst'], upTo: '10' }, { level: 'b', roles: ['approver'], upTo: '5' }] }));
  await assert.rejects(spawnServer(['serve', '--memory', '--empty', '--approval-policy', bad]), /approval policy is not valid: levels\.1\.upTo/);
  const good = join(dir, 'policy.json');
  writeFileSync(good, JSON.stringify({
    ...DEFAULT_APPROVAL_POLICY, version: 'host-policy-7', levels: [{ level: 'analyst', roles: ['analyst'], upTo: '2000000' }, { level: 'committee', roles: ['approver'] }],
  }));
  const tokens = join(dir, 'tokens.json');
  writeFileSync(tokens, JSON.stringify({ sales: { subject: 'u-sales', roles: ['sales'], customers: [mine] }, analyst: { subject: 'u-analyst', roles: ['analyst'] } }));
  const child = await spawnServer(['serve', '--memory', '--seed', join(dir, 'seed.json'), '--tokens', tokens, '--approval-policy', good]);
  try {
    const call = (token, path, body, headers = {}) => fetch(`${child.url}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const created = await call('sales', '/limit-requests', requestFor(mine), { 'idempotency-key': crypto.randomUUID() });
    assert.equal(created.status, 201);
    const decided = await call('analyst', `/limit-requests/${created.body.id}/decision`, approval(AMOUNT));
    assert.equal(decided.status, 201, `the host's policy lets an analyst approve ${AMOUNT}: ${JSON.stringify(decided.body)}`);
    assert.equal(decided.body.level, 'analyst');
    assert.equal((await verifyReceipt(decided.body.receipt)).verified, true);
  } finally {
    await child.stop();
  }
});
