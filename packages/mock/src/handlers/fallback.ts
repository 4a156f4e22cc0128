import { http, type HttpHandler } from 'msw';
import { problemResponse } from '../http/problem.js';
import type { RouteRuntime } from '../http/route.js';
import { ROUTES, UNMATCHED_ROUTE } from '../routes.js';

const ROUTE_PATTERNS = ROUTES.map((route) => {
  const [method, path] = route.split(' ') as [string, string];
  return { method, regex: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`) };
});

/**
 * The last handler under the base path: a 405 problem (with `Allow`) for a known path with
 * another method, a 404 problem for anything else. Counted as `unmatched`.
 */
export function fallbackHandler(prefix: string, basePath: string, runtime: RouteRuntime): HttpHandler {
  return http.all(`${prefix}/*`, async ({ request }) => {
    runtime.record(UNMATCHED_ROUTE, request);
    await runtime.knobs.wait(request.signal);
    const pathname = new URL(request.url).pathname;
    const basePathname = /^https?:/.test(basePath) ? new URL(basePath).pathname : basePath;
    const relative = pathname.startsWith(basePathname) ? pathname.slice(basePathname.length) || '/' : pathname;
    const allowed = ROUTE_PATTERNS.filter((p) => p.regex.test(relative)).map((p) => p.method);
    if (allowed.length) {
      return problemResponse({
        status: 405,
        slug: 'method-not-allowed',
        detail: `${relative} answers ${allowed.join(' and ')}, not ${request.method}.`,
        headers: { Allow: allowed.join(', ') },
      });
    }
    return problemResponse({
      status: 404,
      slug: 'no-such-endpoint',
      detail: `The Credit Kit contract has no endpoint ${request.method} ${relative}.`,
    });
  });
}
