// Node tests of the HTTP server, the CLI and MSW's setupServer: node --test packages/mock/bin/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadMockNodeModule } from './load-mock.mjs';

const mock = await loadMockNodeModule();

describe('startMockServer', () => {
  let server;
  before(async () => {
    server = await mock.startMockServer({ port: 0, receivables: 200, allowedOrigins: ['https://portal.example.cn'] });
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

/** A raw HTTP/1.1 exchange, for what fetch will not send (a Host header, TRACE, a lying Content-Length). */
function raw(url, { method = 'GET', headers = {}, body, endAfterBody = true } = {}) {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text }));
    });
    request.on('error', reject);
    if (body !== undefined) request.write(body);
    if (endAfterBody) request.end();
  });
}

function assertProblem(response, status) {
  assert.equal(response.status, status, response.text);
  assert.match(response.headers['content-type'], /^application\/problem\+json/);
  const problem = JSON.parse(response.text);
  assert.equal(problem.status, status);
  assert.ok(problem.title && problem.type, 'title and type present');
  return problem;
}

describe('the hardened HTTP server (issue 16)', () => {
  let server;
  before(async () => {
    server = await mock.startMockServer({ port: 0, receivables: 50, maxApplications: 3 });
  });
  after(() => server.close());

  it('refuses a body past the limit by its Content-Length, before reading it (413)', async () => {
    // Declares 256 MB, sends 1 KB: the answer comes without the server waiting for (or keeping) the rest.
    const response = await raw(`${server.url}/credit-applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'big-1', 'Content-Length': String(256 * 1024 * 1024) },
      body: 'x'.repeat(1024),
      endAfterBody: false,
    });
    const problem = assertProblem(response, 413);
    assert.match(problem.detail, /larger than the 1048576 bytes/);
  });

  it('refuses a chunked body once it passes the limit (413)', async () => {
    const response = await fetch(`${server.url}/credit-applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'big-2' },
      body: JSON.stringify({ notes: 'y'.repeat(2 * 1024 * 1024) }),
    });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  it('never reflects an arbitrary Origin or null with credentials; allows this machine by default', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const response = await fetch(`${server.url}/customers/C001`, { headers: { Origin: origin } });
      assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
      assert.equal(response.headers.get('access-control-allow-credentials'), null, origin);
      const preflight = await fetch(`${server.url}/credit-applications`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
      assert.equal(preflight.status, 403, origin);
    }
    const local = await fetch(`${server.url}/customers/C001`, { headers: { Origin: 'http://localhost:8000' } });
    assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:8000');
  });

  it('answers only for loopback Host names by default (DNS rebinding), configurable', async () => {
    const rebound = await raw(`${server.url}/customers/C001`, { headers: { Host: `attacker.example:${server.port}` } });
    const problem = assertProblem(rebound, 421);
    assert.match(problem.detail, /does not answer for that Host/);
    assert.equal((await raw(`${server.url}/customers/C001`, { headers: { Host: `localhost:${server.port}` } })).status, 200);
    assert.equal((await raw(`${server.url}/customers/C001`, { headers: { Host: `[::1]:${server.port}` } })).status, 200);
    const open = await mock.startMockServer({ port: 0, receivables: 10, allowedHosts: ['credit.test'] });
    try {
      assert.equal((await raw(`${open.url}/customers/C001`, { headers: { Host: 'credit.test' } })).status, 200);
      assert.equal((await raw(`${open.url}/customers/C001`, { headers: { Host: 'localhost' } })).status, 421);
    } finally {
      await open.close();
    }
  });

  it('answers TRACE with a 405 problem that names no internals', async () => {
    const response = await raw(`${server.url}/customers`, { method: 'TRACE' });
    const problem = assertProblem(response, 405);
    assert.match(response.headers.allow, /GET/);
    assert.doesNotMatch(response.text, /TypeError|Error:|unsupported|at \w+ \(/);
    assert.doesNotMatch(problem.detail, /internal/i);
  });

  it('calls deep JSON too deeply nested (400), not invalid JSON', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const response = await fetch(`${server.url}/credit-applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'deep-1' },
      body: `{"applicant":${deep}}`,
    });
    assert.equal(response.status, 400);
    const problem = await response.json();
    assert.equal(problem.type, 'urn:credit-kit:problem:too-deeply-nested');
    assert.match(problem.detail, /too deeply nested/);
  });

  it('answers 50,000 invalid entries with a bounded 422, not a 500', async () => {
    const guarantees = Array.from({ length: 50_000 }, () => ({ kind: 1 }));
    const response = await fetch(`${server.url}/credit-applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'many-1' },
      body: JSON.stringify({ guarantees }),
    });
    assert.equal(response.status, 422);
    const problem = await response.json();
    assert.ok(problem.errors.length <= 101, `${problem.errors.length} errors`);
    assert.ok(problem.errors.some((e) => e.path === 'guarantees' && e.code === 'too_big'));
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
