// The two embedding pages, as a newcomer opens them from `npm start`: /demo/react/ (the widgets through
// @credit-kit/react) and /demo/plain/ (one module script importing the CDN-style bundle). Served by the
// demo's dev server, in headless Chromium, under the same strict CSP, against the mock backend in a
// service worker. Each widget must render the mock's data, follow the locale and theme switches, and
// the page must log no console error, page error or CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CDN_BUNDLE, ensureCdnBundle } from './cdn-bundle.mjs';
import { runAxe, formatViolations } from './axe-check.mjs';
import { openPage, startDemoHarness } from './browser-harness.mjs';

const TAGS = ['ck-warning-badge', 'ck-limit-calculator', 'ck-aging-table', 'ck-credit-application'];
const CUSTOMER_ID = 'C004';

let harness;

before(async () => {
  await ensureCdnBundle(); // the plain page loads the built bundle; `npm test` has just built it
  harness = await startDemoHarness();
});

after(async () => {
  await harness?.stop();
});

/** Opens `path` with every widget ready, collecting console errors, page errors, CSP violations and the URLs requested. */
async function open(path) {
  const opened = await openPage(harness, path);
  await allReady(opened.page);
  return opened;
}

/** Waits until the four widgets are on the page and each reports `ready`; says which did not. */
async function allReady(page) {
  try {
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.ready === true), { timeout: 30_000 }, TAGS);
  } catch (error) {
    const states = await page.evaluate((tags) =>
      tags.map((tag) => {
        const el = document.querySelector(tag);
        if (!el) return `${tag}: absent`;
        return `${tag}: ready=${el.ready} loading=${el.loading} error=${el.error?.message} text=${el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)}`;
      }),
      TAGS,
    );
    throw new Error(`${error.message}; ${states.join(' | ')}`);
  }
}

/** What each widget renders, read from its shadow root, plus the page's own heading. */
function snapshot(page) {
  return page.evaluate((tags) => {
    const luminance = (color) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const widgets = {};
    for (const tag of tags) {
      const el = document.querySelector(tag);
      const surface = [el, ...el.shadowRoot.children].map((node) => getComputedStyle(node).backgroundColor).find((bg) => !/rgba\(.*, 0\)$|transparent/.test(bg));
      widgets[tag] = {
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        theme: el.getAttribute('theme'),
        textLuminance: luminance(getComputedStyle(el).color),
        surfaceLuminance: surface === undefined ? undefined : luminance(surface),
      };
    }
    return { lang: document.documentElement.lang, heading: document.querySelector('h1').textContent, pageBackground: luminance(getComputedStyle(document.body).backgroundColor), widgets };
  }, TAGS);
}

const han = (text) => (text.match(/\p{Script=Han}/gu) ?? []).length;
const latinWords = (text) => (text.match(/\b[A-Za-z]{3,}\b/g) ?? []).length;

/** The mock's data for the customer, read from the page's own (mocked) API. */
function mockData(page) {
  return page.evaluate(async (id) => {
    const get = async (path) => (await fetch(`/api/credit/v1${path}`)).json();
    return { customer: await get(`/customers/${id}`), warning: await get(`/customers/${id}/warning`) };
  }, CUSTOMER_ID);
}

/** Each widget shows the mock's data for the customer; axe finds nothing wrong with the page. */
async function assertWidgetsShowData(page) {
  const { customer, warning } = await mockData(page);
  const shown = await page.evaluate(() => ({
    badge: document.querySelector('ck-warning-badge').shadowRoot.textContent.toLowerCase(),
    calculator: document.querySelector('ck-limit-calculator').shadowRoot.textContent,
    maximum: document.querySelector('ck-limit-calculator').shadowRoot.querySelector('[part~=maximum]')?.textContent ?? '',
    agingRows: document.querySelector('ck-aging-table').shadowRoot.querySelectorAll('[role=row]').length,
    applicationValues: [...document.querySelector('ck-credit-application').shadowRoot.querySelectorAll('input, select, textarea')].map((field) => field.value),
  }));
  assert.ok(shown.badge.includes(warning.level), `the badge shows the level "${warning.level}": ${shown.badge}`);
  assert.ok(shown.calculator.includes(customer.name), `the calculator names ${customer.name}`);
  assert.match(shown.maximum, /\d/, 'the calculator shows a maximum limit');
  assert.ok(shown.agingRows > 3, `aging rows: ${shown.agingRows}`);
  assert.ok(shown.applicationValues.includes(customer.name), `the application form is prefilled with ${customer.name}`);
  assert.ok(shown.applicationValues.includes(customer.code), `the application form is prefilled with ${customer.code}`);
  const axe = await runAxe(page);
  assert.ok(axe.checkedInShadowRoots > 100, `axe checked inside the widgets' shadow roots (${axe.checkedInShadowRoots} nodes)`);
  assert.equal(axe.violations.length, 0, `axe violations:\n${formatViolations(axe.violations)}`);
}

/** Switches with the page's own controls, then waits until every widget re-rendered. */
async function switchTo(page, { lang, theme }, before) {
  if (lang) await page.select('#lang', lang);
  if (theme) await page.select('#theme', theme);
  const waiting = page.waitForFunction(
    (tags, previous, lang) =>
      tags.every((tag) => {
        const el = document.querySelector(tag);
        return el.ready && (!lang || el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() !== previous[tag].text);
      }),
    { timeout: 30_000 },
    TAGS,
    before.widgets,
    lang,
  );
  await waiting.catch(async (error) => {
    const now = await snapshot(page);
    const stuck = TAGS.filter((tag) => now.widgets[tag].text === before.widgets[tag].text).map((tag) => `${tag}: ${now.widgets[tag].text.slice(0, 160)}`);
    throw new Error(`${error.message}; not re-rendered after lang=${lang} theme=${theme}: ${stuck.join(' | ')}`);
  });
  return snapshot(page);
}

async function assertSwitches(page) {
  const en = await snapshot(page);
  assert.equal(en.lang, 'en');

  const zh = await switchTo(page, { lang: 'zh-CN' }, en);
  assert.equal(zh.lang, 'zh-CN');
  assert.notEqual(zh.heading, en.heading, 'the page heading follows the locale');
  for (const tag of TAGS) {
    const [before, after] = [en.widgets[tag], zh.widgets[tag]];
    assert.notEqual(after.text, before.text, `${tag} re-rendered in zh-CN`);
    assert.ok(han(after.text) > han(before.text) + 5, `${tag} shows Chinese text: ${han(before.text)} → ${han(after.text)} Han characters`);
    assert.ok(latinWords(after.text) < latinWords(before.text), `${tag} drops its English words: ${latinWords(before.text)} → ${latinWords(after.text)}`);
  }
  assert.match(zh.widgets['ck-limit-calculator'].text, /最高综合授信额度/);

  const dark = await switchTo(page, { theme: 'dark' }, zh);
  assert.ok(dark.pageBackground < en.pageBackground, `the page turns dark: ${en.pageBackground} → ${dark.pageBackground}`);
  for (const tag of TAGS) {
    const [before, after] = [zh.widgets[tag], dark.widgets[tag]];
    assert.equal(after.theme, 'dark', `${tag} has theme="dark"`);
    assert.ok(after.textLuminance > before.textLuminance + 0.4, `${tag} text turns light: ${before.textLuminance} → ${after.textLuminance}`);
    if (before.surfaceLuminance !== undefined && tag !== 'ck-warning-badge') {
      assert.ok(after.surfaceLuminance < before.surfaceLuminance - 0.4, `${tag} surface turns dark: ${before.surfaceLuminance} → ${after.surfaceLuminance}`);
    }
  }

  // And back: English and light again, as first rendered.
  const back = await switchTo(page, { lang: 'en', theme: 'light' }, dark);
  assert.equal(back.heading, en.heading);
  for (const tag of TAGS) {
    assert.equal(han(back.widgets[tag].text), han(en.widgets[tag].text), `${tag} is back in English`);
    assert.equal(back.widgets[tag].theme, 'light');
    assert.equal(back.widgets[tag].textLuminance, en.widgets[tag].textLuminance, `${tag} is back in the light theme`);
  }
  // The settings travel in the URL, and the links to the other pages keep them.
  assert.match(page.url(), /[?&]lang=en&theme=light$/);
}

test('React page: the four widgets, through @credit-kit/react, render the mock data', async () => {
  const { page, problems, requests } = await open('/demo/react/?lang=en&theme=light');
  try {
    assert.ok(requests.some((path) => path.startsWith('/__react-esm/')), 'React is served as ES modules');
    const inReactRoot = await page.evaluate((tags) => tags.every((tag) => document.querySelector(`#root ${tag}`)), TAGS);
    assert.ok(inReactRoot, 'React rendered the four elements inside #root');
    await assertWidgetsShowData(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('React page: switches locale and theme at runtime', async () => {
  const { page, problems } = await open('/demo/react/?lang=en&theme=light');
  try {
    await assertSwitches(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('plain HTML page: the four widgets come from the one CDN bundle and render the mock data', async () => {
  const { page, problems, requests } = await open('/demo/plain/?lang=en&theme=light');
  try {
    assert.ok(requests.includes(`/${CDN_BUNDLE}`), `the page loaded /${CDN_BUNDLE}`);
    const fromSources = requests.filter((path) => /^\/packages\/(widgets|client|react)\//.test(path) && !path.startsWith('/packages/widgets/dist/cdn/'));
    assert.deepEqual(fromSources, [], 'no widget or client module other than the bundle was loaded');
    const sameClasses = await page.evaluate(async (bundle, tags) => {
      const module = await import(`/${bundle}`);
      const classes = { 'ck-warning-badge': module.CkWarningBadge, 'ck-limit-calculator': module.CkLimitCalculator, 'ck-aging-table': module.CkAgingTable, 'ck-credit-application': module.CkCreditApplication };
      return tags.every((tag) => classes[tag] !== undefined && customElements.get(tag) === classes[tag]);
    }, CDN_BUNDLE, TAGS);
    assert.ok(sameClasses, "the registered elements are the bundle's classes");
    await assertWidgetsShowData(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('plain HTML page: switches locale and theme at runtime', async () => {
  const { page, problems } = await open('/demo/plain/?lang=en&theme=light');
  try {
    await assertSwitches(page);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the pages link to each other and to the demo portal, keeping locale and theme', async () => {
  const { page, problems } = await open('/demo/plain/?lang=zh-CN&theme=dark');
  try {
    const links = await page.evaluate(() => [...document.querySelectorAll('header nav a')].map((a) => a.pathname + a.search));
    assert.ok(links.some((href) => href.startsWith('/demo/react/') && href.endsWith('?lang=zh-CN&theme=dark')), links.join(' '));
    assert.ok(links.includes('/demo/?lang=zh-CN&theme=dark'), links.join(' '));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('header nav a[href^="/demo/react/"]')]);
    await allReady(page);
    const react = await snapshot(page);
    assert.equal(react.lang, 'zh-CN');
    assert.equal(react.widgets['ck-limit-calculator'].theme, 'dark');
    const toPortal = await page.evaluate(() => [...document.querySelectorAll('header nav a')].find((a) => a.pathname === '/demo/')?.href);
    assert.ok(toPortal, 'the React page links back to the demo portal');
    await page.goto(toPortal, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.demoReady === 'true', { timeout: 30_000 });
    const portalLinks = await page.evaluate(() => [...document.querySelectorAll('nav.embeddings a')].map((a) => a.pathname));
    assert.deepEqual(portalLinks.sort(), ['/demo/plain/', '/demo/react/']);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
