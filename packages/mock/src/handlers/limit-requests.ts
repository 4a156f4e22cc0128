import {
  limitRequestInputSchema,
  LIMIT_REQUEST_STATUSES,
  toValidationIssues,
  type LimitRequest,
  type LimitRequestInput,
} from '@credit-kit/core';
import { canonicalJson, hashText } from '../hash.js';
import { badRequest, notFound, ProblemError } from '../http/problem.js';
import { principalOf } from '../http/principal.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';

/** Idempotency keys of limit requests live apart from those of applications. */
const KEY_SPACE = 'limit-requests:';

/** Every limit request, seeded and created, in its current state, oldest first. */
export function allLimitRequests(context: HandlerContext, seeded: readonly LimitRequest[]): LimitRequest[] {
  const { decisions } = context.state;
  return [...seeded, ...decisions.limitRequests].map((r) => decisions.limitRequestUpdates.get(r.id) ?? r);
}

/**
 * `POST /limit-requests` (validated with `limitRequestInputSchema`, the customer must exist,
 * idempotent by `Idempotency-Key` like applications), `GET /limit-requests/{id}` and
 * `GET /limit-requests?customerId=&status=` (newest first). The maker (`requestedBy`) is the
 * `X-Credit-Kit-Actor` principal, else `X-Credit-Kit-User`, else `portal user`.
 */
export function limitRequestRoutes(context: HandlerContext, seeded: readonly LimitRequest[]): RouteDefinition[] {
  const { idempotency, options, dataset, state } = context;
  return [
    {
      route: 'POST /limit-requests',
      ownLatency: true,
      handle: async ({ request, wait }) => {
        const key = request.headers.get('Idempotency-Key')?.trim();
        if (!key || key.length > 255) {
          await wait();
          throw new ProblemError({ status: 400, slug: 'idempotency-key-missing', detail: 'POST /limit-requests needs an Idempotency-Key header (at most 255 characters), so a retry cannot create a second request.' });
        }
        let body: unknown;
        try {
          body = JSON.parse(await request.text());
        } catch {
          await wait();
          throw new ProblemError({ status: 400, slug: 'invalid-json', detail: 'The request body is not valid JSON.' });
        }
        const fingerprint = hashText(canonicalJson(body));
        const known = idempotency.lookup(KEY_SPACE + key, fingerprint);
        if (known.kind === 'mismatch') {
          await wait();
          throw new ProblemError({ status: 422, slug: 'idempotency-key-reused', detail: 'This Idempotency-Key was already used with a different request body.' });
        }
        if (known.kind === 'in-flight') {
          await wait();
          throw new ProblemError({ status: 409, slug: 'idempotency-key-in-flight', detail: 'A request with this Idempotency-Key is still being processed.', headers: { 'Retry-After': '1' } });
        }
        if (known.kind === 'replay') {
          await wait();
          return new Response(known.response.body, { status: 200, headers: { ...known.response.headers, 'Idempotent-Replayed': 'true' } });
        }
        const parsed = limitRequestInputSchema.safeParse(body);
        const errors = parsed.success ? [] : toValidationIssues(parsed.error.issues);
        if (parsed.success && !dataset.customerById.has(parsed.data.customerId)) {
          errors.push({ path: 'customerId', code: 'unknown_customer', message: `is not a known customer ("${parsed.data.customerId}")` });
        }
        if (!parsed.success || errors.length > 0) {
          await wait();
          throw new ProblemError({ status: 422, slug: 'validation', detail: 'The limit request is not valid: see errors for each field.', errors });
        }
        idempotency.begin(KEY_SPACE + key, fingerprint);
        try {
          await wait();
          const created = createLimitRequest(context, parsed.data, allLimitRequests(context, seeded).length + 1, principalOf(request)?.subject);
          state.decisions.limitRequests.push(created);
          const stored = {
            status: 201,
            body: JSON.stringify(created),
            headers: { 'Content-Type': 'application/json', Location: `${options.basePath}/limit-requests/${created.id}` },
          };
          idempotency.complete(KEY_SPACE + key, stored);
          return new Response(stored.body, { status: stored.status, headers: stored.headers });
        } catch (error) {
          idempotency.release(KEY_SPACE + key);
          throw error;
        }
      },
    },
    {
      route: 'GET /limit-requests/{id}',
      handle: ({ params }) => {
        const found = allLimitRequests(context, seeded).find((r) => r.id === params.id);
        if (!found) throw notFound(`No limit request with id "${params.id}".`);
        return jsonResponse(found);
      },
    },
    {
      route: 'GET /limit-requests',
      handle: ({ url }) => {
        const customerId = url.searchParams.get('customerId');
        const status = url.searchParams.get('status');
        if (status && !(LIMIT_REQUEST_STATUSES as readonly string[]).includes(status)) {
          throw badRequest(`Query parameter status must be one of ${LIMIT_REQUEST_STATUSES.join(', ')}, not "${status}".`, 'invalid-parameter');
        }
        const items = allLimitRequests(context, seeded)
          .filter((r) => (!customerId || r.customerId === customerId) && (!status || r.status === status))
          .reverse();
        return jsonResponse({ items });
      },
    },
  ];
}

function createLimitRequest(context: HandlerContext, input: LimitRequestInput, sequence: number, actor: string | undefined): LimitRequest {
  const now = context.options.now();
  const submittedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const seed = context.dataset.customerById.get(input.customerId)!;
  const profile = context.state.decisions.profileUpdates.get(input.customerId) ?? context.dataset.profiles[seed.index]!;
  const requestedBy = actor || seed.customer.salesperson || 'portal user';
  return {
    ...input,
    id: `LR${String(sequence).padStart(6, '0')}`,
    number: `LR-${now.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`,
    status: 'submitted',
    requestedBy,
    submittedAt,
    currentLimit: profile.granted,
    history: [{ status: 'submitted', actor: requestedBy, at: submittedAt }],
  };
}
