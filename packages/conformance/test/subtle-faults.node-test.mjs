// The conformance kit against backends each broken in one subtle way (issue 16 §5): the real mock
// behind a proxy adding one fault. The kit must name every fault; the mock itself must conform.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runConformance } from '@credit-kit/conformance';
import { startSubtleBackend } from './subtle-backends.mjs';

/** Small pages, so every walked endpoint has second pages: 40 customers (2 pages), 300 receivables, ~40 aging rows. */
const RUN = { pageSize: 15, maxPages: 50, replayDelayMs: 200, concurrentRetries: 10 };

/** fault → [endpoint, check name part, detail pattern] that must fail. */
const EXPECTED = {
  'problem-members': [
    ['GET /customers/{id}', 'RFC 9457 `status` member equals the HTTP status', /`status` is 200, HTTP status 404/],
    ['GET /customers/{id}', 'RFC 9457 `title` and `type` present', /no `title` or `type`/],
  ],
  'pointer-paths': [['POST /credit-applications', '422 field paths are dotted', /"\/request\/amount"/]],
  'concurrent-keys': [['POST /credit-applications', 'concurrent retries with one Idempotency-Key create one application', /2 applications were created/]],
  'transition-decides': [['POST /credit-applications/{id}/transitions', 'a decision asked of the transitions endpoint (only the decision endpoint decides): status 409', /answered 200/]],
  'forgetful-keys': [['POST /credit-applications', 'a replay 200 ms later returns the same application', /the key was forgotten/]],
  'etag-any-304': [
    ['GET /customers/{id}/warning', 'answers 200 (not 304) to a garbage If-None-Match', /answered 304/],
    ['GET /customers/{id}/warning', 'answers 200 (not 304) to a stale If-None-Match', /answered 304/],
  ],
  'constant-etag': [
    ['GET /customers/{id}/warning', 'different bodies have different ETags', /share ETag "v1"/],
    ['GET /customers/{id}/warning', 'stale If-None-Match', /answered 304/],
  ],
  'drop-one-per-page': [
    ['GET /receivables', '`total` equals the items walked to the end', /total 300, walked 280/],
    ['GET /customers', 'walking every page yields `total` customers', /total 40, walked 38/],
    ['GET /customers', 'every page is the page asked for', /page 1 has 19 items, expected 20/],
  ],
  'no-end': [['GET /receivables', 'reaches its end (`nextCursor: null`) within 50 pages', /stopped at the page limit \(50 pages, 300 items\) without an end/]],
  'ignore-page': [['GET /customers', 'no customer appears on two pages', /customers repeated across pages/]],
  'customers-page-2-decimal': [['GET /customers', 'every page matches the schema', /page 2: items\[0\]\.registeredCapital must be a decimal amount/]],
  'aging-page-2-decimal': [['GET /receivables/aging', 'every page matches the schema', /page 2: rows\[0\]\.overdue must be a decimal amount/]],
  'aging-row-sum': [['GET /receivables/aging', 'every page is consistent in itself', /page 2: row \S+ \w{3}: buckets sum to/]],
};

describe('the kit names each subtle fault', () => {
  let mock;
  before(async () => {
    const { startMockServer } = await import('@credit-kit/mock/node');
    mock = await startMockServer({ port: 0, host: '127.0.0.1', receivables: 300 });
  });
  after(() => mock.close());

  it('the mock alone conforms with these settings (every page walked)', async () => {
    const report = await runConformance({ baseUrl: mock.url, ...RUN });
    const failures = report.results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.endpoint}: ${c.name}: ${c.detail}`));
    assert.deepEqual(failures, []);
    const aging = report.results.find((r) => r.endpoint === 'GET /receivables/aging');
    assert.ok(aging.checks.some((c) => c.name === 'the rows of every page add up to `totals`' && c.ok), 'aging walked to its end');
  });

  for (const [fault, expected] of Object.entries(EXPECTED)) {
    it(fault, async () => {
      const backend = await startSubtleBackend(mock.url, fault);
      try {
        const report = await runConformance({ baseUrl: backend.url, ...RUN });
        assert.equal(report.passed, false, `${fault}: the kit said "Conforms"`);
        for (const [endpoint, name, detail] of expected) {
          const result = report.results.find((r) => r.endpoint === endpoint);
          assert.ok(result, `no result for ${endpoint}`);
          const failed = result.checks.filter((c) => !c.ok && c.name.includes(name));
          assert.ok(failed.length > 0, `${fault}: no failed check "${name}" on ${endpoint}; failures: ${JSON.stringify(report.results.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.endpoint}: ${c.name}: ${c.detail}`)))}`);
          assert.match(failed.map((c) => c.detail).join('\n'), detail);
        }
      } finally {
        await backend.close();
      }
    });
  }
});
