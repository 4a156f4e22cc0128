// The blacklist workflow's scope and roles on the server (PGlite): a salesperson reports its own
// customer, never sees another's entries; head office (the approver) decides; listing marks the
// customer blacklisted and its warning status carries the entry; the history is append-only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SERVER_MODULE } from '../../test/support.mjs';

const { openDatabase, migrate, startServer, tokensFromObject } = await import(SERVER_MODULE);

let db;
let server;

before(async () => {
  db = await openDatabase({ memory: true });
  await migrate(db);
  for (const [id, code] of [['K1', '911100001000000010'], ['K2', '911100001000000020']]) {
    await db.query(
      `INSERT INTO customers (id, code, name, type, industry, currency, established_on) VALUES ($1, $2, $3, 'direct', 'C', 'CNY', '2015-01-01')`,
      [id, code, `Customer ${id}`],
    );
    await db.query(
      `INSERT INTO credit_profiles (customer_id, grade, rated_on, currency, granted, term_days, open_receivables, overdue_amount, oldest_overdue_days)
       VALUES ($1, 'A', '2026-01-01', 'CNY', 100000, 30, 0, 0, 0)`,
      [id],
    );
  }
  server = await startServer({
    db, port: 0,
    authenticate: tokensFromObject({
      sales: { subject: 'u-sales', roles: ['sales'], customers: ['K1'] },
      other: { subject: 'u-other', roles: ['sales'], customers: ['K2'] },
      approver: { subject: 'u-approver', roles: ['approver'] },
    }),
  });
});
after(async () => {
  await server?.close();
  await db?.close();
});

const as = (token) => async (path, body) => {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};
const sales = as('sales');
const other = as('other');
const approver = as('approver');

test('report, head-office approval, restriction and removal, each by whom the scope and roles allow', async () => {
  assert.equal((await sales('/blacklist', { customerId: 'K2', reason: 'not mine' })).status, 404);
  const reported = await sales('/blacklist', { customerId: 'K1', reason: 'Severely overdue', reportedBy: 'East region' });
  assert.equal(reported.status, 201);
  assert.deepEqual(reported.body.history.map((e) => [e.action, e.actor]), [['report', 'u-sales']]);
  const id = reported.body.id;

  assert.equal((await other(`/blacklist/${id}`)).status, 404);
  assert.deepEqual((await other('/blacklist')).body.items, []);
  assert.equal((await other(`/blacklist/${id}/removal-requests`, { reason: 'x' })).status, 404);
  assert.equal((await sales(`/blacklist/${id}/decisions`, { decision: 'approve' })).status, 403, 'only head office decides');

  const warningBefore = (await sales('/customers/K1/warning')).body;
  assert.deepEqual(warningBefore.blacklist, { entryId: id, status: 'reported', reason: 'Severely overdue' });
  assert.equal((await sales('/customers/K1/credit-profile')).body.blacklisted, false, 'a report alone restricts nothing');

  const listed = await approver(`/blacklist/${id}/decisions`, { decision: 'approve', note: 'confirmed' });
  assert.equal(listed.status, 200);
  assert.equal(listed.body.status, 'listed');
  assert.equal((await sales('/customers/K1/credit-profile')).body.blacklisted, true);
  assert.equal((await sales('/customers/K1/warning')).body.blacklist.status, 'listed');

  assert.equal((await sales(`/blacklist/${id}/removal-requests`, { reason: 'paid in full' })).body.status, 'removal-requested');
  assert.equal((await approver(`/blacklist/${id}/decisions`, { decision: 'approve' })).body.status, 'removed');
  assert.equal((await sales('/customers/K1/credit-profile')).body.blacklisted, false);
  assert.equal((await sales('/customers/K1/warning')).body.blacklist, undefined, 'a removed entry no longer travels with the status');
  const entry = (await sales(`/blacklist/${id}`)).body;
  assert.deepEqual(entry.history.map((e) => [e.action, e.actor]), [
    ['report', 'u-sales'], ['approve', 'u-approver'], ['request-removal', 'u-sales'], ['approve-removal', 'u-approver'],
  ]);
  await assert.rejects(db.query('UPDATE blacklist_events SET actor = $1', ['someone else']), /append-only/);
});

test('one open entry per customer, in the database itself', async () => {
  const first = await sales('/blacklist', { customerId: 'K1', reason: 'again overdue' });
  assert.equal(first.status, 201);
  assert.equal((await sales('/blacklist', { customerId: 'K1', reason: 'twice' })).status, 409);
  await assert.rejects(
    db.query(`INSERT INTO blacklist_entries (id, customer_id, status, reason) VALUES ('BL-X', 'K1', 'reported', 'direct insert')`),
    /blacklist_one_open_entry/,
  );
});
