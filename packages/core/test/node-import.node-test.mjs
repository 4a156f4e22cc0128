// The built core is plain ESM for Node: no bundler, no TypeScript, no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('@credit-kit/core imports from plain Node and computes exactly', async () => {
  const core = await import('@credit-kit/core');
  assert.equal(typeof core.computeCreditLimit, 'function');
  assert.equal(typeof core.ageReceivables, 'function');
  assert.equal(typeof globalThis.document, 'undefined');
  // (3·0 + 7·300 − 10·100) / 3 × 1 × 1 = 1100 / 3 = 366.666… → 366.66, rounded down to the cent.
  const limit = core.computeCreditLimit(
    { existingFinancing: '0', effectiveAssets: '300', totalAssets: '1000', totalLiabilities: '100', grade: 'AAA',
      paidInCapital: '0', establishedOn: '2000-01-01', asOf: '2026-11-25' },
    { gradeCoefficients: { AAA: '1' }, debtRatioCoefficients: [{ upTo: '1', coefficient: '1' }] },
  );
  assert.equal(limit.maximum, '366.66');
  const contract = await import('@credit-kit/core/contract');
  assert.equal(contract.buildOpenApiDocument().openapi, '3.1.0');
});
