#!/usr/bin/env node
// Writes the demo seed of `npm run server`: the mock's seeded dataset, read through the mock's own
// contract endpoints (so it is exactly what `npm start` shows), as one JSON file of contract
// documents for the server's `--seed FILE`. Only this script imports @credit-kit/mock; the
// server's runtime never does.
//   node packages/server/scripts/seed-from-mock.mjs OUT.json [--seed N] [--customers N] [--receivables N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createMockFetch } from '@credit-kit/mock';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string' }, customers: { type: 'string' }, receivables: { type: 'string' } },
});
const out = positionals[0];
if (!out) {
  console.error('usage: seed-from-mock.mjs OUT.json [--seed N] [--customers N] [--receivables N]');
  process.exit(2);
}
const options = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]));
const fetch = createMockFetch(options);
const { asOf } = fetch.backend.options;
const BASE = 'http://mock.invalid/api/credit/v1';

async function get(path) {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const customers = [];
for (let page = 1; ; page++) {
  const body = await get(`/customers?page=${page}&pageSize=100`);
  customers.push(...body.items);
  if (customers.length >= body.total || body.items.length === 0) break;
}
const financials = [];
const profiles = [];
for (const c of customers) {
  financials.push(await get(`/customers/${encodeURIComponent(c.id)}/financials`));
  profiles.push(await get(`/customers/${encodeURIComponent(c.id)}/credit-profile`));
}
const warnings = (await get('/warnings')).items.map(({ customerName: _name, ...status }) => status);
const applications = (await get('/credit-applications')).items.reverse();
const receivables = [];
let cursor = null;
do {
  const body = await get(`/receivables?asOf=${asOf}&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  receivables.push(...body.items);
  cursor = body.nextCursor;
} while (cursor);
const policy = await get('/credit-policy');
const limitRequests = (await get('/limit-requests')).items.reverse();
const blacklist = (await get('/blacklist')).items;

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ asOf, policy, customers, financials, profiles, warnings, applications, receivables, limitRequests, blacklist }));
console.log(`seed: ${customers.length} customers, ${receivables.length} receivables, ${applications.length} applications (as of ${asOf}) → ${out}`);
