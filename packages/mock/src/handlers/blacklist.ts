import {
  applyBlacklistAction,
  blacklistDecisionInputSchema,
  blacklistOpen,
  blacklistRemovalInputSchema,
  blacklistReportInputSchema,
  BLACKLIST_STATUSES,
  CreditKitRuleError,
  decisionAction,
  toValidationIssues,
  type BlacklistEntry,
} from '@credit-kit/core';
import { seedBlacklist } from '../data/blacklist.js';
import { badRequest, notFound, ProblemError } from '../http/problem.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { MockState } from '../state.js';
import { customerOr404, type HandlerContext } from './context.js';

/** One blacklist store per backend state, seeded lazily from the dataset. */
const STORES = new WeakMap<MockState, BlacklistEntry[]>();

/** The backend's blacklist entries (seeded on first use), for the warning handler and tests. */
export function blacklistEntries(context: HandlerContext): BlacklistEntry[] {
  let store = STORES.get(context.state);
  if (!store) {
    store = seedBlacklist(context.dataset);
    STORES.set(context.state, store);
  }
  return store;
}

/**
 * The blacklist workflow of the contract, with core's `applyBlacklistAction`: `GET /blacklist`,
 * `POST /blacklist` (report), `GET /blacklist/{id}`, `POST /blacklist/{id}/decisions` (head office),
 * `POST /blacklist/{id}/removal-requests`. Actors come from `X-Credit-Kit-User`. An out-of-order step is a 409.
 */
export function blacklistRoutes(context: HandlerContext): RouteDefinition[] {
  const now = () => context.options.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const actor = (request: Request) => request.headers.get('X-Credit-Kit-User')?.trim() || undefined;
  const entryOr404 = (id: string) => {
    const found = blacklistEntries(context).find((e) => e.id === id);
    if (!found) throw notFound(`No blacklist entry with id "${id}".`);
    return found;
  };
  const replace = (entry: BlacklistEntry) => {
    const store = blacklistEntries(context);
    store[store.findIndex((e) => e.id === entry.id)] = entry;
    return jsonResponse(entry);
  };

  return [
    {
      route: 'GET /blacklist',
      handle: ({ url }) => {
        const status = url.searchParams.get('status');
        if (status !== null && !(BLACKLIST_STATUSES as readonly string[]).includes(status)) {
          throw badRequest(`status must be one of ${BLACKLIST_STATUSES.join(', ')}.`);
        }
        const customerId = url.searchParams.get('customerId');
        const items = blacklistEntries(context).filter((e) => (status === null || e.status === status) && (customerId === null || e.customerId === customerId));
        return jsonResponse({ items });
      },
    },
    {
      route: 'POST /blacklist',
      handle: async ({ request }) => {
        const input = await readBody(request, blacklistReportInputSchema, 'report');
        const seed = customerOr404(context, input.customerId);
        const store = blacklistEntries(context);
        if (store.some((e) => e.customerId === input.customerId && blacklistOpen(e.status))) {
          throw new ProblemError({ status: 409, slug: 'blacklist-open-entry', detail: `Customer "${input.customerId}" already has an open blacklist entry.` });
        }
        const by = actor(request);
        const entry: BlacklistEntry = {
          id: `BL-${String(store.length + 1).padStart(4, '0')}`,
          customerId: input.customerId,
          customerName: seed.customer.name,
          status: 'reported',
          reason: input.reason,
          ...(input.reportedBy === undefined ? {} : { reportedBy: input.reportedBy }),
          history: [{ action: 'report', at: now(), ...(by === undefined ? {} : { actor: by }) }],
        };
        store.push(entry);
        return new Response(JSON.stringify(entry), {
          status: 201,
          headers: { 'Content-Type': 'application/json', Location: `${context.options.basePath}/blacklist/${entry.id}` },
        });
      },
    },
    { route: 'GET /blacklist/{id}', handle: ({ params }) => jsonResponse(entryOr404(params.id!)) },
    {
      route: 'POST /blacklist/{id}/decisions',
      handle: async ({ request, params }) => {
        const entry = entryOr404(params.id!);
        const input = await readBody(request, blacklistDecisionInputSchema, 'decision');
        const action = decisionAction(entry.status, input.decision);
        if (!action) throw new ProblemError({ status: 409, slug: 'blacklist-nothing-pending', detail: `Nothing is pending on blacklist entry "${entry.id}" (it is ${entry.status}).` });
        return replace(step(entry, action, request, input.note));
      },
    },
    {
      route: 'POST /blacklist/{id}/removal-requests',
      handle: async ({ request, params }) => {
        const entry = entryOr404(params.id!);
        const input = await readBody(request, blacklistRemovalInputSchema, 'removal request');
        return replace(step(entry, 'request-removal', request, input.reason));
      },
    },
  ];

  function step(entry: BlacklistEntry, action: Parameters<typeof applyBlacklistAction>[1], request: Request, note: string | undefined): BlacklistEntry {
    const by = actor(request);
    try {
      return applyBlacklistAction(entry, action, { at: now(), ...(by === undefined ? {} : { actor: by }), ...(note === undefined ? {} : { note }) });
    } catch (error) {
      if (error instanceof CreditKitRuleError) throw new ProblemError({ status: 409, slug: 'blacklist-transition', detail: error.message });
      throw error;
    }
  }
}

/** The JSON body through its schema: not JSON → 400, invalid → 422 with field errors. */
interface BodySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof toValidationIssues>[0] } };
}

async function readBody<T>(request: Request, schema: BodySchema<T>, what: string): Promise<T> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw badRequest('The request body is not valid JSON.', 'invalid-json');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ProblemError({ status: 422, slug: 'validation', detail: `The ${what} is not valid: see errors for each field.`, errors: toValidationIssues(parsed.error.issues) });
  }
  return parsed.data;
}
