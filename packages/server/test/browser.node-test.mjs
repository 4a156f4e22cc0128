// End to end in headless Chromium: `ck-credit-application` (the CDN bundle, on a page of another
// origin, through the CORS allow-list) submits through the real service into the database, and the
// application then comes back by GET with its audit trail; `ck-aging-table mode="server"` shows the
// service's SQL report, page by page. `CK_E2E_AGING_ITEMS=1000000` runs the table against a ledger of
// that size (imported through the bulk path first; a manual check, not CI's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { completeAgingBuckets } from '@credit-kit/core';
import { findChromium, CHROMIUM_ARGS } from '../../../scripts/test/find-chromium.mjs';
import { SERVER_MODULE } from './support.mjs';

const { openDatabase, migrate, startServer, noAuthentication, runImport, agingPage } = await import(SERVER_MODULE);

const CDN = fileURLToPath(new URL('../../widgets/dist/cdn/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e2e</title></head><body>
<script type="module">import * as ck from './credit-kit.js'; window.ck = ck; document.body.dataset.loaded = 'true';</script></body></html>`;
const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };

let db;
let service;
let page;
let browser;
let pageOrigin;
let dataDir;
const statics = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = join(CDN, path.replace(/^\/+/, ''));
  if (!file.startsWith(CDN) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});

before(async () => {
  await new Promise((resolve) => statics.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${statics.address().port}`;
  // A big ledger belongs in a data directory (docs/server.md: in memory, PGlite copies files as they grow).
  dataDir = process.env.CK_E2E_AGING_ITEMS ? mkdtempSync(join(tmpdir(), 'ck-e2e-')) : undefined;
  db = await openDatabase(dataDir ? { dataDir } : { memory: true });
  await migrate(db);
  await db.query(`INSERT INTO customers (id, code, name, type, industry, currency, established_on)
    VALUES ('C900', '91350100M000100Y43', '华东精密机械有限公司', 'direct', 'Machinery', 'CNY', '2008-04-16')`);
  service = await startServer({ db, authenticate: noAuthentication, port: 0, corsOrigins: [pageOrigin] });
  browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  page = await browser.newPage();
  await page.goto(pageOrigin, { waitUntil: 'load' });
  await page.waitForSelector('body[data-loaded="true"]');
});
after(async () => {
  await browser?.close();
  await service?.close();
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await new Promise((resolve) => statics.close(resolve));
});

test('ck-credit-application submits through the service into the database; GET returns it', async () => {
  const application = await page.evaluate(async (baseUrl) => {
    const el = document.createElement('ck-credit-application');
    el.client = window.ck.createClient({ baseUrl });
    el.value = {
      applicant: {
        code: '91350100M000100Y43', name: '华东精密机械有限公司', type: 'direct', industry: 'Machinery', legalRepresentative: '王建国',
        registeredCapital: '50000000.00', paidInCapital: '30000000.00', currency: 'CNY', establishedOn: '2008-04-16',
      },
      financials: {
        basePeriodEnd: '2025-12-31', currency: 'CNY', totalAssets: '180000000.00', effectiveAssets: '150000000.00',
        totalLiabilities: '90000000.00', currentAssets: '70000000.00', currentLiabilities: '45000000.00', revenue: '260000000.00',
        netProfit: '15600000.00', operatingCashFlow: '18200000.00', existingFinancing: '40000000.00',
      },
      guarantees: [],
      request: { amount: '20000000.00', currency: 'CNY', termDays: 90, purpose: 'Working capital (e2e)', settlementMethod: 'bank_acceptance_bill' },
      impression: { notes: 'Pays on time.', score: 82 },
      attachments: [],
    };
    const ready = new Promise((resolve) => el.addEventListener('ck-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    el.shadowRoot.querySelector('[data-step="review"]').click();
    await el.updateComplete;
    const submitted = new Promise((resolve, reject) => {
      el.addEventListener('ck-application-submitted', (e) => resolve(e.detail.application), { once: true });
      el.addEventListener('ck-error', (e) => reject(new Error(JSON.stringify(e.detail))), { once: true });
    });
    el.shadowRoot.querySelector('[part~="submit-button"]').click();
    return submitted;
  }, service.url);

  assert.equal(application.status, 'submitted');
  assert.equal(application.customerId, 'C900', 'matched to the stored customer by its code');
  const stored = await db.query(`SELECT input->'request'->>'purpose' AS purpose, amount FROM credit_applications WHERE id = $1`, [application.id]);
  assert.deepEqual(stored.rows, [{ purpose: 'Working capital (e2e)', amount: '20000000.00' }]);
  const fetched = await (await fetch(`${service.url}/credit-applications/${application.id}`)).json();
  assert.deepEqual(fetched, application);
  const listed = await (await fetch(`${service.url}/credit-applications?customerId=C900`)).json();
  assert.deepEqual(listed.items.map((a) => a.id), [application.id]);
});

/** A ledger as CSV, made as it is read: `customers` customers, `count` items over two years of due dates. */
function* ledgerCsv(count, customers) {
  let chunk = 'id,customerId,documentDate,dueDate,amount,currency,kind,payments\n';
  for (let i = 0; i < count; i++) {
    const due = new Date(Date.UTC(2024, 6, 1) - (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const kind = i % 17 === 0 ? 'credit_note' : 'invoice';
    const amount = `${(i * 7919) % 100_000}.${String(i % 100).padStart(2, '0')}`;
    const payments = i % 5 === 0 ? `${due}:1.00` : '';
    chunk += `R${i},A${String(i % customers).padStart(5, '0')},${due},${due},${amount},CNY,${kind},${payments}\n`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

test('ck-aging-table mode="server" pages through the service\'s SQL report; totals are the report\'s', async () => {
  const items = Number(process.env.CK_E2E_AGING_ITEMS ?? 2_000);
  const customers = Math.min(3_000, Math.max(150, Math.floor(items / 300)));
  await db.query(
    `INSERT INTO customers (id, code, name, type, industry, currency, established_on)
     SELECT 'A' || lpad(n::text, 5, '0'), lpad((n + 1000)::text, 18, '0'), 'Customer ' || n, 'direct', 'Testing', 'CNY', '2000-01-01'
     FROM generate_series(0, $1::int - 1) AS n`,
    [customers],
  );
  await runImport(db, 'receivables', ledgerCsv(items, customers), 'csv');
  const asOf = '2024-06-30';
  const policy = await (await fetch(`${service.url}/credit-policy`)).json();
  const report = await agingPage(db, { asOf, buckets: completeAgingBuckets(policy.agingBuckets), principal: { subject: 'e2e', roles: ['admin'] }, limit: 50 });

  const shown = await page.evaluate(async ({ baseUrl, asOf }) => {
    const el = document.createElement('ck-aging-table');
    el.setAttribute('mode', 'server');
    el.setAttribute('as-of', asOf);
    el.setAttribute('page-size', '50');
    el.client = window.ck.createClient({ baseUrl });
    document.body.append(el);
    const q = (selector) => el.shadowRoot.querySelector(selector);
    const until = async (check, what) => {
      for (let i = 0; i < 600 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      if (!check()) throw new Error(`timed out waiting for ${what}: ${el.shadowRoot.textContent.slice(0, 300)}`);
    };
    await until(() => q('.more')?.textContent.includes('of'), 'the first page');
    const totals = [...q('[part=totals-row]').querySelectorAll('[part~=cell]')].map((c) => c.textContent.trim());
    const firstPage = q('.more').textContent.trim();
    q('[part=load-more-button]').click();
    await until(() => q('.more')?.textContent.includes('100 of'), 'the second page');
    const secondPage = q('.more').textContent.trim();
    el.remove();
    return { totals, firstPage, secondPage };
  }, { baseUrl: service.url, asOf });

  const money = (amount) => new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(amount);
  const cny = report.totals.find((t) => t.currency === 'CNY');
  assert.deepEqual(shown.totals.slice(1, cny.buckets.length + 3), [...cny.buckets.map(money), money(cny.total), money(cny.overdue)]);
  assert.match(shown.firstPage, new RegExp(`50 of ${report.totalRows.toLocaleString('en')} rows loaded`));
  assert.match(shown.secondPage, new RegExp(`100 of ${report.totalRows.toLocaleString('en')} rows loaded`));
});
