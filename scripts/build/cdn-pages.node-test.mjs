// The CDN pages (issue 13), measured on the build (`npm run build` makes packages/widgets/dist/cdn/):
// a single-widget page through the autoloader stays within its ceiling (scripts/build/budgets.mjs)
// and loads only that widget's modules: no other widget's module or element code is reachable
// from it. Sizes are deterministic for one build, so these are exact checks, not timings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CDN_PAGES } from './budgets.mjs';
import { CDN, cdnBuilt, measureCdnPages, staticClosure } from './cdn-pages.mjs';
import { WIDGET_NAMES } from '../widgets.mjs';

/** Nested elements a widget renders itself (its module reaches theirs on purpose). */
const NESTS = { 'aging-table': ['warning-badge'], 'credit-review': ['limit-calculator', 'warning-badge'] };

/** The code of `files` but the autoloader's own (its table of widgets names them all). */
const textOf = (files) => [...files].filter((file) => file !== 'autoloader.js').map((file) => readFileSync(join(CDN, file), 'utf8')).join('\n');

describe('CDN pages through the autoloader (gzip -9, English, first load)', { skip: !cdnBuilt() && 'run `npm run build` first' }, () => {
  const pages = cdnBuilt() ? measureCdnPages() : [];

  for (const { name, page } of CDN_PAGES) {
    it(`ck-${name} (budget of the ${page} page + 3 KB): within its ceiling`, () => {
      const { autoloader } = pages.find((p) => p.name === name);
      const { ceiling } = CDN_PAGES.find((p) => p.name === name);
      assert.ok(autoloader.gzip <= ceiling, `ck-${name} through the autoloader is ${autoloader.gzip} bytes gzip, over its ceiling of ${ceiling}`);
    });
  }

  it("each widget's page reaches no other widget's module, nor another element's code", () => {
    for (const name of WIDGET_NAMES) {
      const files = staticClosure(['autoloader.js', `${name}.js`]);
      for (const other of WIDGET_NAMES.filter((o) => o !== name)) {
        assert.ok(!files.has(`${other}.js`), `ck-${name}'s page loads ${other}.js`);
        if ((NESTS[name] ?? []).includes(other)) continue;
        // An element's code names it (its define function, its messages bundle): the string `"warning-badge"`.
        assert.ok(!textOf(files).includes(`"${other}"`), `ck-${name}'s page carries ${other}'s code`);
      }
    }
  });

  it('the check can fail: a nesting widget carries the element it nests', () => {
    assert.ok(textOf(staticClosure(['autoloader.js', 'aging-table.js'])).includes('"warning-badge"'));
    assert.ok(!textOf(staticClosure(['autoloader.js', 'warning-badge.js'])).includes('"aging-table"'));
  });

  it('the autoloader alone is small and imports each widget only on demand', () => {
    const alone = staticClosure(['autoloader.js']);
    for (const name of WIDGET_NAMES) assert.ok(!alone.has(`${name}.js`), `autoloader.js statically imports ${name}.js`);
    const source = readFileSync(join(CDN, 'autoloader.js'), 'utf8');
    for (const name of WIDGET_NAMES) assert.match(source, new RegExp(`import\\(\\s*["']\\./${name}\\.js["']\\s*\\)`), `no import("./${name}.js")`);
    const { autoloader: badge } = pages.find((p) => p.name === 'warning-badge');
    const { bundle } = pages[0];
    assert.ok(badge.gzip * 2 < bundle.gzip, `a badge page (${badge.gzip}) should be well under credit-kit.js (${bundle.gzip})`);
  });
});
