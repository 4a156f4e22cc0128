import { configure } from '@credit-kit/client';
import { createMockBackend, createMockFetch, installMockServiceWorker } from '@credit-kit/mock';
import { defineCreditKit } from '@credit-kit/widgets/define';
import { readSettings } from './demo-state.js';
import { Portal } from './portal.js';

const API = '/api/credit/v1';
/** Who the demo acts as towards the mock (its stand-in for a host's auth): a salesperson on every widget but the approver's desk. */
const DEMO_SALES = { 'X-Credit-Kit-Actor': 'demo-sales', 'X-Credit-Kit-Roles': 'sales' };

/**
 * Starts the mock backend before any widget connects (they fetch as soon as they do): a service
 * worker when the page may run one, otherwise the mock as a plain fetch function, which is also how
 * a partner previews the widgets inside their own portal.
 */
async function boot(): Promise<void> {
  const settings = readSettings();
  const backend = createMockBackend({ receivables: settings.receivables, latencyMs: settings.latencyMs });
  let usedServiceWorker = false;
  let client;
  // `?api=http://127.0.0.1:4000/api/credit/v1` points the page at the real service (`npm run server`);
  // the page's CSP (connect-src) allows loopback origins only.
  const serverUrl = new URL(location.href).searchParams.get('api') ?? undefined;
  if (serverUrl) {
    client = configure({ baseUrl: serverUrl });
  } else {
    try {
      if (!('serviceWorker' in navigator)) throw new Error('no service worker');
      await installMockServiceWorker({ backend });
      usedServiceWorker = true;
      client = configure({ baseUrl: API, headers: DEMO_SALES });
    } catch {
      client = configure({ baseUrl: API, headers: DEMO_SALES, fetch: createMockFetch(backend) });
    }
  }
  defineCreditKit();
  const root = document.getElementById('app')!;
  root.replaceChildren(); // the "Starting…" line: lit's render() appends after what is there
  const portal = new Portal(root, settings, client, backend, usedServiceWorker, serverUrl);
  await portal.start();
  document.body.dataset.demoReady = 'true';
}

void boot();
