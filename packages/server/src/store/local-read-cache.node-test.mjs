// The process-local read cache: on embedded PGlite a kept result is served until any writing
// statement goes through the database (a plain read, a SET or a read-only transaction keep it);
// where other processes may write (PostgreSQL) it never keeps anything.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVER_MODULE } from '../receivables/test-support.mjs';

const { openDatabase, migrate } = await import(SERVER_MODULE);
const { LocalReadCache } = await import(new URL('./store/local-read-cache.js', SERVER_MODULE).href);

let db;
before(async () => {
  db = await openDatabase({ memory: true });
  await migrate(db);
});
after(async () => db?.close());

/** A cache over `SELECT count(*) FROM customers`, counting how often it really read. */
function countingCache(database) {
  const cache = new LocalReadCache(database, 2);
  let loads = 0;
  const read = (key = 'n') => cache.get(key, async () => {
    loads++;
    return Number((await database.query('SELECT count(*) AS n FROM customers')).rows[0].n);
  });
  return { read, loads: () => loads };
}

test('keeps a read until a write, on PGlite', async () => {
  const { read, loads } = countingCache(db);
  assert.equal(await read(), 0);
  assert.equal(await read(), 0);
  assert.equal(loads(), 1, 'the second read was served from the cache');
  await db.query('SELECT 1');
  await db.exec(`SET LOCAL work_mem = '8MB'; SELECT 2`);
  await db.transaction(async (tx) => tx.query('SELECT count(*) FROM customers'));
  assert.equal(await read(), 0);
  assert.equal(loads(), 1, 'reads, SETs and a read-only transaction kept it');
  await db.query(`INSERT INTO customers (id, code, name, type, industry, currency, established_on)
    VALUES ('L1', '000000000000000001', 'One', 'direct', 'Testing', 'CNY', '2000-01-01')`);
  assert.equal(await read(), 1, 'a write outside a transaction is seen at once');
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE customers SET name = 'Uno' WHERE id = 'L1'`);
    await tx.query(`INSERT INTO customers (id, code, name, type, industry, currency, established_on)
      VALUES ('L2', '000000000000000002', 'Two', 'direct', 'Testing', 'CNY', '2000-01-01')`);
  });
  assert.equal(await read(), 2, 'and one inside a transaction once it committed');
  assert.equal(loads(), 3);
});

test('drops the least recently used entry past its size', async () => {
  const { read, loads } = countingCache(db);
  await read('a');
  await read('b');
  await read('a');
  await read('c'); // drops b
  assert.equal(loads(), 3);
  await read('a');
  assert.equal(loads(), 3, 'a was used recently');
  await read('b');
  assert.equal(loads(), 4, 'b was dropped');
});

test('keeps nothing where other processes may write', async () => {
  const shared = { ...db, localWrites: () => undefined };
  const { read, loads } = countingCache(shared);
  await read();
  await read();
  assert.equal(loads(), 2);
});
