// What the demo's Node tests share: the demo's own dev server (as `npm start` serves it) and headless
// Chromium, and pages that record every console error, page error and CSP violation.
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import demoConfig from '../web-dev-server.config.mjs';
import { findChromium, CHROMIUM_ARGS } from '../scripts/test/find-chromium.mjs';

/** Starts the dev server on a free port and a browser; `stop()` closes both. */
export async function startDemoHarness() {
  const server = await startDevServer({ config: { ...demoConfig, port: 0, hostname: '127.0.0.1' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    origin,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Opens `path` of the harness in a new 1280×900 tab. `problems` collects console errors, page errors
 * and CSP violations; `requests` the path of every URL the page asked for.
 */
export async function openPage(harness, path) {
  const page = await harness.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${harness.origin}${path}`, { waitUntil: 'load' });
  return { page, problems, requests };
}
