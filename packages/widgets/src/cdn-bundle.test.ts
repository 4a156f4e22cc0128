/**
 * The built CDN bundle (`dist/cdn/credit-kit.js`, made by `npm run build`) the way a page with no
 * build step uses it: elements already in the page, one module import, `configure()` right after.
 * Runs in its own page, so the bundle's registrations do not meet the source modules' ones.
 */
import { ageTableRecordingWorkers } from './test-support/workers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { createMockFetch } from '@credit-kit/mock';

const BUNDLE = new URL('../dist/cdn/credit-kit.js', import.meta.url).href;
const WORKER = new URL('../dist/cdn/aging.worker.js', import.meta.url).href;
const TAGS = ['ck-credit-application', 'ck-limit-calculator', 'ck-warning-badge', 'ck-aging-table'];
/** Seed 1 of the mock: a CNY customer established long ago (the widgets' suites use it too). */
const CUSTOMER_ID = 'C004';

interface CdnModule {
  configure(options: { baseUrl: string; fetch?: typeof fetch }): unknown;
  defineCreditKit(options?: { prefix?: string }): Record<string, string>;
  CkLimitCalculator: CustomElementConstructor;
  CkLimitChangeEvent: { eventName: string };
}

async function bundleSource(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} is missing: run \`npm run build\` first.`);
  return response.text();
}

describe('the CDN bundle (dist/cdn/credit-kit.js)', () => {
  it('is one module to import: its only imports load its own chunks, beside it, on demand', async () => {
    const source = await bundleSource(BUNDLE);
    // No static `import … from "x"` or bare `import "x"`; `import.meta` is fine.
    expect(source).not.to.match(/(^|[;}\s])import\s*[{*\w$][^;]*?from\s*["'`]/);
    expect(source).not.to.match(/(^|[;}\s])import\s*["'`]/);
    expect(source).not.to.match(/process\.env/);
    // `import("./x-<hash>.js")`: a sibling chunk (the Chinese messages, the aging engine, …).
    const dynamic = [...source.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]!);
    expect(source.match(/\bimport\s*\(/g)?.length).to.equal(dynamic.length); // none computed at run time
    expect(dynamic.some((path) => /messages\.zh-CN-[\w-]{8}\.js$/.test(path)), 'a Chinese chunk').to.equal(true);
    for (const path of dynamic) {
      expect(path).to.match(/^\.\/[\w.-]+\.js$/);
      const chunk = await bundleSource(new URL(path, BUNDLE).href);
      // A chunk imports only the bundle itself or another sibling chunk.
      for (const [, from] of chunk.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]/g)) expect(from).to.match(/^\.\/[\w.-]+\.js$/);
    }
    const worker = await bundleSource(WORKER);
    expect(worker).not.to.match(/(^|[;}\s])import\s*[{*\w$][^;]*?from\s*["'`]/);
  });

  it('registers the four elements, which load with the client configured right after the import', async () => {
    // As in an HTML page: the elements exist before the module runs.
    const host = document.createElement('div');
    host.innerHTML = `<ck-warning-badge customer-id="${CUSTOMER_ID}" variant="full"></ck-warning-badge>
      <ck-limit-calculator customer-id="${CUSTOMER_ID}" as-of="2026-11-25"></ck-limit-calculator>`;
    document.body.append(host);
    const ready: string[] = [];
    const failed: string[] = [];
    host.addEventListener('ck-ready', (e) => ready.push((e.target as Element).localName));
    host.addEventListener('ck-load-error', (e) => failed.push(`${(e.target as Element).localName}: ${(e as CustomEvent<{ message: string }>).detail.message}`));

    const mockFetch = createMockFetch({ seed: 1, receivables: 100 });
    // The page's own module script: a static import of the bundle, then configure().
    (window as unknown as { ckTestFetch: typeof fetch }).ckTestFetch = mockFetch;
    const script = document.createElement('script');
    script.type = 'module';
    script.textContent = `import { configure } from ${JSON.stringify(BUNDLE)};\nconfigure({ baseUrl: '/api/credit/v1', fetch: window.ckTestFetch });\nwindow.ckTestConfigured = true;`;
    document.head.append(script);
    await waitUntil(() => (window as unknown as { ckTestConfigured?: boolean }).ckTestConfigured, 'the page module ran');
    const cdn = (await import(BUNDLE)) as CdnModule; // the same module instance the page imported

    await waitUntil(() => ready.length + failed.length >= 2, 'both widgets loaded', { timeout: 15_000 });
    expect(failed).to.deep.equal([]);
    expect(ready.sort()).to.deep.equal(['ck-limit-calculator', 'ck-warning-badge']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('ck-limit-calculator')).to.equal(cdn.CkLimitCalculator);
    expect(cdn.CkLimitChangeEvent.eventName).to.equal('ck-limit-change');
    const name = mockFetch.backend.dataset.customerById.get(CUSTOMER_ID)!.customer.name;
    expect(host.querySelector('ck-limit-calculator')!.shadowRoot!.textContent).to.include(name);
    host.remove();
  });

  it('ages in the Web Worker it ships beside the bundle', async () => {
    const cdn = (await import(BUNDLE)) as CdnModule;
    cdn.configure({ baseUrl: '/api/credit/v1', fetch: createMockFetch({ seed: 1, receivables: 300 }) });
    const { customers, workers } = await ageTableRecordingWorkers('2026-11-25');
    expect(customers).to.be.greaterThan(0);
    expect(workers.started.some((url) => url === WORKER), 'the worker beside the bundle').to.equal(true);
    expect(workers.aged, 'aged in it').to.equal(true);
  });

  it('also registers under another prefix', async () => {
    const cdn = (await import(BUNDLE)) as CdnModule;
    const tags = cdn.defineCreditKit({ prefix: 'acme' });
    expect(tags.calculator).to.equal('acme-limit-calculator');
    expect(customElements.get('acme-limit-calculator')).to.be.a('function');
  });
});
