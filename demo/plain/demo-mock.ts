/**
 * DEMO ONLY: not part of an integration. Makes the plain-HTML page work without a real backend, so
 * that the page's own script (page.js) stays exactly what a portal writes: import the bundle,
 * `configure({ baseUrl: '/api/credit/v1' })`.
 *
 * It starts the built-in mock backend the way the demo portal does (demo/main.ts): MSW's service
 * worker, or the mock as a fetch function where no service worker can run. The widgets start loading
 * as soon as the bundle registers them, possibly before the worker is active, so until it is, requests
 * under the API base path wait for it. It also says so on the page when the CDN bundle is not built.
 */
import { createMockBackend, createMockFetch, installMockServiceWorker } from '@credit-kit/mock';

const API = '/api/credit/v1';
const BUNDLE = '/packages/widgets/dist/cdn/credit-kit.js';

const backend = createMockBackend({ latencyMs: [50, 250] });
const networkFetch = globalThis.fetch.bind(globalThis);

const answerer: Promise<typeof fetch> = (async () => {
  try {
    if (!('serviceWorker' in navigator)) throw new Error('no service worker');
    await installMockServiceWorker({ backend });
    return networkFetch;
  } catch {
    return createMockFetch(backend) as typeof fetch;
  }
})();

function isApiRequest(input: RequestInfo | URL): boolean {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  return url.origin === location.origin && url.pathname.startsWith(`${API}/`);
}

globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  isApiRequest(input) ? answerer.then((answer) => answer(input, init)) : networkFetch(input, init);

// The page needs the built bundle; `npm start` builds it in the background on a fresh clone. When it
// is missing, page.js cannot load (its import fails) and its script element fires `error`.
document.querySelector('script[src$="/demo/plain/page.js"]')?.addEventListener('error', () => {
  const notice = document.createElement('p');
  notice.className = 'bundle-missing';
  notice.setAttribute('role', 'alert');
  notice.textContent = `The CDN bundle ${BUNDLE} could not be loaded: it is not built yet. \`npm start\` builds it in the background on its first run: reload this page in a few seconds. Otherwise run \`npm run build\`.`;
  document.body.prepend(notice);
});
