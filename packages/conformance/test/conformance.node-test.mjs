import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runConformance, formatReport } from '@credit-kit/conformance';
import { main } from '../dist/cli.js';
import { startBrokenBackend } from './broken-backend.mjs';

function failed(report, endpoint, namePart) {
  const result = report.results.find((r) => r.endpoint === endpoint);
  assert.ok(result, `no result for ${endpoint}`);
  return result.checks.filter((c) => !c.ok && c.name.includes(namePart));
}

test('names each fault of a deliberately broken backend', async () => {
  const backend = await startBrokenBackend();
  try {
    const report = await runConformance({ baseUrl: backend.url });
    assert.equal(report.passed, false);

    const policy = failed(report, 'GET /credit-policy', 'matches the schema');
    assert.match(policy[0].detail, /currency must be an ISO 4217 currency code/);

    const customer = failed(report, 'GET /customers/{id}', 'matches the schema');
    assert.match(customer[0].detail, /paidInCapital/);

    assert.equal(failed(report, 'GET /customers/{id}', 'unknown customer: content type application/problem+json').length, 1);
    assert.match(failed(report, 'GET /customers/{id}/credit-profile', 'matches the schema')[0].detail, /not valid JSON/);
    assert.equal(failed(report, 'GET /customers/{id}/warning', 'sends an ETag').length, 1);
    assert.match(failed(report, 'GET /receivables', 'cursors move forward')[0].detail, /came back twice/);
    assert.equal(failed(report, 'GET /receivables', 'invalid cursor: status 400').length, 1);
    assert.match(failed(report, 'GET /receivables/aging', 'every page is consistent in itself')[0].detail, /CNY bucket totals sum to 90, total 100.00/);
    assert.equal(failed(report, 'POST /credit-applications', 'without Idempotency-Key: status 400').length, 1);
    assert.equal(failed(report, 'POST /credit-applications', 'invalid body: status 422').length, 1);
    assert.match(failed(report, 'POST /credit-applications', 'same Idempotency-Key returns the same application')[0].detail, /second application A\d+ was created/);

    assert.equal(failed(report, 'GET /blacklist', 'every entry starts with its report').length, 1);
    assert.equal(failed(report, 'GET /blacklist', '`status=listed` returns only listed entries').length, 1);
    assert.equal(failed(report, 'POST /blacklist', 'a report starts as `reported`').length, 1);
    assert.equal(failed(report, 'POST /blacklist', 'empty reason: status 422').length, 1);
    // The decision loop: a backend that accepts every decision is caught, check by check.
    const decide = 'POST /limit-requests/{id}/decision';
    assert.equal(failed(report, decide, 'the maker approving is refused (maker-checker): status 403').length, 1);
    assert.equal(failed(report, decide, 'an analyst approving above the analyst level is refused: status 403').length, 1);
    assert.equal(failed(report, decide, 'a limit above the computed maximum is refused: status 403').length, 1);
    assert.match(failed(report, decide, 'the receipt verifies offline')[0].detail, /cannot be recomputed/);
    assert.equal(failed(report, 'POST /limit-requests', 'without Idempotency-Key: status 400').length, 1);

    // Checks the broken backend does honour are not reported as violations.
    const financials = report.results.find((r) => r.endpoint === 'GET /customers/{id}/financials');
    assert.ok(financials.checks.every((c) => c.ok), JSON.stringify(financials.checks));

    const text = formatReport(report);
    assert.match(text, /✗ GET \/customers\/\{id\}\/warning/);
    assert.match(text, /checks violate the contract\.$/);
  } finally {
    await backend.close();
  }
});

test('the CLI exits 1 on violations, 2 on usage errors', async () => {
  const backend = await startBrokenBackend();
  try {
    const lines = [];
    assert.equal(await main(['--base-url', backend.url, '--skip-writes'], (t) => lines.push(t)), 1);
    assert.match(lines.join('\n'), /✗ GET \/credit-policy/);
    assert.doesNotMatch(lines.join('\n'), /POST \/credit-applications/);
    const skipped = [];
    await main(['--base-url', backend.url, '--skip-decisions'], (t) => skipped.push(t));
    assert.doesNotMatch(skipped.join('\n'), /limit-requests|reviews\/worklist|\/decision(?!s)/);
    assert.match(skipped.join('\n'), /POST \/credit-applications/);
    assert.equal(await main(['--base-url', 'ftp://x'], () => {}), 2);
    assert.equal(await main(['--nope'], () => {}), 2);
  } finally {
    await backend.close();
  }
});

test('the mock backend, served over real HTTP, conforms', async () => {
  const { startMockServer } = await import('@credit-kit/mock/node');
  const server = await startMockServer({ port: 0, host: '127.0.0.1', receivables: 1500 });
  try {
    const report = await runConformance({ baseUrl: server.url, pageSize: 400 });
    const failures = report.results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.endpoint}: ${c.name}: ${c.detail}`));
    assert.deepEqual(failures, []);
    assert.equal(report.passed, true);
    const endpoints = report.results.map((r) => r.endpoint);
    for (const expected of ['GET /credit-policy', 'GET /customers', 'GET /customers/{id}', 'GET /customers/{id}/warning', 'GET /warnings',
      'GET /receivables', 'GET /receivables/aging', 'POST /credit-applications', 'GET /credit-applications/{id}',
      'GET /blacklist', 'POST /blacklist', 'GET /blacklist/{id}', 'POST /blacklist/{id}/decisions', 'POST /blacklist/{id}/removal-requests',
      'GET /reviews/worklist', 'GET /limit-requests', 'POST /limit-requests', 'POST /limit-requests/{id}/decision',
      'POST /credit-applications/{id}/decision', 'GET /customers/{id}/credit-profile']) {
      assert.ok(endpoints.includes(expected), `${expected} was checked`);
    }
    // The walk covered every page: 1500 items at 400 a page.
    const receivables = report.results.find((r) => r.endpoint === 'GET /receivables');
    assert.ok(receivables.checks.some((c) => c.name === '`total` equals the items walked to the end' && c.ok));
    // Maker-checker and approval levels were enforced by the backend, not just reported.
    const decide = report.results.find((r) => r.endpoint === 'POST /limit-requests/{id}/decision');
    for (const name of ['the maker approving is refused (maker-checker): `refusals` names maker-checker',
      'an analyst approving above the analyst level is refused: `refusals` names above-approval-level',
      'the receipt verifies offline (core\'s verifyReceipt)']) {
      assert.ok(decide.checks.some((c) => c.name === name && c.ok), name);
    }
  } finally {
    await server.close();
  }
});
