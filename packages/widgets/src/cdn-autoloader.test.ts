/**
 * The built CDN autoloader (`dist/cdn/autoloader.js`, made by `npm run build`) the way a page with no
 * build step uses it: a badge already in the page, one module import, `configureWidgets()` right
 * after. Checks what the page requests: the autoloader, the badge's module and their chunks, and no
 * other widget's module until another widget's tag appears. Runs in its own page, so the
 * autoloader's registrations do not meet the source modules' ones.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockFetch } from '@credit-kit/mock';
import { ageTableRecordingWorkers } from './test-support/workers.js';

const CDN = new URL('../dist/cdn/', import.meta.url);
/** The widgets' modules beside the autoloader, named as in scripts/widgets.mjs (the one list). */
const WIDGET_NAMES: readonly string[] = ((await import(new URL('../../../scripts/widgets.mjs', import.meta.url).href)) as { WIDGET_NAMES: string[] }).WIDGET_NAMES;
const AUTOLOADER = new URL('autoloader.js', CDN).href;
const WORKER = new URL('aging.worker.js', CDN).href;
/** Seed 1 of the mock: a CNY customer established long ago (the widgets' suites use it too). */
const CUSTOMER_ID = 'C004';

interface AutoloaderModule {
  configureWidgets(options: { baseUrl: string; fetch?: typeof fetch } | undefined): void;
  discover(root?: Document | Element | ShadowRoot): Promise<string[]>;
  autoload(options?: { prefix?: string }): void;
}

/** The files of `dist/cdn/` the page has requested so far (`warning-badge.js`, `lit-<hash>.js`, …). */
function cdnRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(CDN.href))
    .map((name) => name.slice(CDN.href.length));
}

const widgetModules = (requests: readonly string[]) => WIDGET_NAMES.filter((name) => requests.includes(`${name}.js`));

// The test page's own modules may have filled the resource-timing buffer (250 entries by default):
// room for the requests this suite watches.
performance.setResourceTimingBufferSize(100_000);
performance.clearResourceTimings();

describe('the CDN autoloader (dist/cdn/autoloader.js)', () => {
  it('loads only the badge on a badge-only page, and another widget when its tag appears', async function () {
    this.timeout(30_000);
    const response = await fetch(AUTOLOADER);
    if (!response.ok) throw new Error(`${AUTOLOADER} is missing: run \`npm run build\` first.`);
    // As in an HTML page: the element exists before the module runs.
    const host = document.createElement('div');
    host.innerHTML = `<ck-warning-badge customer-id="${CUSTOMER_ID}" variant="full"></ck-warning-badge>`;
    document.body.append(host);
    const failed: string[] = [];
    host.addEventListener('ck-load-error', (e) => failed.push(`${(e.target as Element).localName}: ${(e as CustomEvent<{ message: string }>).detail.message}`));
    (window as unknown as { ckTestFetch: typeof fetch }).ckTestFetch = createMockFetch({ seed: 1, receivables: 100 });
    const script = document.createElement('script');
    script.type = 'module';
    script.textContent = `import { configureWidgets } from ${JSON.stringify(AUTOLOADER)};\nconfigureWidgets({ baseUrl: '/api/credit/v1', fetch: window.ckTestFetch });\nwindow.ckTestConfigured = true;`;
    document.head.append(script);
    await waitUntil(() => (window as unknown as { ckTestConfigured?: boolean }).ckTestConfigured, 'the page module ran');

    const badge = host.querySelector('ck-warning-badge')! as HTMLElement & { ready?: boolean; level?: string };
    await waitUntil(() => badge.ready === true || failed.length > 0, 'the badge loaded its level', { timeout: 15_000 });
    expect(failed).to.deep.equal([]);
    expect(['none', 'yellow', 'orange', 'red']).to.include(badge.level);
    expect(badge.shadowRoot!.querySelector('[part~=badge]'), 'the badge rendered').to.not.equal(null);

    const first = cdnRequests();
    expect(first).to.include('autoloader.js');
    expect(widgetModules(first)).to.deep.equal(['warning-badge']);
    expect(first.some((file) => file.includes('zh-CN')), 'no Chinese text on an English page').to.equal(false);
    expect(first.includes('credit-kit.js'), 'not the one-file bundle').to.equal(false);
    for (const name of WIDGET_NAMES.filter((n) => n !== 'warning-badge')) expect(customElements.get(`ck-${name}`), name).to.equal(undefined);
    // The popover's code comes when the badge first opens.
    const popoverChunk = (requests: readonly string[]) => requests.some((file) => file.startsWith('popover-part'));
    expect(popoverChunk(first), 'no popover code before opening').to.equal(false);
    await (badge as HTMLElement & { open(): Promise<void> }).open();
    expect(badge.shadowRoot!.querySelector('[part=popover]'), 'the popover opened').to.not.equal(null);
    expect(popoverChunk(cdnRequests()), 'its chunk loaded on opening').to.equal(true);
    (badge as HTMLElement & { close(): void }).close();

    // A calculator added later (as a host's router would render it) loads its own module then.
    const calculator = document.createElement('ck-limit-calculator');
    calculator.setAttribute('customer-id', CUSTOMER_ID);
    calculator.setAttribute('as-of', '2026-11-25');
    const ready = new Promise((resolve) => calculator.addEventListener('ck-ready', resolve, { once: true }));
    host.append(calculator);
    await ready;
    expect(failed).to.deep.equal([]);
    expect(widgetModules(cdnRequests())).to.deep.equal(['limit-calculator', 'warning-badge']);
    expect(calculator.shadowRoot!.textContent).to.include('Granted');
    host.remove();
  });

  it('finds widgets in a shadow root with discover(), and loads them under another prefix', async () => {
    const autoloader = (await import(AUTOLOADER)) as AutoloaderModule;
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<acme-warning-badge customer-id="C004"></acme-warning-badge>';
    document.body.append(outer);
    expect(await autoloader.discover(root), 'the ck prefix only').to.deep.equal([]);
    autoloader.autoload({ prefix: 'acme' });
    expect(await autoloader.discover(root)).to.deep.equal(['acme-warning-badge']);
    expect(customElements.get('acme-warning-badge')).to.be.a('function');
    outer.remove();
  });

  it('serves the table its worker, beside the chunks', async () => {
    const autoloader = (await import(AUTOLOADER)) as AutoloaderModule;
    autoloader.configureWidgets({ baseUrl: '/api/credit/v1', fetch: createMockFetch({ seed: 1, receivables: 300 }) });
    const { customers, workers } = await ageTableRecordingWorkers('2026-11-25');
    expect(customers).to.be.greaterThan(0);
    expect(workers.started.some((url) => url === WORKER), 'the worker beside the chunks').to.equal(true);
    expect(workers.aged, 'aged in it').to.equal(true);
  });
});
