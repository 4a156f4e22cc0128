// End to end in headless Chromium: `ck-credit-application` (the CDN bundle, on a page of another
// origin, through the CORS allow-list) submits through the real service into the database, and the
// application then comes back by GET with its audit trail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../../scripts/test/find-chromium.mjs';
import { SERVER_MODULE } from './support.mjs';

const { openDatabase, migrate, startServer, noAuthentication } = await import(SERVER_MODULE);

const CDN = fileURLToPath(new URL('../../widgets/dist/cdn/', import.meta.url));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>e2e</title></head><body>
<script type="module">import * as ck from './credit-kit.js'; window.ck = ck; document.body.dataset.loaded = 'true';</script></body></html>`;
const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };

let db;
let service;
let page;
let browser;
let pageOrigin;
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
  db = await openDatabase({ memory: true });
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
