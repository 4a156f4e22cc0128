// The page-weight budget test (issue 13): every page of scripts/build/budgets.mjs, measured on an
// esbuild bundle of the host's `@credit-kit/widgets/define` import (scripts/build/page-weight.mjs),
// stays within its ceiling; every chunk loaded on interaction within its budget; every single-widget
// page's Chinese messages within theirs. Sizes are deterministic (same sources, same esbuild), so
// these are exact checks, not timings. Runs from the sources; no build needed.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { INTERACTION_CHUNK_BUDGET, LOCALE_BUDGET, LOCALE_CEILINGS, PAGES } from './budgets.mjs';
import { measurePage, measurePages, ownLocaleChunks, pageSource } from './page-weight.mjs';

describe('page weight (gzip -9, English, first load)', () => {
  let results;
  before(async () => {
    results = new Map((await measurePages(PAGES)).map((result) => [result.page.id, result]));
  });

  for (const page of PAGES) {
    it(`${page.label.trim()}: within its ceiling of ${page.ceiling} bytes (budget ${page.budget})`, () => {
      const { first } = results.get(page.id);
      assert.ok(first.gzip <= page.ceiling, `${page.id} is ${first.gzip} bytes gzip, over its ceiling of ${page.ceiling} (scripts/build/budgets.mjs)`);
    });
  }

  it('every chunk loaded on interaction is within its budget', () => {
    for (const { page, apart } of results.values()) {
      for (const chunk of apart.filter((a) => a.kind === 'interaction')) {
        assert.ok(chunk.gzip <= INTERACTION_CHUNK_BUDGET, `${page.id}: ${chunk.module} adds ${chunk.gzip} bytes, over ${INTERACTION_CHUNK_BUDGET}`);
      }
    }
  });

  it("each single-widget page's Chinese messages are within their budget (or today's ceiling)", () => {
    for (const { page, apart } of results.values()) {
      if (page.worker || page.defines.length !== 1) continue;
      const own = ownLocaleChunks(page, apart);
      assert.ok(own.length > 0, `${page.id} has no Chinese messages chunk: are they in the English path?`);
      const bytes = own.reduce((sum, a) => sum + a.gzip, 0);
      const ceiling = LOCALE_CEILINGS[page.id] ?? LOCALE_BUDGET;
      assert.ok(bytes <= ceiling, `${page.id}: zh-CN messages are ${bytes} bytes, over ${ceiling}`);
    }
  });

  it('English pages load no Chinese messages', () => {
    for (const { page, first } of results.values()) {
      const chinese = first.inputs.filter((path) => /zh-CN/.test(path));
      assert.deepEqual(chinese, [], `${page.id} loads ${chinese.join(', ')} on an English first load`);
    }
  });

  it("a badge page carries only the client endpoints it calls: not the application's submission, decisions or receivables", () => {
    const resources = results.get('badge').first.inputs.filter((path) => path.startsWith('packages/client/src/resources/'));
    assert.ok(resources.includes('packages/client/src/resources/warnings.ts'), `no warnings endpoint: ${resources.join(', ')}`);
    for (const name of ['submission', 'applications', 'limit-requests', 'reviews', 'receivables', 'aging-report', 'blacklist']) {
      assert.ok(!resources.includes(`packages/client/src/resources/${name}.ts`), `the badge page ships resources/${name}.ts`);
    }
  });

  it('the measurement can fail: a page importing more weighs more', async () => {
    const badge = results.get('badge').first.gzip;
    const bigger = await measurePage({ id: 'probe', defines: ['defineWarningBadge', 'defineCreditApplication'] });
    assert.ok(bigger.first.gzip > badge + 1024, `badge + form ${bigger.first.gzip} vs badge ${badge}`);
    assert.match(pageSource(['defineWarningBadge']), /import \{ defineWarningBadge \} from '@credit-kit\/widgets\/define'/);
  });
});
