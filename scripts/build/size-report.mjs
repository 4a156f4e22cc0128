// The size report, run at the end of `npm run build`.
//
// First, the page weight (issue 13): for each page of scripts/build/budgets.mjs, what a host page
// downloads in English on first load, measured on an esbuild bundle of the npm ESM entry it imports
// (scripts/build/page-weight.mjs), with its breakdown (lit, zod, decimal.js, core, client, own code),
// its ceiling (the ratchet the budget test enforces) and the issue's budget beside it, PASS/FAIL.
// What loads apart — Chinese messages, nested elements when first rendered, chunks loaded on
// interaction — is listed under each page. `--enforce` (`npm run size:check`) exits 1 when a page
// exceeds its ceiling, as scripts/build/page-weight.node-test.mjs does.
//
// Then the rollup CDN bundles (`dist/cdn/`): each widget's registering module bundled alone, the
// all-in-one `credit-kit.js`, and each single-widget page through the autoloader
// (scripts/build/cdn-pages.mjs), every file a page in English may download gzipped on its own.
// Messages of other languages (`*.messages.zh-CN-*.js`, `common-messages.zh-CN-*.js`) are listed
// apart; so is the aging worker (`aging.worker.js`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CDN_ALLOWANCE, CDN_PAGES, INTERACTION_CHUNK_BUDGET, LOCALE_BUDGET, PAGES } from './budgets.mjs';
import { measureCdnPages } from './cdn-pages.mjs';
import { GROUPS, gzipBytes, measurePages, ownLocaleChunks } from './page-weight.mjs';
import { WIDGET_NAMES } from '../widgets.mjs';

const WIDGETS = 'packages/widgets';
const CDN = join(WIDGETS, 'dist', 'cdn');

const gzip = gzipBytes;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);

const ENFORCE = process.argv.includes('--enforce');
const LOCALE_CHUNK = /[.-]messages\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)-[\w-]{8}\.js$/;

/** Gzip bytes of the files in `dir` a page may download: `{ code, locales: { tag: bytes } }`. */
function bundleCost(dir) {
  let code = 0;
  let minified = 0;
  const locales = {};
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const bytes = readFileSync(join(dir, name));
    const locale = LOCALE_CHUNK.exec(name)?.[1];
    if (locale) locales[locale] = (locales[locale] ?? 0) + gzip(bytes);
    else {
      code += gzip(bytes);
      minified += bytes.length;
    }
  }
  return { code, minified, locales };
}

const localeNote = (locales) => Object.entries(locales).map(([tag, bytes]) => `+${kb(bytes)} ${tag}`).join(', ');

const shortModule = (path) => path.replace(/^packages\/widgets\/src\//, '').replace(/\.ts$/, '');

/** Prints the per-page table; returns the pages over their ceiling. */
async function pageReport() {
  const results = await measurePages(PAGES);
  const groups = GROUPS.map(([name]) => name).filter((name) => name !== 'other');
  console.log('\nPage weight (esbuild bundle of the host\'s `@credit-kit/widgets/define` import: minify, splitting, esm;');
  console.log('English first load = entry + static imports; each file gzip -9 / brotli 11 on its own). Breakdown in gzip KB:');
  console.log(`  ${pad('page', 34)}${padStart('gzip', 9)}${padStart('brotli', 9)}${padStart('ceiling', 9)}${padStart('budget', 9)}      ${groups.map((g) => padStart(g, 11)).join('')}`);
  const over = [];
  for (const { page, first, apart } of results) {
    const verdict = first.gzip <= page.budget ? 'PASS' : 'FAIL';
    if (first.gzip > page.ceiling) over.push(`${page.id}: ${first.gzip} bytes > ceiling ${page.ceiling}`);
    const cells = groups.map((g) => padStart((first.groups[g] / 1024).toFixed(1), 11)).join('');
    console.log(`  ${pad(page.label, 34)}${padStart(kb(first.gzip), 9)}${padStart(kb(first.brotli), 9)}${padStart(kb(page.ceiling), 9)}${padStart(kb(page.budget), 9)} ${verdict}${cells}`);
    const zh = apart.filter((a) => a.kind === 'zh-CN');
    const single = page.defines?.length === 1;
    const own = single ? ownLocaleChunks(page, apart) : zh.filter((a) => !a.module.includes('common-messages'));
    const others = zh.filter((a) => !own.includes(a) && !a.module.includes('common-messages'));
    if (zh.length) {
      const ownBytes = own.reduce((sum, a) => sum + a.gzip, 0);
      const common = zh.find((a) => a.module.includes('common-messages'));
      const mark = single ? ` (budget ${kb(LOCALE_BUDGET)} ${ownBytes <= LOCALE_BUDGET ? 'PASS' : 'FAIL'})` : '';
      const nestedText = others.length ? `; nested ${others.map((a) => `${shortModule(a.module)} ${kb(a.gzip)}`).join(', ')}` : '';
      console.log(`      zh-CN: ${kb(ownBytes)}${mark} = ${own.map((a) => `${shortModule(a.module)} ${kb(a.gzip)}`).join(', ')}${nestedText}${common ? `; common ${kb(common.gzip)}` : ''}`);
    }
    const nested = apart.filter((a) => a.kind === 'nested');
    if (nested.length) console.log(`      nested elements, when first rendered: ${nested.map((a) => `${shortModule(a.module)} +${kb(a.gzip)}`).join(', ')}`);
    const interaction = apart.filter((a) => a.kind === 'interaction');
    if (interaction.length)
      console.log(`      on interaction (≤ ${kb(INTERACTION_CHUNK_BUDGET)} each): ${interaction.map((a) => `${shortModule(a.module)} +${kb(a.gzip)}${a.gzip > INTERACTION_CHUNK_BUDGET ? ' FAIL' : ''}`).join(', ')}`);
  }
  return over;
}

async function main() {
  const total = join(CDN, 'credit-kit.js');
  if (!existsSync(total)) {
    console.error(`size-report: ${total} is missing — run the rollup build first (npm run build).`);
    process.exit(1);
  }
  console.log('\nCDN bundles (rollup + terser, gzip -9, each file as a browser fetches it). Each widget bundled alone with lit, core, client and zod/mini:');
  for (const name of WIDGET_NAMES) {
    const dir = join(CDN, 'widgets', name);
    if (!existsSync(join(dir, `${name}.js`))) {
      console.log(`  ${pad(`ck-${name}`, 24)} (not built: no src/${name}/${name}.ts)`);
      continue;
    }
    const cost = bundleCost(dir);
    const note = name === 'aging-table' ? '   (with ck-warning-badge, which its rows show)' : '';
    console.log(`  ${pad(`ck-${name}`, 24)} ${padStart(kb(cost.minified), 9)} min  ${padStart(kb(cost.code), 9)} gzip   ${localeNote(cost.locales)}${note}`);
  }
  const cdnPages = measureCdnPages();
  const bundle = cdnPages[0].bundle;
  console.log(`  ${pad('all six (credit-kit.js)', 24)} ${padStart(kb(bundle.minified), 9)} min  ${padStart(kb(bundle.gzip), 9)} gzip   (one file: what any page using it downloads)`);
  const worker = join(CDN, 'aging.worker.js');
  if (existsSync(worker)) console.log(`  ${pad('aging.worker.js', 24)} ${padStart(kb(readFileSync(worker).length), 9)} min  ${padStart(kb(gzip(readFileSync(worker))), 9)} gzip   (loaded in a worker thread when the table ages items itself)`);


  console.log(`\nCDN pages with one widget, through the autoloader (autoloader.js + the widget's module and its chunks, first load in English;`);
  console.log(`budget = the widget's page budget + ${kb(CDN_ALLOWANCE)}; credit-kit.js instead: ${kb(bundle.gzip)}):`);
  console.log(`  ${pad('widget', 22)}${padStart('gzip', 9)}${padStart('brotli', 9)}${padStart('files', 7)}${padStart('ceiling', 10)}${padStart('budget', 9)}`);
  const cdnOver = [];
  for (const { name, autoloader } of cdnPages) {
    const limits = CDN_PAGES.find((p) => p.name === name);
    const budget = PAGES.find((p) => p.id === limits.page).budget + CDN_ALLOWANCE;
    if (autoloader.gzip > limits.ceiling) cdnOver.push(`cdn ${name}: ${autoloader.gzip} bytes > ceiling ${limits.ceiling}`);
    console.log(`  ${pad(`ck-${name}`, 22)}${padStart(kb(autoloader.gzip), 9)}${padStart(kb(autoloader.brotli), 9)}${padStart(autoloader.files.length, 7)}${padStart(kb(limits.ceiling), 10)}${padStart(kb(budget), 9)} ${autoloader.gzip <= budget ? 'PASS' : 'FAIL'}`);
  }

  const over = [...cdnOver, ...(await pageReport())];
  if (over.length) {
    console.error(`\nsize-report: OVER CEILING (scripts/build/budgets.mjs) — ${over.join('; ')}`);
    if (ENFORCE) process.exit(1);
    return;
  }
  console.log('\nsize-report: every page within its ceiling (scripts/build/budgets.mjs).');
}

await main();
