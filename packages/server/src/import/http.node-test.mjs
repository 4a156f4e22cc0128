// POST /imports/{kind} and the receivables endpoints through the service's own app (auth, roles,
// scope, problem documents), on PGlite.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { SERVER_MODULE } from '../receivables/test-support.mjs';

const { openDatabase, migrate, createApp, createContext, tokensFromObject, BASE_PATH } = await import(SERVER_MODULE);

const TOKENS = {
  'tok-admin': { subject: 'admin', roles: ['admin'] },
  'tok-analyst': { subject: 'analyst', roles: ['analyst'] },
  'tok-sales': { subject: 'sales', roles: ['sales'], customers: ['C001'] },
};
const CUSTOMERS = [
  { id: 'C001', code: '91310000MA1K000019', name: 'Acme', type: 'direct', industry: 'Machinery', currency: 'CNY', establishedOn: '2010-05-01' },
  { id: 'C002', code: '91310000MA1K00002C', name: 'Beta', type: 'direct', industry: 'Retail', currency: 'CNY', establishedOn: '2012-05-01' },
].map((c) => JSON.stringify(c)).join('\n');
const RECEIVABLES = [
  'id,customerId,documentDate,dueDate,amount,currency,payments',
  'R1,C001,2026-01-01,2026-01-31,1000.00,CNY,2026-02-01:250.00',
  'R2,C002,2026-01-01,2026-03-31,500.00,CNY,',
].join('\n');

describe('POST /imports/{kind} and GET /receivables… over HTTP', () => {
  let db;
  let app;
  before(async () => {
    db = await openDatabase({ memory: true });
    await migrate(db);
    app = createApp(createContext(db, tokensFromObject(TOKENS), pino({ level: 'silent' }), () => '2026-03-01'));
  });
  after(async () => db?.close());

  const send = (path, token, init = {}) =>
    app.request(`${BASE_PATH}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });
  const post = (kind, token, body, type) => send(`/imports/${kind}`, token, { method: 'POST', body, headers: { 'Content-Type': type } });

  it('refuses an import without the admin role, before reading anything', async () => {
    for (const token of ['tok-analyst', 'tok-sales']) {
      const response = await post('customers', token, CUSTOMERS, 'application/x-ndjson');
      assert.equal(response.status, 403);
      assert.match(response.headers.get('content-type'), /application\/problem\+json/);
    }
    assert.equal(Number((await db.query('SELECT count(*) AS n FROM customers')).rows[0].n), 0);
  });

  it('imports customers (NDJSON) and receivables (CSV) for an admin', async () => {
    const customers = await post('customers', 'tok-admin', CUSTOMERS, 'application/x-ndjson');
    assert.equal(customers.status, 200);
    assert.deepEqual(await customers.json(), { kind: 'customers', format: 'ndjson', rows: 2 });
    const receivables = await post('receivables', 'tok-admin', RECEIVABLES, 'text/csv; charset=utf-8');
    assert.deepEqual(await receivables.json(), { kind: 'receivables', format: 'csv', rows: 2 });
  });

  it('answers a bad row with a 422 naming its line, and keeps nothing', async () => {
    const bad = `${RECEIVABLES}\nR3,C001,2026-01-01,2026-13-01,1.00,CNY,\n`;
    const response = await post('receivables', 'tok-admin', bad.replace('R1,', 'R9,'), 'text/csv');
    assert.equal(response.status, 422);
    const problem = await response.json();
    assert.equal(problem.type, 'urn:credit-kit:problem:import-rejected');
    assert.match(problem.detail, /^Line 4: dueDate/);
    assert.deepEqual(problem.errors.map((e) => e.path), ['line 4: dueDate']);
    assert.equal(Number((await db.query(`SELECT count(*) AS n FROM receivables WHERE id = 'R9'`)).rows[0].n), 0);
  });

  it('refuses an unknown kind (404) and a body that is neither CSV nor NDJSON (415)', async () => {
    assert.equal((await post('invoices', 'tok-admin', 'x', 'text/csv')).status, 404);
    assert.equal((await post('customers', 'tok-admin', '{}', 'application/json')).status, 415);
  });

  it('serves the aging report and the items of the principal’s customers only', async () => {
    const all = await (await send('/receivables/aging', 'tok-analyst')).json();
    assert.equal(all.asOf, '2026-03-01');
    assert.deepEqual(all.rows.map((r) => [r.customerId, r.total, r.overdue]), [['C001', '750.00', '750.00'], ['C002', '500.00', '0.00']]);
    const mine = await (await send('/receivables/aging', 'tok-sales')).json();
    assert.deepEqual(mine.rows.map((r) => r.customerId), ['C001']);
    assert.deepEqual(mine.totals, [{ currency: 'CNY', total: '750.00', overdue: '750.00', buckets: mine.totals[0].buckets }]);
    assert.equal(mine.totalRows, 1);

    const items = await (await send('/receivables', 'tok-sales')).json();
    assert.deepEqual(items.items.map((i) => i.id), ['R1']);
    assert.equal((await send('/receivables?customerId=C002', 'tok-sales')).status, 404, 'another salesperson’s customer does not exist');
    assert.equal((await send('/receivables?customerId=C002', 'tok-analyst')).status, 200);
    const paged = await (await send('/receivables/aging?limit=1', 'tok-analyst')).json();
    assert.ok(paged.nextCursor);
    const next = await (await send(`/receivables/aging?limit=1&cursor=${encodeURIComponent(paged.nextCursor)}`, 'tok-analyst')).json();
    assert.deepEqual(next.rows.map((r) => r.customerId), ['C002']);
    assert.equal(next.nextCursor, null);
    assert.equal((await send(`/receivables/aging?asOf=2026-02-01&cursor=${encodeURIComponent(paged.nextCursor)}`, 'tok-analyst')).status, 400);
    assert.equal((await send('/receivables/aging?groupBy=region', 'tok-analyst')).status, 400);
  });

  it('a cached aging report moves on when another process imports', async () => {
    const other = createApp(createContext(db, tokensFromObject(TOKENS), pino({ level: 'silent' }), () => '2026-03-01'));
    const before = await (await send('/receivables/aging', 'tok-analyst')).json();
    assert.equal(before.totals[0].total, '1250.00');
    const more = 'id,customerId,documentDate,dueDate,amount,currency\nR5,C002,2026-01-01,2026-01-15,0.05,CNY\n';
    const imported = await other.request(`${BASE_PATH}/imports/receivables`, {
      method: 'POST', body: more, headers: { Authorization: 'Bearer tok-admin', 'Content-Type': 'text/csv' },
    });
    assert.equal(imported.status, 200);
    const after = await (await send('/receivables/aging', 'tok-analyst')).json();
    assert.equal(after.totals[0].total, '1250.05');
  });
});
