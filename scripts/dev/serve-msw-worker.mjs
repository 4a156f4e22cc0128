// Middleware for @web/dev-server and @web/test-runner: serves MSW's service worker at the site root,
// where its scope covers every request the widgets make (under /public/ it would silently mock nothing).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let workerSource;

export function serveMswWorker(ctx, next) {
  if (ctx.path !== '/mockServiceWorker.js') return next();
  workerSource ??= readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  ctx.type = 'application/javascript';
  ctx.set('Service-Worker-Allowed', '/');
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = workerSource;
  return undefined;
}
