// The bin's subcommands on a PGlite data directory: migrate (once, then "current"), import (all or
// nothing, a bad row named by file and line), and serve picking up what was imported.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, spawnServer } from './support.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ck-server-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, 'data');
const run = (...args) => spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir, '--log-level', 'silent'], { encoding: 'utf8' });

const customer = (id, code, name) => ({ id, code, name, type: 'direct', industry: 'Machinery', currency: 'CNY', establishedOn: '2012-03-01' });

test('migrate applies the migrations once; import is all or nothing; serve sees the imported rows', async () => {
  const first = run('migrate');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^applied 0001_core/);
  const second = run('migrate');
  assert.equal(second.stdout, 'schema is current\n');

  const bad = join(dir, 'bad.ndjson');
  writeFileSync(bad, [customer('K1', '91420111043046666R', 'Good Co'), { ...customer('K2', 'NOT-A-CODE', 'Bad Co') }].map((c) => JSON.stringify(c)).join('\n') + '\n');
  const refused = run('import', 'customers', bad);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: `));

  const good = join(dir, 'good.ndjson');
  writeFileSync(good, JSON.stringify(customer('K1', '91420111043046666R', 'Good Co')) + '\n');
  const imported = run('import', 'customers', good);
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /imported 1 customers/);

  const server = await spawnServer(['serve', '--data-dir', dataDir, '--auth', 'none', '--empty']);
  try {
    const page = await (await fetch(`${server.url}/customers`)).json();
    assert.deepEqual(page.items.map((c) => [c.id, c.name]), [['K1', 'Good Co']], 'only the good file was kept');
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('usage errors exit 2 with the usage text', () => {
  const unknown = run('frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  assert.match(unknown.stderr, /credit-kit-server \[serve\|migrate\|import\]/);
  assert.equal(run('--port', 'abc').status, 2);
});
