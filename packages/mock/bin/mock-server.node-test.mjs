// Node tests of the HTTP server, the CLI and MSW's setupServer: node --test packages/mock/bin/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadMockNodeModule } from './load-mock.mjs';

const mock = await loadMockNodeModule();

describe('startMockServer', () => {
  let server;
  before(async () => {
    server = await mock.startMockServer({ port: 0, receivables: 200 });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 and serves the contract under the base path', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/credit\/v1$/);
    assert.notEqual(server.port, 0);
    const response = await fetch(`${server.url}/customers?pageSize=5`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /application\/json/);
    const page = await response.json();
    assert.equal(page.items.length, 5);
    assert.equal(page.total, 40);
  });

  it('answers CORS preflights and exposes ETag, Idempotent-Replayed and Retry-After', async () => {
    const preflight = await fetch(`${server.url}/credit-applications`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example.cn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://portal.example.cn');
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type,idempotency-key');

    const response = await fetch(`${server.url}/customers/C001/warning`, { headers: { Origin: 'https://portal.example.cn' } });
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://portal.example.cn');
    const exposed = response.headers.get('access-control-expose-headers');
    for (const name of ['ETag', 'Idempotent-Replayed', 'Retry-After']) assert.match(exposed, new RegExp(name));
    const etag = response.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]{16}"$/);
    const again = await fetch(`${server.url}/customers/C001/warning`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('creates one application per idempotency key over HTTP', async () => {
    const customer = await (await fetch(`${server.url}/customers/C002`)).json();
    const financials = await (await fetch(`${server.url}/customers/C002/financials`)).json();
    const body = JSON.stringify({
      applicant: { ...customer, paidInCapital: customer.paidInCapital ?? '0.00' },
      financials,
      impression: { notes: '' },
      guarantees: [],
      request: { amount: '1000000.00', currency: 'CNY', termDays: 30, purpose: '旺季备货', settlementMethod: 'bank_acceptance_bill' },
      attachments: [],
    });
    const post = () => fetch(`${server.url}/credit-applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'node-test-1' }, body });
    const first = await post();
    assert.equal(first.status, 201, await first.clone().text());
    const replay = await post();
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await replay.json(), await first.json());
    assert.equal(server.backend.state.applications.length, 1);
  });

  it('answers problem details for unknown paths', async () => {
    const response = await fetch(`${server.url}/nothing-here`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    assert.equal((await response.json()).status, 404);
  });
});

describe('mock-server CLI', () => {
  it('prints its base URL, serves, and stops on SIGTERM', async () => {
    const script = fileURLToPath(new URL('./mock-server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, '--port', '0', '--seed', '3', '--receivables', '500', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 20_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /Credit Kit mock backend at (http:\/\/127\.0\.0\.1:\d+\/api\/credit\/v1)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const page = await (await fetch(`${url}/receivables?limit=1`)).json();
    assert.equal(page.total, 500);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('refuses a bad option with a usage message and exit code 2', async () => {
    const script = fileURLToPath(new URL('./mock-server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, '--failure-rate', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(errors, /--failure-rate must be a number from 0 to 1/);
  });
});

describe('MSW setupServer in Node', () => {
  it('intercepts the global fetch with the backend handlers', async () => {
    const { setupServer } = await import('msw/node');
    const backend = mock.createMockBackend({ receivables: 50 });
    const server = setupServer(...backend.handlers);
    server.listen({ onUnhandledRequest: 'bypass' });
    try {
      const response = await fetch('https://erp.example.com/api/credit/v1/customers/C001/credit-profile');
      assert.equal(response.status, 200);
      assert.equal((await response.json()).customerId, 'C001');
      assert.equal(backend.hits('GET /customers/{id}/credit-profile'), 1);
    } finally {
      server.close();
    }
  });
});
