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

test('the customer tabs follow the ARIA tabs pattern, and a reload returns to the open tab and customer', async () => {
  const { page, problems } = await openDemo('lang=en&theme=light&latency=0');
  try {
    await allReady(page, 'ck-limit-calculator');
    const tabs = () =>
      page.evaluate(() => {
        const list = document.querySelector('[role=tablist]');
        const panel = document.querySelector('[role=tabpanel]');
        return {
          label: list.getAttribute('aria-label'),
          tabs: [...list.querySelectorAll('[role=tab]')].map((t) => ({ id: t.id, selected: t.getAttribute('aria-selected'), tabindex: t.getAttribute('tabindex'), controls: t.getAttribute('aria-controls') })),
          focused: document.activeElement?.id,
          panel: { id: panel?.id, labelledBy: panel?.getAttribute('aria-labelledby'), widget: panel?.querySelector('ck-limit-calculator, ck-credit-application')?.localName },
        };
      });
    const first = await tabs();
    assert.equal(first.label, 'Customer tools');
    assert.deepEqual(first.tabs.map((t) => [t.selected, t.tabindex]), [['true', '0'], ['false', '-1'], ['false', '-1']]);
    assert.deepEqual(first.panel, { id: first.tabs[0].controls, labelledBy: first.tabs[0].id, widget: 'ck-limit-calculator' });

    await page.focus('#tab-calculator');
    await page.keyboard.press('ArrowRight');
    await allReady(page, 'ck-credit-application');
    const second = await tabs();
    assert.equal(second.focused, 'tab-application', 'focus follows the arrow');
    assert.deepEqual(second.tabs.map((t) => [t.selected, t.tabindex]), [['false', '-1'], ['true', '0'], ['false', '-1']]);
    assert.deepEqual(second.panel, { id: 'panel-application', labelledBy: 'tab-application', widget: 'ck-credit-application' });
    await page.keyboard.press('ArrowRight');
    assert.equal((await tabs()).focused, 'tab-check');
    await page.keyboard.press('ArrowRight'); // wraps
    assert.equal((await tabs()).focused, 'tab-calculator');
    await page.keyboard.press('End');
    assert.equal((await tabs()).focused, 'tab-check');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await tabs()).focused, 'tab-application');

    // Choose another customer, then reload: the same customer, on the application tab.
    const chosen = await page.evaluate(() => {
      const button = document.querySelectorAll('.customer-list li button')[2];
      button.click();
      return button.firstChild.textContent.trim();
    });
    await page.waitForFunction((name) => document.querySelector('#customer-heading').textContent.includes(name), { timeout: 15_000 }, chosen);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.demoReady === 'true', { timeout: 30_000 });
    await allReady(page, 'ck-credit-application');
    assert.equal((await tabs()).panel.widget, 'ck-credit-application');
    assert.match(await page.$eval('#customer-heading', (h) => h.textContent), new RegExp(chosen));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('a skip link takes keyboard users past the customer list to the customer view', async () => {
  const { page, problems } = await openDemo('lang=en&theme=light&latency=0');
  try {
    await allReady(page, 'ck-warning-badge');
    const link = await page.$eval('.skip-link', (a) => ({ text: a.textContent, href: a.getAttribute('href'), first: a === document.querySelector('#customers-heading').nextElementSibling }));
    assert.deepEqual(link, { text: 'Skip the customer list', href: '#customer-heading', first: true });
    await page.focus('.skip-link');
    assert.ok(await page.$eval('.skip-link', (a) => a.getBoundingClientRect().left >= 0), 'visible once focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'customer-heading', { timeout: 5_000 });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('in zh-CN the event log reads 24-hour Chinese times; a million items advise server mode', async () => {
  const { page, problems } = await openDemo('lang=zh-CN&theme=light&latency=0');
  try {
    await allReady(page, 'ck-limit-calculator');
    await page.waitForFunction(() => document.querySelectorAll('.event-log li').length > 0, { timeout: 15_000 });
    const line = await page.$eval('.event-log li', (li) => li.textContent);
    assert.doesNotMatch(line, /AM|PM/, line);
    assert.match(line, /^\d{1,2}:\d{2}:\d{2}\s/, line);
    assert.equal(await page.$('[data-advice=server-mode]'), null, 'no advice at 3,000 items');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
  // The advice names the mode without aging a million items here: it reads only the setting.
  const { page: big } = await openPage(harness, '/demo/?lang=en&receivables=1000000&latency=0');
  try {
    await big.waitForSelector('[data-advice=server-mode]', { timeout: 30_000 });
    assert.match(await big.$eval('[data-advice=server-mode]', (p) => p.textContent), /1,000,000 items .* server mode \(mode="server"\)/);
  } finally {
    await big.close();
  }
});

test('at 420 px the top bar scrolls away and nothing overflows the window', async () => {
  const { page, problems } = await openDemo('lang=zh-CN&theme=light&latency=0');
  try {
    await page.setViewport({ width: 420, height: 800 });
    await allReady(page, 'ck-limit-calculator');
    const layout = await page.evaluate(() => {
      const bar = document.querySelector('header.topbar');
      const overflowing = [...bar.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => el.localName + (el.className ? `.${el.className}` : ''));
      return { position: getComputedStyle(bar).position, overflowing, pageWidth: document.documentElement.scrollWidth, width: window.innerWidth };
    });
    assert.notEqual(layout.position, 'sticky', 'the bar does not hold a third of a phone screen');
    assert.deepEqual(layout.overflowing, []);
    assert.ok(layout.pageWidth <= layout.width, `page ${layout.pageWidth} px wide in a ${layout.width} px window`);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the decision loop in the portal: the order credit check tab and the approver\'s desk with the worklist', async () => {
  const { page, problems } = await openDemo('lang=en&theme=light&latency=0&tab=check');
  try {
    await allReady(page, 'ck-credit-check');
    await allReady(page, 'ck-credit-review');
    const state = await page.evaluate(() => {
      const check = document.querySelector('ck-credit-check');
      const reviews = [...document.querySelectorAll('ck-credit-review')];
      return {
        status: check.shadowRoot.querySelector('[part~=status]')?.textContent,
        modes: reviews.map((r) => r.getAttribute('mode') ?? 'desk'),
        desk: reviews.find((r) => r.getAttribute('mode') !== 'worklist')?.shadowRoot.querySelector('#desk-title')?.textContent,
        entries: reviews.find((r) => r.getAttribute('mode') === 'worklist')?.shadowRoot.querySelectorAll('[part~=worklist-entry]').length,
      };
    });
    assert.ok(['OK', 'Warning', 'Blocked'].includes(state.status), `the check shows an outcome: ${state.status}`);
    assert.deepEqual(state.modes.sort(), ['desk', 'worklist']);
    assert.match(state.desk, /^Limit request LR-/);
    assert.ok(state.entries > 0, 'the worklist lists the limits due for review');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
