// The demo page, as a newcomer gets it from `npm start`: served by the same dev server, in headless
// Chromium, under its strict CSP, with the mock backend in a service worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runAxe, formatViolations } from './axe-check.mjs';
import { openPage, startDemoHarness } from './browser-harness.mjs';

let harness;

before(async () => {
  harness = await startDemoHarness();
});

after(async () => {
  await harness?.stop();
});

async function openDemo(query) {
  const { page, problems } = await openPage(harness, `/demo/?${query}`);
  await page.waitForFunction(() => document.body.dataset.demoReady === 'true', { timeout: 30_000 });
  return { page, problems };
}

/** Waits until every element of `tag` on the page reports `ready`. */
function allReady(page, tag) {
  return page.waitForFunction(
    (t) => {
      const els = [...document.querySelectorAll(t)];
      return els.length > 0 && els.every((el) => el.ready === true);
    },
    { timeout: 30_000 },
    tag,
  );
}

test('every widget comes alive against the mock, with no console errors or CSP violations', async () => {
  const { page, problems } = await openDemo('lang=en&theme=light&latency=0');
  try {
    for (const tag of ['ck-warning-badge', 'ck-limit-calculator', 'ck-aging-table']) await allReady(page, tag);
    const summary = await page.evaluate(() => ({
      badges: document.querySelectorAll('ck-warning-badge').length,
      maximum: document.querySelector('ck-limit-calculator').shadowRoot.querySelector('[part~=maximum]')?.textContent ?? '',
      agingRows: document.querySelector('ck-aging-table').shadowRoot.querySelectorAll('[role=row]').length,
    }));
    assert.ok(summary.badges >= 10, `badges: ${summary.badges}`);
    assert.match(summary.maximum, /\d/, 'the calculator shows a maximum limit');
    assert.ok(summary.agingRows > 3, `aging rows: ${summary.agingRows}`);

    // The application form is on the second tab.
    await page.evaluate(() => [...document.querySelectorAll('[role=tab]')][1].click());
    await allReady(page, 'ck-credit-application');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('switches the widgets to Chinese and to a partner theme', async () => {
  const { page, problems } = await openDemo('lang=zh-CN&theme=acme&latency=0');
  try {
    await allReady(page, 'ck-limit-calculator');
    const text = await page.evaluate(() => document.querySelector('ck-limit-calculator').shadowRoot.textContent);
    assert.match(text, /最高综合授信额度/);
    const primary = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--ck-color-primary').trim());
    assert.equal(primary, '#0b6e4f');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the demo\'s own language and theme controls switch every widget at runtime, without reloading data', async () => {
  const { page, problems } = await openDemo('lang=en&theme=light&latency=0');
  const apiCalls = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  try {
    for (const tag of ['ck-warning-badge', 'ck-limit-calculator', 'ck-aging-table']) await allReady(page, tag);
    /** Each widget's text and its surface's luminance (0 dark … 1 light). */
    const read = () =>
      page.evaluate(() => {
        const luminance = (color) => {
          const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        const widget = (tag) => {
          const el = document.querySelector(tag);
          // The first painted background in the widget's shadow tree, in document order.
          const surface = [...el.shadowRoot.querySelectorAll('*')].map((node) => getComputedStyle(node).backgroundColor).find((bg) => !/rgba\(.*, 0\)$|transparent/.test(bg));
          return { text: el.shadowRoot.textContent.replace(/\s+/g, ' '), surface: surface ? luminance(surface) : undefined };
        };
        return { calculator: widget('ck-limit-calculator'), table: widget('ck-aging-table'), badge: widget('h2 ck-warning-badge') };
      });
    const choose = (index, value) =>
      page.evaluate(
        (i, v) => {
          const select = document.querySelectorAll('label.control select')[i];
          select.value = v;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        index,
        value,
      );
    // The table goes on loading (receivable pages, its rows' profiles and badges) after it is ready.
    await page.waitForNetworkIdle({ idleTime: 750, timeout: 30_000 });
    const before = await read();
    assert.match(before.calculator.text, /Credit limit/);
    assert.doesNotMatch(before.table.text, /账龄/);
    const callsBefore = apiCalls.length;

    await choose(0, 'zh-CN');
    await page.waitForFunction(() => document.querySelector('ck-limit-calculator').shadowRoot.textContent.includes('最高综合授信额度'), { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('ck-aging-table').shadowRoot.textContent.includes('账龄'), { timeout: 15_000 });
    const chinese = await read();
    assert.doesNotMatch(chinese.calculator.text, /Credit limit/);
    assert.match(chinese.badge.text, /预警/);
    assert.equal(apiCalls.length, callsBefore, `switching language fetched data again: ${apiCalls.slice(callsBefore).join(', ')}`);

    await choose(1, 'dark');
    await page.waitForFunction(() => document.querySelector('ck-limit-calculator').getAttribute('theme') === 'dark', { timeout: 15_000 });
    const dark = await read();
    for (const name of ['calculator', 'table']) {
      assert.ok(dark[name].surface < before[name].surface - 0.3, `${name} surface darkens: ${before[name].surface} → ${dark[name].surface}`);
    }
    assert.match(dark.calculator.text, /最高综合授信额度/, 'the language survives the theme change');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

// axe-core over the whole page once every widget is ready, on both tabs of the customer view (the
// calculator, then the application form), in English, in Chinese and in the dark theme.
for (const query of ['lang=en&theme=light', 'lang=zh-CN&theme=light', 'lang=en&theme=dark']) {
  test(`axe-core finds no violations on the whole demo page (${query})`, async () => {
    const { page, problems } = await openDemo(`${query}&latency=0`);
    try {
      for (const tag of ['ck-warning-badge', 'ck-limit-calculator', 'ck-aging-table']) await allReady(page, tag);
      assert.equal(await page.evaluate(() => document.documentElement.lang), new URLSearchParams(query).get('lang'));
      const calculatorTab = await runAxe(page);
      assert.ok(calculatorTab.checkedInShadowRoots > 100, `axe checked inside the widgets' shadow roots (${calculatorTab.checkedInShadowRoots} nodes)`);
      assert.equal(calculatorTab.violations.length, 0, `axe violations with the calculator shown:\n${formatViolations(calculatorTab.violations)}`);

      await page.evaluate(() => [...document.querySelectorAll('[role=tab]')][1].click());
      await allReady(page, 'ck-credit-application');
      const applicationTab = await runAxe(page);
      assert.equal(applicationTab.violations.length, 0, `axe violations with the application form shown:\n${formatViolations(applicationTab.violations)}`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
