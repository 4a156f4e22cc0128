// Host imports on PGlite and on a real PostgreSQL (COPY): CSV and NDJSON, upsert by the host's ids
// (re-import adds nothing), a bad row reported with its line and reason, and a rejected file
// leaving nothing half-imported — even one that fails after several batches were staged.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { SERVER_MODULE, assertOpenMonthsInStep, startTestPostgres } from '../receivables/test-support.mjs';

const server = await import(SERVER_MODULE);
const { openDatabase, migrate, runImport, ImportError, agingPage, receivablePage, importFormatOf, parsingWorkerAvailable } = server;
const ADMIN = { subject: 'admin', roles: ['admin'] };
const BUCKETS = [{ label: 'Not due', maxDays: 0 }, { label: 'Overdue', minDays: 1 }];

/** A source that hands the text over in small chunks, so records straddle chunk boundaries. */
function chunked(text, size = 7) {
  const parts = [];
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

const CUSTOMERS_CSV = [
  'id,code,name,type,industry,currency,establishedOn,contacts,blacklisted,address',
  'C001,91310000MA1K000019,"Acme, Shanghai",direct,Machinery,CNY,2010-05-01,"[{""name"":""Li Lei"",""role"":""CFO""}]",false,"Line 1',
  'Line 2"',
  'C002,91310000MA1K00002C,Beta Trading,distributor,Retail,CNY,2015-01-01,,true,',
  'C003,91310000MA1K00003F,Gamma Projects,project,Construction,USD,2001-12-31,,,',
].join('\r\n');

function receivablesCsv(rows) {
  return ['id,customerId,documentDate,dueDate,amount,currency,kind,disputed,payments', ...rows].join('\n') + '\n';
}

async function count(db, table) {
  const { rows } = await db.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ImportError, `an ImportError, not ${error}`);
    return error;
  }
  assert.fail('the import was accepted');
}

function suite(name, open) {
  describe(`imports (${name})`, () => {
    let db;
    let skip;
    before(async () => {
      const opened = await open();
      if (typeof opened === 'string') skip = opened;
      else {
        db = opened;
        await migrate(db);
      }
    });
    after(async () => db?.close());

    it('imports customers from CSV (quoted commas, line breaks, JSON contacts), then upserts them from NDJSON', async (t) => {
      if (skip) return t.skip(skip);
      const summary = await runImport(db, 'customers', chunked(CUSTOMERS_CSV), 'csv');
      assert.deepEqual(summary, { kind: 'customers', format: 'csv', rows: 3 });
      const { rows } = await db.query(`SELECT id, name, blacklisted, details FROM customers ORDER BY id`);
      assert.equal(rows[0].name, 'Acme, Shanghai');
      assert.deepEqual(rows[0].details, { address: 'Line 1\r\nLine 2', contacts: [{ name: 'Li Lei', role: 'CFO' }] });
      assert.equal(rows[1].blacklisted, true);

      const ndjson = JSON.stringify({ id: 'C002', code: '91310000MA1K00002C', name: 'Beta Trading Ltd', type: 'distributor', industry: 'Retail',
        currency: 'CNY', establishedOn: '2015-01-01' }) + '\n\n';
      await runImport(db, 'customers', chunked(ndjson), 'ndjson');
      assert.equal(await count(db, 'customers'), 3, 're-import by id adds no customer');
      const renamed = await db.query(`SELECT name FROM customers WHERE id = 'C002'`);
      assert.equal(renamed.rows[0].name, 'Beta Trading Ltd');
    });

    it('imports receivables with payments; the same file again duplicates nothing; a new payments list replaces the old', async (t) => {
      if (skip) return t.skip(skip);
      const file = receivablesCsv([
        'R1,C001,2024-01-01,2024-01-31,1000.00,CNY,invoice,,2024-02-10:400.00;2024-04-01:100',
        'R2,C001,2024-02-01,2024-02-01,50,CNY,credit_note,true,',
        'R3,C003,2024-01-15,2024-03-15,70.5,USD,,,',
      ]);
      assert.equal((await runImport(db, 'receivables', chunked(file, 5), 'csv')).rows, 3);
      const before = await agingPage(db, { asOf: '2024-03-01', buckets: BUCKETS, principal: ADMIN, limit: 10 });
      assert.deepEqual(before.totals, [
        { currency: 'CNY', total: '550.00', overdue: '550.00', buckets: ['0.00', '550.00'] },
        { currency: 'USD', total: '70.50', overdue: '0.00', buckets: ['70.50', '0.00'] },
      ]);

      await runImport(db, 'receivables', chunked(file, 5), 'csv');
      assert.equal(await count(db, 'receivables'), 3);
      assert.equal(await count(db, 'receivable_payments'), 2);
      assert.deepEqual((await agingPage(db, { asOf: '2024-03-01', buckets: BUCKETS, principal: ADMIN, limit: 10 })).totals, before.totals);

      const paidInFull = JSON.stringify({ id: 'R1', customerId: 'C001', documentDate: '2024-01-01', dueDate: '2024-01-31', amount: '1000.00',
        currency: 'CNY', payments: [{ date: '2024-02-10', amount: '1000.00' }] });
      await runImport(db, 'receivables', chunked(paidInFull), 'ndjson');
      assert.equal(await count(db, 'receivable_payments'), 1);
      const now = await agingPage(db, { asOf: '2024-03-01', buckets: BUCKETS, principal: ADMIN, limit: 10 });
      assert.deepEqual(now.totals[0], { currency: 'CNY', total: '-50.00', overdue: '-50.00', buckets: ['0.00', '-50.00'] });
      const listed = await receivablePage(db, { principal: ADMIN, customerId: 'C001', limit: 10 });
      assert.deepEqual(listed.items.map((i) => [i.id, i.payments]), [['R1', [{ date: '2024-02-10', amount: '1000.00' }]], ['R2', undefined]]);
      assert.equal(listed.items[1].disputed, true);
    });

    it('reports a bad row with its line number and reason, and keeps nothing of the file', async (t) => {
      if (skip) return t.skip(skip);
      const before = await count(db, 'receivables');
      const bad = receivablesCsv([
        'N1,C001,2024-01-01,2024-01-31,10,CNY,,,',
        'N2,C001,2024-01-01,2024-01-31,10,CNY,,,',
        'N3,C001,2024-01-01,2024-02-30,10,CNY,,,',
      ]);
      const error = await rejection(runImport(db, 'receivables', chunked(bad), 'csv'));
      assert.equal(error.line, 4);
      assert.match(error.reason, /dueDate/);
      assert.deepEqual(error.errors.map((e) => e.path), ['dueDate']);
      assert.equal(await count(db, 'receivables'), before, 'rows N1 and N2 were not kept');
      // Parsed a chunk at a time: a bad row still wins over a CSV syntax error later in the same chunk.
      const earlier = await rejection(runImport(db, 'receivables', chunked(receivablesCsv([
        'N1,C001,2024-01-01,2024-02-30,10,CNY,,,',
        'N2,C001,2024-01-01,2024-01-31,"10"x,CNY,,,',
      ]), 4096), 'csv'));
      assert.equal(earlier.line, 2);
      assert.match(earlier.reason, /dueDate/);

      const ndjson = ['{"id":"N1","customerId":"C001","documentDate":"2024-01-01","dueDate":"2024-01-31","amount":"10","currency":"CNY"}',
        '{"id":"N2","customerId":"C001","documentDate":"2024-01-01","dueDate":"2024-01-31","amount":"-10","currency":"CNY"}'].join('\n');
      const negative = await rejection(runImport(db, 'receivables', chunked(ndjson), 'ndjson'));
      assert.equal(negative.line, 2);
      assert.match(negative.reason, /amount/);

      const good = JSON.stringify({ id: 'C002', code: '91310000MA1K00002C', name: 'Renamed', type: 'distributor', industry: 'Retail',
        currency: 'CNY', establishedOn: '2015-01-01' });
      const broken = await rejection(runImport(db, 'customers', chunked(`${good}\n{not json\n`), 'ndjson'));
      assert.equal(broken.line, 2);
      assert.match(broken.reason, /not valid JSON/);
      assert.equal(await count(db, 'customers'), 3);
      assert.equal((await db.query(`SELECT name FROM customers WHERE id = 'C002'`)).rows[0].name, 'Beta Trading Ltd', 'line 1 was not kept');
    });

    it('parses receivables on a worker thread, with the same rows and the same first bad line as on this thread', async (t) => {
      if (skip) return t.skip(skip);
      assert.equal(parsingWorkerAvailable(), true, 'the build has import/parse-worker.js beside the import');
      const bad = receivablesCsv([
        'W1,C001,2024-01-01,2024-01-31,10,CNY,,,2024-01-10:4',
        'W2,C001,2024-01-01,2024-01-31,x,CNY,,,',
      ]);
      const refusals = [];
      for (const parseInWorker of [true, false]) {
        const error = await rejection(runImport(db, 'receivables', chunked(bad), 'csv', { parseInWorker }));
        refusals.push({ line: error.line, reason: error.reason, errors: error.errors });
      }
      assert.equal(refusals[0].line, 3);
      assert.deepEqual(refusals[0], refusals[1]);
      const good = receivablesCsv(['W1,C001,2024-01-01,2024-01-31,10,CNY,,,2024-01-10:4', 'W2,C003,2024-01-01,2024-03-31,1.5,USD,,,']);
      const seen = [];
      for (const parseInWorker of [true, false]) {
        assert.equal((await runImport(db, 'receivables', chunked(good), 'csv', { parseInWorker })).rows, 2);
        seen.push((await receivablePage(db, { principal: ADMIN, limit: 100 })).items.filter((i) => i.id.startsWith('W')));
      }
      assert.deepEqual(seen[0], seen[1]);
      assert.deepEqual(seen[0].map((i) => [i.id, i.amount, i.payments?.length ?? 0]), [['W1', '10', 1], ['W2', '1.5', 0]]);
      await db.query(`DELETE FROM receivables WHERE id LIKE 'W%'`); // the later tests count the file's rows
    });

    it('refuses a row whose customer does not exist, or the same item twice, by line', async (t) => {
      if (skip) return t.skip(skip);
      const unknown = await rejection(runImport(db, 'receivables', chunked(receivablesCsv([
        'U1,C001,2024-01-01,2024-01-31,10,CNY,,,',
        'U2,C404,2024-01-01,2024-01-31,10,CNY,,,',
      ])), 'csv'));
      assert.equal(unknown.line, 3);
      assert.match(unknown.reason, /no customer C404/);
      const twice = await rejection(runImport(db, 'receivables', chunked(receivablesCsv([
        'U1,C001,2024-01-01,2024-01-31,10,CNY,,,',
        'U2,C001,2024-01-01,2024-01-31,10,CNY,,,',
        'U1,C001,2024-01-01,2024-01-31,11,CNY,,,',
      ])), 'csv'));
      assert.equal(twice.line, 4);
      assert.match(twice.reason, /first on line 2/);
      const unknownColumn = await rejection(runImport(db, 'receivables', chunked('id,customerId,dueDat\n'), 'csv'));
      assert.equal(unknownColumn.line, 1);
      assert.match(unknownColumn.reason, /unknown column "dueDat"/);
      assert.equal(await count(db, 'receivables'), 3);
    });

    it('a file rejected after several staged batches leaves nothing behind', async (t) => {
      if (skip) return t.skip(skip);
      const rows = [];
      for (let i = 0; i < 12_001; i++) rows.push(`B${i},C002,2024-01-01,2024-01-31,${i}.25,CNY,,,2024-01-15:0.25`);
      rows.push('B-last,C002,2024-01-01,not-a-date,1,CNY,,,');
      const error = await rejection(runImport(db, 'receivables', Readable.from([receivablesCsv(rows)]), 'csv'));
      assert.equal(error.line, 12_003);
      assert.equal(await count(db, 'receivables'), 3);
      assert.equal(await count(db, 'receivable_payments'), 1);
      assert.equal(Number((await db.query(`SELECT count(*) AS n FROM receivables WHERE open <> 0`)).rows[0].n), 2);
      // A good file of the same size imports whole.
      rows.pop();
      assert.equal((await runImport(db, 'receivables', Readable.from([receivablesCsv(rows)]), 'csv')).rows, 12_001);
      assert.equal(await count(db, 'receivables'), 12_004);
    });

    it('imports financials and warning signals, upserted; signals move the warning ETag version', async (t) => {
      if (skip) return t.skip(skip);
      const financials = ['customerId,basePeriodEnd,currency,totalAssets,effectiveAssets,totalLiabilities,currentAssets,currentLiabilities,revenue,netProfit,operatingCashFlow,existingFinancing',
        'C001,2025-12-31,CNY,1000,900,400,500,300,2000,-10.5,20,0'].join('\n');
      await runImport(db, 'financials', chunked(financials), 'csv');
      await runImport(db, 'financials', chunked(financials), 'csv');
      assert.equal(await count(db, 'financials'), 1);
      const { rows } = await db.query(`SELECT document FROM financials WHERE customer_id = 'C001'`);
      assert.equal(rows[0].document.netProfit, '-10.5');

      const signals = ['customerId,code,severity,raisedOn,amount,note',
        'C001,LAWSUIT,major,2025-10-01,120000,"Court case, Shanghai"',
        'C001,LATE_PAYMENT,ordinary,2025-11-01,,'].join('\n');
      await runImport(db, 'warnings', chunked(signals), 'csv');
      const first = await db.query(`SELECT version FROM warning_status WHERE customer_id = 'C001'`);
      await runImport(db, 'warnings', chunked(signals), 'csv');
      assert.equal(await count(db, 'warning_signals'), 2);
      const second = await db.query(`SELECT version FROM warning_status WHERE customer_id = 'C001'`);
      assert.equal(Number(second.rows[0].version), Number(first.rows[0].version) + 1);

      const badSeverity = await rejection(runImport(db, 'warnings', chunked('{"customerId":"C001","code":"X","severity":"huge","raisedOn":"2025-01-01"}'), 'ndjson'));
      assert.equal(badSeverity.line, 1);
      assert.match(badSeverity.reason, /severity/);
      const noCustomer = await rejection(runImport(db, 'financials', chunked(financials.replace('C001,2025', 'C404,2025')), 'csv'));
      assert.equal(noCustomer.line, 2);
      assert.match(noCustomer.reason, /no such customer/);
    });

    it('keeps receivables to existing customers without a row-level foreign key: set-based triggers refuse, cascade and guard ids', async (t) => {
      if (skip) return t.skip(skip);
      await db.query(`INSERT INTO customers (id, code, name, type, industry, currency, established_on)
        VALUES ('C-GONE', '91310000MA1K0G0NE0', 'Gone Ltd', 'direct', 'Retail', 'CNY', '2010-01-01')`);
      await runImport(db, 'receivables', chunked(receivablesCsv(['G1,C-GONE,2024-01-01,2024-01-31,10.00,CNY,,,2024-01-10:4.00', 'G2,C-GONE,2024-01-01,2024-01-31,5.00,CNY,,,'])), 'csv');
      const code = async (sql) => {
        try {
          await db.query(sql);
        } catch (error) {
          return error.code;
        }
        return 'accepted';
      };
      const before = await count(db, 'receivables');
      // A statement naming one unknown customer among known ones is refused whole.
      assert.equal(await code(`INSERT INTO receivables (customer_id, id, document_date, due_date, amount, currency)
        VALUES ('C-GONE', 'G3', '2024-01-01', '2024-01-31', 1, 'CNY'), ('C-NOBODY', 'X1', '2024-01-01', '2024-01-31', 1, 'CNY')`), '23503');
      assert.equal(await code(`UPDATE receivables SET customer_id = 'C-NOBODY' WHERE id = 'G2'`), '23503');
      assert.equal(await code(`UPDATE customers SET id = 'C-RENAMED' WHERE id = 'C-GONE'`), '23503', 'an id with receivables cannot change');
      assert.equal(await count(db, 'receivables'), before);
      const payments = await count(db, 'receivable_payments');
      await db.query(`DELETE FROM customers WHERE id = 'C-GONE'`);
      assert.equal(await count(db, 'receivables'), before - 2, 'deleting the customer deletes its receivables');
      assert.equal(await count(db, 'receivable_payments'), payments - 1, '… and their payments');
    });

    it('knows the format from the file name', () => {
      assert.equal(importFormatOf('ledger.CSV'), 'csv');
      assert.equal(importFormatOf('ledger.ndjson'), 'ndjson');
      assert.equal(importFormatOf('ledger.jsonl'), 'ndjson');
      assert.equal(importFormatOf('ledger.xlsx'), undefined);
    });
  });
}

// A first load into empty tables on PGlite drops the indexes and builds them again afterwards
// (bulkLoadMinRows: 1 takes that path for small files): the same results, the same refusals by
// line, and a rejected load leaves the indexes and the customer trigger as they were.
describe('imports (PGlite, bulk first load)', () => {
  const BULK = { bulkLoadMinRows: 1 };
  let db;
  before(async () => {
    db = await openDatabase({ memory: true, copyBlobBytes: 65_536 });
    await migrate(db);
    await runImport(db, 'customers', chunked(CUSTOMERS_CSV), 'csv');
  });
  after(async () => db?.close());
  const schema = async () => (await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('receivables', 'receivable_payments') ORDER BY indexname`)).rows;
  // The two insert triggers the bulk path turns off for its insert: both back on ('O') after it.
  const triggerOn = async () => [...new Set((await db.query(
    `SELECT tgenabled FROM pg_trigger WHERE tgname IN ('receivables_customers_inserted', 'receivables_months_inserted')`)).rows
    .map((row) => row.tgenabled))].join();

  it('refuses the same item twice or an unknown customer by line, and keeps nothing, indexes included', async () => {
    const indexes = await schema();
    assert.equal(indexes.length, 6);
    const twice = await rejection(runImport(db, 'receivables', chunked(receivablesCsv([
      'U1,C001,2024-01-01,2024-01-31,10,CNY,,,2024-01-10:1',
      'U2,C001,2024-01-01,2024-01-31,10,CNY,,,',
      'U2,C003,2024-01-01,2024-01-31,10,USD,,,',
      'U1,C001,2024-01-01,2024-01-31,11,CNY,,,',
    ])), 'csv', BULK));
    assert.equal(twice.line, 5);
    assert.match(twice.reason, /U1 of customer C001 appears twice \(first on line 2\)/);
    const unknown = await rejection(runImport(db, 'receivables', chunked(receivablesCsv([
      'U1,C001,2024-01-01,2024-01-31,10,CNY,,,',
      'U2,C404,2024-01-01,2024-01-31,10,CNY,,,',
    ])), 'csv', BULK));
    assert.equal(unknown.line, 3);
    assert.equal(await count(db, 'receivables'), 0);
    assert.equal(await count(db, 'receivable_payments'), 0);
    assert.equal(await count(db, 'receivable_open_months'), 0);
    assert.deepEqual(await schema(), indexes);
    assert.equal(await triggerOn(), 'O');
  });

  it('loads a good file whole, with its indexes rebuilt and the trigger back on; the next import upserts', async () => {
    const indexes = await schema();
    const file = receivablesCsv([
      'R1,C001,2024-01-01,2024-01-31,1000.00,CNY,invoice,,2024-02-10:400.00;2024-04-01:100',
      'R2,C001,2024-02-01,2024-02-01,50,CNY,credit_note,true,',
      'R3,C003,2024-01-15,2024-03-15,70.5,USD,,,',
    ]);
    assert.equal((await runImport(db, 'receivables', chunked(file, 5), 'csv', BULK)).rows, 3);
    assert.deepEqual(await schema(), indexes);
    assert.equal(await triggerOn(), 'O');
    assert.equal(await count(db, 'receivable_payments'), 2);
    // Summed once after the insert: C001's January and February in CNY, C003's March in USD, as the
    // table's triggers would have them.
    const months = async () => (await db.query(`SELECT customer_id, currency, to_char(month, 'YYYY-MM-DD') AS month, trim_scale(open)::text AS open, items FROM receivable_open_months ORDER BY 1, 2, 3`)).rows;
    assert.deepEqual(await months(), [
      { customer_id: 'C001', currency: 'CNY', month: '2024-01-01', open: '500', items: 1 },
      { customer_id: 'C001', currency: 'CNY', month: '2024-02-01', open: '-50', items: 1 },
      { customer_id: 'C003', currency: 'USD', month: '2024-03-01', open: '70.5', items: 1 },
    ]);
    await assertOpenMonthsInStep(db);
    const totals = async () => (await agingPage(db, { asOf: '2024-03-01', buckets: BUCKETS, principal: ADMIN, limit: 10 })).totals;
    const expected = [
      { currency: 'CNY', total: '550.00', overdue: '550.00', buckets: ['0.00', '550.00'] },
      { currency: 'USD', total: '70.50', overdue: '0.00', buckets: ['70.50', '0.00'] },
    ];
    assert.deepEqual(await totals(), expected);
    await assert.rejects(db.query(`INSERT INTO receivables (customer_id, id, document_date, due_date, amount, currency)
      VALUES ('C001', 'R1', '2024-01-01', '2024-01-31', 1, 'CNY')`), (error) => error.code === '23505', 'the primary key is back');
    await assert.rejects(db.query(`INSERT INTO receivables (customer_id, id, document_date, due_date, amount, currency)
      VALUES ('C-NOBODY', 'X1', '2024-01-01', '2024-01-31', 1, 'CNY')`), (error) => error.code === '23503');
    // Not empty any more: the same file again takes the upsert path and duplicates nothing.
    await runImport(db, 'receivables', chunked(file, 5), 'csv', BULK);
    assert.equal(await count(db, 'receivables'), 3);
    assert.equal(await count(db, 'receivable_payments'), 2);
    assert.deepEqual(await totals(), expected);
    await assertOpenMonthsInStep(db, 'the triggers keep the months from there');
  });
});

// Blobs of 64 KiB: the 12,000-row file below goes in as many COPYs, like a large file would.
suite('PGlite, COPY from blobs', () => openDatabase({ memory: true, copyBlobBytes: 65_536 }));
suite('PostgreSQL, COPY', async () => {
  const pg = await startTestPostgres();
  if (typeof pg === 'string') return pg;
  const db = await openDatabase({ url: pg.url });
  const close = db.close.bind(db);
  db.close = async () => {
    await close();
    await pg.stop();
  };
  return db;
});
