// `npm run screenshots`: photographs each widget on the real demo page in headless Chromium, in the
// light, dark and the two partner themes, in en and zh-CN, into docs/screenshots/<widget>-<theme>-<lang>.png
// (and <widget>-<view>-<theme>-<lang>.png for the other views of a widget: the credit check's compact
// variant, the review's worklist), then regenerates the widget reference (docs/widgets), which embeds them. Run it after a visual
// change; the images then never go stale.
//
//   npm run screenshots
//   npm run screenshots -- --widgets aging-table --themes dark --langs zh-CN   (a subset)
//
// Needs Chromium (CHROME_PATH, /usr/bin/chromium or on the PATH) and, for zh-CN, a CJK font
// (Debian/Ubuntu: apt-get install -y fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../test/find-chromium.mjs';
import { WIDGET_NAMES } from '../widgets.mjs';
import { readDocsInputs, renderWidgetDocs, ROOT, screenshotBase, SCREENSHOT_THEMES, SCREENSHOTS_DIR, WIDGET_DOCS_DIR } from './generate-widget-docs.mjs';

const WIDGETS = WIDGET_NAMES;
/** `acme` and `jade` are the two partner brands of demo/themes.css (tokens and ::part only). */
const THEMES = SCREENSHOT_THEMES.map((theme) => theme.id);
const LANGS = ['en', 'zh-CN'];
const VIEWPORT = { width: 1100, height: 900, deviceScaleFactor: 1 };
const TIMEOUT_MS = 90_000;

/** A mistake in the command line: reported in one line, without a stack. */
class UsageError extends Error {}

function listOption(args, name, all) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return all;
  const wanted = (args[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length) throw new UsageError(`--${name}: unknown ${unknown.join(', ')} (choose from ${all.join(', ')})`);
  return wanted;
}

/** Whether fontconfig knows a font covering Chinese; `undefined` when fc-list is not there to ask. */
function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return undefined;
  }
}

async function startDemoServer() {
  const { startDevServer } = await import('@web/dev-server');
  const { default: demoConfig } = await import('../../web-dev-server.config.mjs');
  const server = await startDevServer({
    config: { ...demoConfig, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  if (!address || typeof address !== 'object') throw new Error('The demo server did not start.');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** Waits until every `selector` element has loaded (`ready`) or failed (`error`); throws on failure. */
async function waitForWidgets(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      return elements.length > 0 && elements.every((e) => e.ready || e.error !== undefined);
    },
    { timeout: TIMEOUT_MS, polling: 100 },
    selector,
  );
  const failed = await page.$$eval(selector, (els) => els.filter((e) => !e.ready).map((e) => String(e.error?.message ?? e.error)));
  if (failed.length) throw new Error(`<${selector}> failed to load: ${failed[0]}`);
}

/** Lets fonts, layout and animations settle before a capture. */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function openDemo(page, origin, theme, lang) {
  // No mock latency: the pictures do not need it and the run is faster.
  await page.goto(`${origin}/demo/?lang=${encodeURIComponent(lang)}&theme=${theme}&latency=0`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => document.body.dataset.demoReady === 'true', { timeout: TIMEOUT_MS, polling: 100 });
  // The demo's sticky control bar would cover the top of a widget scrolled into view. Through the
  // CSSOM, which the page's CSP allows (an injected <style> it would block).
  await page.evaluate(() => {
    for (const element of document.body.querySelectorAll('*')) {
      const { position } = getComputedStyle(element);
      if (position === 'sticky' || position === 'fixed') element.style.setProperty('position', 'static');
    }
  });
}

async function captureElement(page, selector, file) {
  await waitForWidgets(page, selector);
  const element = await page.$(selector);
  await element.scrollIntoView();
  await settle(page);
  await element.screenshot({ path: file });
}

/** The badge with the most severe level in the customer list, its popover open: badge and popover together. */
async function captureBadge(page, file) {
  await waitForWidgets(page, 'ck-warning-badge');
  const index = await page.$$eval('ck-warning-badge', (badges) => {
    const rank = { none: 0, yellow: 1, orange: 2, red: 3 };
    let best = 0;
    badges.forEach((b, i) => {
      if ((rank[b.level] ?? -1) > (rank[badges[best].level] ?? -1)) best = i;
    });
    return best;
  });
  const badge = (await page.$$('ck-warning-badge'))[index];
  await badge.scrollIntoView();
  await badge.evaluate((b) => b.open());
  await page.waitForFunction((b) => b.isOpen && b.shadowRoot?.querySelector('[part~="popover"]')?.getBoundingClientRect().height > 0, { timeout: TIMEOUT_MS }, badge);
  await settle(page);
  const clip = await badge.evaluate((b) => {
    const rects = [b.getBoundingClientRect(), b.shadowRoot.querySelector('[part~="popover"]').getBoundingClientRect()];
    const pad = 8;
    const left = Math.max(0, Math.min(...rects.map((r) => r.left)) - pad);
    const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - pad);
    const right = Math.min(document.documentElement.clientWidth, Math.max(...rects.map((r) => r.right)) + pad);
    const bottom = Math.max(...rects.map((r) => r.bottom)) + pad;
    return { x: left + window.scrollX, y: top + window.scrollY, width: right - left, height: bottom - top };
  });
  await page.screenshot({ path: file, clip, captureBeyondViewport: true });
  await badge.evaluate((b) => b.close());
}

/** Shows the customer view's `tab` (calculator, application, check) and waits for its widget. */
async function showTab(page, tab, selector) {
  const button = await page.$(`#tab-${tab}`);
  if (!button) throw new Error(`The demo page has no ${tab} tab (#tab-${tab}).`);
  await button.click();
  await page.waitForSelector(selector, { timeout: TIMEOUT_MS });
}

/** Waits until the widgets `host` renders in its shadow root (`parts`) have loaded. */
async function waitForRendered(page, host, parts) {
  await page.waitForFunction(
    (el, names) =>
      names.every((name) => {
        const inner = el.shadowRoot?.querySelector(`[part~="${name}"]`);
        return inner && (inner.ready || inner.error !== undefined);
      }),
    { timeout: TIMEOUT_MS, polling: 100 },
    host,
    parts,
  );
}

/**
 * The credit check on a deal past the available credit: blocked, with its reasons; the full view
 * with the limit request open and its path to yes, the compact one with the reasons unfolded.
 */
async function captureCheck(page, file, variant) {
  await showTab(page, 'check', 'ck-credit-check');
  await waitForWidgets(page, 'ck-credit-check');
  const check = await page.$('ck-credit-check');
  await check.evaluate(async (el, compact) => {
    // Whole units of the granted limit, plus 2,000,000: integer arithmetic on the digits, no floats.
    const granted = BigInt(el.result.exposure.granted.split('.')[0]);
    el.setAttribute('amount', `${granted + 2000000n}.00`);
    el.setAttribute('variant', compact ? 'compact' : 'full');
    await el.updateComplete;
    // The compact view without the request form a previous capture opened.
    if (compact) el.shadowRoot.querySelector('[part~="request-cancel"]')?.click();
    await el.updateComplete;
    if (compact) el.shadowRoot.querySelector('details.compact-reasons').open = true;
    else el.shadowRoot.querySelector('[part~="request-button"]')?.click();
    await el.updateComplete;
  }, variant === 'compact');
  if (variant !== 'compact') {
    await page.waitForFunction((el) => el.shadowRoot.querySelector('[part~="path-to-yes"]') !== null, { timeout: TIMEOUT_MS, polling: 100 }, check);
  }
  await check.scrollIntoView();
  await settle(page);
  await check.screenshot({ path: file });
}

/** The approver's desk (a pending limit request, its calculator and badge) or the review worklist. */
async function captureReview(page, file, view) {
  const selector = view === 'worklist' ? 'ck-credit-review[mode="worklist"]' : 'ck-credit-review[mode="desk"]';
  await page.waitForSelector(selector, { timeout: TIMEOUT_MS });
  await waitForWidgets(page, selector);
  const review = await page.$(selector);
  if (view !== 'worklist') await waitForRendered(page, review, ['limit', 'warning']);
  await review.scrollIntoView();
  await settle(page);
  await review.screenshot({ path: file });
}

async function main(args) {
  const widgets = listOption(args, 'widgets', WIDGETS);
  const themes = listOption(args, 'themes', THEMES);
  let langs = listOption(args, 'langs', LANGS);

  const executablePath = findChromium();
  if (!executablePath) {
    console.error('screenshots: no Chromium found. Install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  if (langs.includes('zh-CN')) {
    const cjk = hasCjkFont();
    if (cjk === false) {
      console.error(
        'screenshots: no font with Chinese glyphs (fc-list :lang=zh is empty), so zh-CN would show boxes; skipping zh-CN.\n' +
          '  Install one and run again: apt-get install -y fonts-noto-cjk (Debian/Ubuntu), or dnf install google-noto-sans-cjk-fonts (Fedora).',
      );
      langs = langs.filter((l) => l !== 'zh-CN');
    } else if (cjk === undefined) {
      console.warn('screenshots: fc-list is not available to check for a CJK font; zh-CN images may show boxes if there is none.');
    }
  }

  const { default: puppeteer } = await import('puppeteer-core');
  const { server, origin } = await startDemoServer();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, defaultViewport: VIEWPORT });
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const written = [];
  const failures = [];
  try {
    for (const theme of themes) {
      for (const lang of langs) {
        const page = await browser.newPage();
        const consoleErrors = [];
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(String(error)));
        try {
          await openDemo(page, origin, theme, lang);
          // Each view shows the tab it needs, so the order does not matter.
          const shots = {
            'limit-calculator': [['', async (file) => {
              await showTab(page, 'calculator', 'ck-limit-calculator');
              await captureElement(page, 'ck-limit-calculator', file);
            }]],
            'warning-badge': [['', (file) => captureBadge(page, file)]],
            'aging-table': [['', (file) => captureElement(page, 'ck-aging-table', file)]],
            'credit-application': [['', async (file) => {
              await showTab(page, 'application', 'ck-credit-application');
              await captureElement(page, 'ck-credit-application', file);
            }]],
            'credit-check': [
              ['', (file) => captureCheck(page, file, 'full')],
              ['compact', (file) => captureCheck(page, file, 'compact')],
            ],
            'credit-review': [
              ['', (file) => captureReview(page, file, 'desk')],
              ['worklist', (file) => captureReview(page, file, 'worklist')],
            ],
          };
          for (const widget of WIDGETS.filter((w) => widgets.includes(w))) {
            for (const [view, capture] of shots[widget]) {
              const file = join(SCREENSHOTS_DIR, `${screenshotBase(widget, view)}-${theme}-${lang}.png`);
              try {
                await capture(file);
                written.push(file);
                console.log(`  ${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
              } catch (error) {
                failures.push(`${screenshotBase(widget, view)} (${theme}, ${lang}): ${error instanceof Error ? error.message : error}`);
              }
            }
          }
        } catch (error) {
          failures.push(`demo page (${theme}, ${lang}): ${error instanceof Error ? error.message : error}`);
        } finally {
          if (consoleErrors.length) console.warn(`  console errors on the demo (${theme}, ${lang}):\n    ${consoleErrors.slice(0, 5).join('\n    ')}`);
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  // The widget pages list the screenshots that exist: bring them up to date.
  try {
    const { manifest, examples, screenshots } = readDocsInputs();
    for (const [file, text] of renderWidgetDocs(manifest, { examples, screenshots })) writeFileSync(join(WIDGET_DOCS_DIR, file), text);
    console.log('screenshots: docs/widgets regenerated with the screenshots.');
  } catch (error) {
    console.warn(`screenshots: docs/widgets not regenerated (${error instanceof Error ? error.message : error}); run npm run docs.`);
  }

  console.log(`screenshots: ${written.length} written to ${relative(ROOT, SCREENSHOTS_DIR)}/`);
  if (failures.length) {
    console.error(`screenshots: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`screenshots: ${error instanceof UsageError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
