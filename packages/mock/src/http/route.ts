import { http, type HttpHandler } from 'msw';
import type { RouteKey } from '../routes.js';
import type { KnobController } from './knobs.js';
import { malform } from './malformed.js';
import { ProblemError, problemResponse } from './problem.js';

/** What a route handler gets. */
export interface RouteContext {
  readonly request: Request;
  readonly url: URL;
  /** Path parameters by name (`id`). */
  readonly params: Readonly<Record<string, string>>;
  /** Waits the configured latency (only for routes with `ownLatency`, which choose when). */
  wait(): Promise<void>;
}

/** One route of the contract and how it answers. Throw `ProblemError` to answer with a problem. */
export interface RouteDefinition {
  readonly route: RouteKey;
  /** The handler calls `wait()` itself (e.g. to model a request still in flight); otherwise latency comes first. */
  readonly ownLatency?: boolean;
  handle(context: RouteContext): Response | Promise<Response>;
}

/** What the route wrapper needs from the backend. */
export interface RouteRuntime {
  readonly knobs: KnobController;
  record(route: string, request: Request): void;
}

/**
 * Turns a route into an MSW handler under `prefix` (the base path after a `*` wildcard, or a full
 * base URL), applying the knobs in this order: count the hit, wait the latency, answer a forced
 * `routeStatus`, fail at the failure rate (503), run the route, break the body at the malformed rate.
 */
export function toMswHandler(definition: RouteDefinition, prefix: string, runtime: RouteRuntime): HttpHandler {
  const [method, path] = definition.route.split(' ') as ['GET' | 'POST', string];
  const pattern = prefix + path.replace(/\{(\w+)\}/g, ':$1');
  const resolver = async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    runtime.record(definition.route, request);
    const context: RouteContext = {
      request,
      url: new URL(request.url),
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : String(v ?? '')])),
      wait: () => runtime.knobs.wait(request.signal),
    };
    try {
      if (!definition.ownLatency) await context.wait();
      // A route that waits on its own still waits before an injected failure, like every other
      // route: a slow failing submit looks slow.
      const failBeforeHandler = async () => {
        if (definition.ownLatency) await context.wait();
      };
      const forced = runtime.knobs.forcedStatus(definition.route);
      if (forced && !isSuccess(forced.status)) {
        await failBeforeHandler();
        return forcedProblem(definition.route, forced.status, forced.retryAfter);
      }
      if (runtime.knobs.shouldFail()) {
        await failBeforeHandler();
        const retryAfter = runtime.knobs.current.retryAfterSeconds;
        return problemResponse({
          status: 503,
          slug: 'unavailable',
          detail: 'The mock backend failed this request on purpose (failureRate): try again.',
          ...(retryAfter !== undefined ? { headers: { 'Retry-After': String(retryAfter) } } : {}),
        });
      }
      let response = await definition.handle(context);
      if (forced) response = withStatus(response, forced.status);
      const malformation = runtime.knobs.malformation();
      return malformation ? await malform(response, malformation) : response;
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      // A bug in the mock still answers in the contract's error format.
      return problemResponse({ status: 500, slug: 'internal', detail: `The mock backend failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return method === 'GET' ? http.get(pattern, resolver) : http.post(pattern, resolver);
}

function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299;
}

/** A forced error status: a problem naming the knob, so nobody mistakes it for a bug. */
function forcedProblem(route: RouteKey, status: number, retryAfter: number | undefined): Response {
  return problemResponse({
    status,
    slug: 'forced-status',
    detail: `The mock backend answers ${route} with ${status} on purpose (routeStatus).`,
    ...(retryAfter !== undefined ? { headers: { 'Retry-After': String(retryAfter) } } : {}),
  });
}

/** The route's own answer with a forced success status (no body for 204 and 205). */
function withStatus(response: Response, status: number): Response {
  const empty = status === 204 || status === 205;
  return new Response(empty ? null : response.body, { status, headers: response.headers });
}
