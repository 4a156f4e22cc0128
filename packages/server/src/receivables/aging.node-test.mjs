// The aging report in SQL equals core's ageReceivables on random ledgers: bucket edges, payments
// after the as-of date, credit notes and payments on account, over-payments, several currencies,
// more than 2 decimal places, custom buckets, keyset paging and a sales principal's scope. On
// embedded PGlite always; on a real PostgreSQL when the harness can start one (else one line says
// why it was skipped).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Decimal, ageReceivables, completeAgingBuckets, formatIsoDay, parseIsoDay, toMoneyString } from '@credit-kit/core';
import { SERVER_MODULE, assertOpenMonthsInStep, startTestPostgres } from './test-support.mjs';

const server = await import(SERVER_MODULE);
const { openDatabase, migrate, agingPage, writeReceivables, receivablePage } = server;

const ADMIN = { subject: 'admin', roles: ['admin'] };
// Ids chosen so code-unit order differs from a locale's: upper case sorts before lower case.
const CUSTOMERS = ['B-2', 'C1', 'C10', 'C9', 'a.1'];
const CURRENCIES = ['CNY', 'USD', 'EUR'];
const EDGE_DAYS = [-400, -31, -1, 0, 1, 2, 29, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366, 367, 1000];

/** Customer master rows (S1's table): names, salesperson and region the report rows carry. */
async function seedCustomers(db) {
  for (const [k, id] of CUSTOMERS.entries()) {
    await db.query(
      `INSERT INTO customers (id, code, name, type, industry, currency, established_on, salesperson, region)
       VALUES ($1, $2, $3, 'direct', 'Testing', 'CNY', '2000-01-01', $4, $5)`,
      [id, String(k + 1).padStart(18, '0'), `Customer ${id}`, k % 2 ? `S${k}` : null, k % 3 ? 'East' : null],
    );
  }
}

const amountArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999_999 }).map((m) => `${Math.floor(m / 1000)}.${String(m % 1000).padStart(3, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000 }).map(String) },
);

/** A ledger around an as-of date: every item's days overdue often lands on a bucket edge. */
const ledgerArb = fc
  .record({
    asOfDay: fc.integer({ min: parseIsoDay('2023-01-01'), max: parseIsoDay('2025-12-31') }),
    items: fc.array(
      fc.record({
        customer: fc.constantFrom(...CUSTOMERS),
        currency: fc.constantFrom(...CURRENCIES),
        days: fc.oneof(fc.constantFrom(...EDGE_DAYS), fc.integer({ min: -120, max: 800 })),
        // Document dated before the due date, sometimes after the as-of date (left out).
        term: fc.integer({ min: 0, max: 120 }),
        amount: amountArb,
        kind: fc.constantFrom(undefined, 'invoice', 'invoice', 'credit_note', 'payment', 'retention'),
        payments: fc.array(fc.record({ offset: fc.integer({ min: -200, max: 60 }), amount: amountArb }), { maxLength: 3 }),
        fullyPaid: fc.boolean(),
        disputed: fc.constantFrom(undefined, true, false),
      }),
      { maxLength: 60 },
    ),
    buckets: fc.oneof(
      fc.constant(undefined),
      fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 5 }).map((ends) => {
        const sorted = [...ends].sort((a, b) => a - b);
        return sorted.map((maxDays, k) => ({ minDays: k === 0 ? 1 : sorted[k - 1] + 1, maxDays }));
      }),
    ),
  })
  .map(({ asOfDay, items, buckets }) => {
    const asOf = formatIsoDay(asOfDay);
    const ledger = items.map((spec, n) => {
      const dueDay = asOfDay - spec.days;
      const item = {
        id: `R${n}`,
        customerId: spec.customer,
        documentDate: formatIsoDay(dueDay - spec.term),
        dueDate: formatIsoDay(dueDay),
        amount: spec.amount,
        currency: spec.currency,
      };
      if (spec.kind) item.kind = spec.kind;
      if (spec.disputed !== undefined) item.disputed = spec.disputed;
      const payments = spec.payments.map((p) => ({ date: formatIsoDay(asOfDay + p.offset), amount: p.amount }));
      // Sometimes paid exactly in full (by the as-of date or after it): the item drops out, or not yet.
      if (spec.fullyPaid) payments.splice(0, payments.length, { date: formatIsoDay(asOfDay + (spec.payments[0]?.offset ?? 0)), amount: spec.amount });
      if (payments.length) item.payments = payments;
      return item;
    });
    return { asOf, items: ledger, buckets };
  });

/** Core's result in the wire shape of the report (rows per customer and currency, totals per currency). */
function expectedReport(items, asOf, buckets, customerNames) {
  const result = ageReceivables(items, { asOf, ...(buckets ? { buckets } : {}), includeItems: false });
  const rows = [];
  const totals = [];
  for (const currency of Object.keys(result.currencies)) {
    const aged = result.currencies[currency];
    totals.push({ currency, total: aged.total, overdue: aged.overdue, buckets: aged.buckets.map((b) => b.amount) });
    for (const customer of aged.customers) {
      rows.push({ customerId: customer.customerId, customerName: customerNames.get(customer.customerId), currency, total: customer.total,
        overdue: customer.overdue, buckets: customer.buckets, oldestDueDate: customer.oldestDueDate, maxDaysOverdue: customer.maxDaysOverdue });
    }
  }
  rows.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { buckets: result.buckets.map((b) => ({ ...b })), totals, rows };
}

/** Every page of the SQL report, following nextCursor; checks the per-page invariants on the way. */
async function sqlReport(db, asOf, buckets, principal, limit) {
  const completed = completeAgingBuckets(buckets ?? []);
  const definitions = buckets ? completed : completeAgingBuckets([
    { label: 'Not due', maxDays: 0 }, { label: '1–30', minDays: 1, maxDays: 30 }, { label: '31–60', minDays: 31, maxDays: 60 },
    { label: '61–90', minDays: 61, maxDays: 90 }, { label: '91–180', minDays: 91, maxDays: 180 },
    { label: '181–365', minDays: 181, maxDays: 365 }, { label: 'Over 365', minDays: 366 },
  ]);
  const rows = [];
  let cursor;
  let first;
  do {
    const page = await agingPage(db, { asOf, buckets: definitions, principal, cursor, limit });
    first ??= page;
    assert.deepEqual(page.totals, first.totals, 'every page carries the whole report’s totals');
    assert.equal(page.totalRows, first.totalRows);
    assert.ok(page.rows.length <= limit);
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  assert.equal(rows.length, first.totalRows);
  return { buckets: first.buckets, totals: first.totals, rows };
}

function withoutSalesFields(rows) {
  return rows.map(({ salesperson, region, ...row }) => row);
}

function suite(name, open) {
  describe(`aging in SQL = core's ageReceivables (${name})`, () => {
    let db;
    let skip;
    before(async () => {
      const opened = await open();
      if (typeof opened === 'string') skip = opened;
      else {
        db = opened;
        await migrate(db);
        await seedCustomers(db);
      }
    });
    after(async () => db?.close());
    const names = new Map(CUSTOMERS.map((id) => [id, `Customer ${id}`]));

    it('on random ledgers, paged by keyset, for a portfolio and for a sales principal', async (t) => {
      if (skip) return t.skip(skip);
      await fc.assert(
        fc.asyncProperty(ledgerArb, fc.integer({ min: 1, max: 4 }), fc.boolean(), async ({ asOf, items, buckets }, limit, rewrite) => {
          await db.exec('TRUNCATE receivables CASCADE');
          if (rewrite) {
            // An earlier version of every item (other due month, amount and payments) and items
            // deleted since: the open months must follow updates and deletes, not only inserts.
            const earlier = items.map((item) => ({ ...item, dueDate: formatIsoDay(parseIsoDay(item.dueDate) - 45), amount: '1.00', payments: undefined }));
            const gone = items.map((item) => ({ ...item, id: `G${item.id}` }));
            await writeReceivables(db, [...earlier, ...gone]);
            await db.query(`DELETE FROM receivables WHERE id LIKE 'G%'`);
          }
          await writeReceivables(db, items);
          await assertOpenMonthsInStep(db);
          const expected = expectedReport(items, asOf, buckets, names);
          const actual = await sqlReport(db, asOf, buckets, ADMIN, limit);
          assert.deepEqual(withoutSalesFields(actual.rows), expected.rows);
          assert.deepEqual(actual.totals, expected.totals);
          assert.deepEqual(actual.buckets, expected.buckets);

          const mine = ['C1', 'a.1'];
          const sales = { subject: 'u1', roles: ['sales'], customers: mine };
          const scoped = expectedReport(items.filter((i) => mine.includes(i.customerId)), asOf, buckets, names);
          const seen = await sqlReport(db, asOf, buckets, sales, 50);
          assert.deepEqual(withoutSalesFields(seen.rows), scoped.rows, 'a sales principal sees its customers only');
          assert.deepEqual(seen.totals, scoped.totals, 'and totals over its customers only');
        }),
        { numRuns: Number(process.env.CK_PROPERTY_RUNS ?? 40) },
      );
    });

    it('rows carry the customer master’s name, salesperson and region', async (t) => {
      if (skip) return t.skip(skip);
      await db.exec('TRUNCATE receivables CASCADE');
      await writeReceivables(db, [
        { id: 'X1', customerId: 'C1', documentDate: '2024-01-01', dueDate: '2024-01-31', amount: '1000.00', currency: 'CNY',
          payments: [{ date: '2024-02-10', amount: '400' }, { date: '2024-04-01', amount: '100.5' }] },
        { id: 'X2', customerId: 'C1', documentDate: '2024-02-20', dueDate: '2024-02-20', amount: '50', currency: 'CNY', kind: 'credit_note' },
      ]);
      const page = await agingPage(db, { asOf: '2024-03-01', buckets: completeAgingBuckets([{ minDays: 1, maxDays: 30 }]), principal: ADMIN, limit: 10 });
      // 1000 − 400 (the April payment is after the as-of date) = 600, 30 days overdue; the credit note −50 is 10 days overdue.
      // The scale is the ledger's most decimal places, at least 2.
      assert.deepEqual(page.rows, [{ customerId: 'C1', customerName: 'Customer C1', currency: 'CNY', total: '550.00', overdue: '550.00',
        buckets: ['0.00', '550.00', '0.00'], oldestDueDate: '2024-01-31', maxDaysOverdue: 30, salesperson: 'S1', region: 'East' }]);
      assert.deepEqual(page.totals, [{ currency: 'CNY', total: '550.00', overdue: '550.00', buckets: ['0.00', '550.00', '0.00'] }]);
      const exact = new Decimal('1000').minus('400').minus('50');
      assert.equal(toMoneyString(exact), page.totals[0].total);
    });

    it('a cursor from another as-of date is refused', async (t) => {
      if (skip) return t.skip(skip);
      const buckets = completeAgingBuckets([{ minDays: 1, maxDays: 30 }]);
      const first = await agingPage(db, { asOf: '2024-03-01', buckets, principal: ADMIN, limit: 1 });
      await db.exec('TRUNCATE receivables CASCADE');
      await writeReceivables(db, [
        { id: 'Y1', customerId: 'C1', documentDate: '2024-01-01', dueDate: '2024-01-31', amount: '1', currency: 'CNY' },
        { id: 'Y2', customerId: 'C9', documentDate: '2024-01-01', dueDate: '2024-01-31', amount: '1', currency: 'CNY' },
      ]);
      const page = await agingPage(db, { asOf: '2024-03-01', buckets, principal: ADMIN, limit: 1 });
      assert.ok(page.nextCursor, `two rows at one a page: ${JSON.stringify(first.rows)}`);
      await assert.rejects(agingPage(db, { asOf: '2024-03-02', buckets, principal: ADMIN, cursor: page.nextCursor, limit: 1 }), /other parameters/);
    });

    it('GET /receivables pages by keyset in customer then id order, with the total and the payments', async (t) => {
      if (skip) return t.skip(skip);
      await db.exec('TRUNCATE receivables CASCADE');
      const items = [];
      for (const customerId of CUSTOMERS) {
        for (let n = 0; n < 4; n++) {
          items.push({ id: `I${n}`, customerId, documentDate: `2024-0${n + 1}-01`, dueDate: `2024-0${n + 2}-01`, amount: `${n + 1}00.10`,
            currency: 'CNY', ...(n === 1 ? { payments: [{ date: '2024-03-01', amount: '10' }, { date: '2024-03-02', amount: '0.10' }] } : {}) });
        }
      }
      await writeReceivables(db, items);
      const seen = [];
      let cursor;
      do {
        const page = await receivablePage(db, { principal: ADMIN, asOf: '2024-03-15', cursor, limit: 3 });
        assert.equal(page.total, CUSTOMERS.length * 3);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const wanted = items.filter((i) => i.documentDate <= '2024-03-15')
        .sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.id < b.id ? -1 : 1));
      assert.deepEqual(seen, wanted);
      const sales = await receivablePage(db, { principal: { subject: 's', roles: ['sales'], customers: ['C9'] }, limit: 100 });
      assert.deepEqual(sales.items.map((i) => i.customerId), ['C9', 'C9', 'C9', 'C9']);
      assert.equal(sales.total, 4);
    });
  });
}

suite('PGlite', () => openDatabase({ memory: true }));
suite('PostgreSQL', async () => {
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
