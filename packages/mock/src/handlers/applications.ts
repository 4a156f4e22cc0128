import {
  CONTRACT_LIMITS,
  applicationTransitionSchema,
  transitionVerdict,
  creditApplicationInputSchema,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  toValidationIssues,
  validate,
  type CreditApplication,
  type CreditApplicationInput,
} from '@credit-kit/core';
import { canonicalJson, hashText } from '../hash.js';
import { jsonNestingDepth, MAX_JSON_DEPTH } from '../http/json-body.js';
import { ProblemError, notFound } from '../http/problem.js';
import { integerParam } from '../http/query.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { IdempotencyStore, StoredResponse } from '../idempotency.js';
import type { HandlerContext } from './context.js';

/** Default and largest `pageSize` of `GET /credit-applications`: a default above any one customer's count keeps unpaged clients whole. */
export const APPLICATION_PAGE_SIZE = { fallback: 100, max: CONTRACT_LIMITS.applicationPageItems } as const;

/**
 * `POST /credit-applications` (validated with `creditApplicationInputSchema`, idempotent by
 * `Idempotency-Key`), `GET /credit-applications/{id}` and `GET /credit-applications?customerId=&page=&pageSize=`
 * (newest first, pages from 1). A replay answers 200 with the first body and `Idempotent-Replayed: true`.
 * New applications are numbered after the seeded ones: `CA-<year>-000123`. Only the newest
 * `maxApplications` created ones are kept (older ones answer 404).
 */
export function applicationRoutes(context: HandlerContext): RouteDefinition[] {
  const { dataset, state, idempotency, options } = context;
  // A decided application (POST …/decision) is served as decided; a moved one (…/transitions) as moved.
  const all = () =>
    [...dataset.applications, ...state.applications].map((a) => state.decisions.applicationUpdates.get(a.id) ?? state.revisions.get(a.id) ?? a);
  // Numbers follow the last created one, so dropping old applications never gives an id twice.
  const nextSequence = () => {
    const last = state.applications.at(-1);
    return last ? Number(last.id.slice(1)) + 1 : dataset.applications.length + 1;
  };

  return [
    {
      route: 'POST /credit-applications',
      ownLatency: true,
      handle: async ({ request, wait }) => {
        const submission = await readSubmission(request);
        // No await between deciding on the key and marking it in flight: concurrent requests see each other.
        const admission = 'problem' in submission ? submission : admit(submission, idempotency);
        if (admission.kind !== 'new') {
          await wait();
          if (admission.kind === 'problem') throw admission.problem;
          // The contract answers a replay with 200 and the stored body (the first answer was 201).
          return new Response(admission.response.body, {
            status: 200,
            headers: { ...admission.response.headers, 'Idempotent-Replayed': 'true' },
          });
        }
        const { key, fingerprint, input } = admission;
        idempotency.begin(key, fingerprint);
        try {
          // The request is in flight while the latency runs: a second one with the same key gets a 409.
          await wait();
          const application = createApplication(context, input, nextSequence(), request.headers.get('X-Credit-Kit-User'));
          state.applications.push(application);
          if (state.applications.length > options.maxApplications) state.applications.splice(0, state.applications.length - options.maxApplications);
          const stored = {
            status: 201,
            body: JSON.stringify(application),
            headers: { 'Content-Type': 'application/json', Location: `${options.basePath}/credit-applications/${application.id}` },
          };
          idempotency.complete(key, stored);
          return new Response(stored.body, { status: stored.status, headers: stored.headers });
        } catch (error) {
          idempotency.release(key);
          throw error;
        }
      },
    },
    {
      route: 'GET /credit-applications/{id}',
      handle: ({ params }) => {
        const found = all().find((a) => a.id === params.id);
        if (!found) throw notFound(`No credit application with id "${params.id}".`);
        return jsonResponse(found);
      },
    },
    {
      route: 'POST /credit-applications/{id}/transitions',
      handle: async ({ request, params }) => {
        const found = all().find((a) => a.id === params.id);
        if (!found) throw notFound(`No credit application with id "${params.id}".`);
        const moved = transition(found, await readJson(request), request.headers.get('X-Credit-Kit-User'), context.options.now());
        state.revisions.set(moved.id, moved);
        return jsonResponse(moved);
      },
    },
    {
      route: 'GET /credit-applications',
      handle: ({ url }) => {
        const customerId = url.searchParams.get('customerId');
        const page = integerParam(url, 'page', { fallback: 1, min: 1, max: Number.MAX_SAFE_INTEGER });
        const pageSize = integerParam(url, 'pageSize', { ...APPLICATION_PAGE_SIZE, min: 1 });
        const matching = all()
          .filter((a) => !customerId || a.customerId === customerId)
          .reverse();
        const items = matching.slice((page - 1) * pageSize, page * pageSize);
        return jsonResponse({ items, page, pageSize, total: matching.length });
      },
    },
  ];
}

type Problem = { readonly kind: 'problem'; readonly problem: ProblemError };
type Submission = { readonly key: string; readonly body: unknown; readonly fingerprint: string };
type Admission =
  | Problem
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'new'; readonly key: string; readonly fingerprint: string; readonly input: CreditApplicationInput };

const problem = (init: ConstructorParameters<typeof ProblemError>[0]): Problem => ({ kind: 'problem', problem: new ProblemError(init) });

/** Reads the key and the JSON body: a key is required (400), and the body must be JSON (400). */
async function readSubmission(request: Request): Promise<Submission | Problem> {
  const key = request.headers.get('Idempotency-Key')?.trim();
  if (!key) {
    return problem({
      status: 400,
      slug: 'idempotency-key-missing',
      detail: 'POST /credit-applications needs an Idempotency-Key header (a UUID made once per draft), so a retried submission cannot create a second application.',
    });
  }
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return problem({ status: 400, slug: 'idempotency-key-invalid', detail: `The Idempotency-Key must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.` });
  }
  const text = await request.text();
  const depth = jsonNestingDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) {
    return problem({
      status: 400,
      slug: 'too-deeply-nested',
      detail: `The request body is too deeply nested: more than ${MAX_JSON_DEPTH} levels of objects and arrays (an application needs 5).`,
    });
  }
  try {
    const body: unknown = JSON.parse(text);
    return { key, body, fingerprint: hashText(canonicalJson(body)) };
  } catch {
    return problem({ status: 400, slug: 'invalid-json', detail: 'The request body is not valid JSON.' });
  }
}

/**
 * What a known key decides (replay, 422 for another body, 409 while in flight) comes before the
 * schema, so a replay never fails on validation; a new key's body must pass the schema (422).
 */
function admit({ key, body, fingerprint }: Submission, idempotency: IdempotencyStore): Admission {
  const known = idempotency.lookup(key, fingerprint);
  if (known.kind === 'mismatch') {
    return problem({
      status: 422,
      slug: 'idempotency-key-reused',
      detail: 'This Idempotency-Key was already used with a different request body: make a new key for a new application.',
    });
  }
  if (known.kind === 'in-flight') {
    return problem({
      status: 409,
      slug: 'idempotency-key-in-flight',
      detail: 'A request with this Idempotency-Key is still being processed: retry after it completes.',
      headers: { 'Retry-After': '1' },
    });
  }
  if (known.kind === 'replay') return { kind: 'replay', response: known.response };
  // Bounded: at most MAX_REPORTED_ISSUES field errors, and never a stack overflow.
  const parsed = validate(creditApplicationInputSchema, body);
  if (!parsed.success) {
    return problem({
      status: 422,
      slug: 'validation',
      detail: 'The application is not valid: see errors for each field.',
      errors: parsed.issues,
    });
  }
  return { kind: 'new', key, fingerprint, input: parsed.data };
}

function createApplication(context: HandlerContext, input: CreditApplicationInput, sequence: number, user: string | null): CreditApplication {
  const now = context.options.now();
  const submittedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const customerId = input.applicant.id ?? context.dataset.customers.find((c) => c.customer.code === input.applicant.code)?.customer.id;
  const application: CreditApplication = {
    id: `A${String(sequence).padStart(6, '0')}`,
    number: `CA-${now.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`,
    status: 'submitted',
    submittedAt,
    request: input.request,
    history: [{ status: 'submitted', actor: user?.trim() || input.applicant.salesperson || 'portal user', at: submittedAt }],
  };
  if (customerId !== undefined) application.customerId = customerId;
  return application;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    throw new ProblemError({ status: 400, slug: 'invalid-json', detail: 'The request body is not valid JSON.' });
  }
}

/**
 * The application moved as `body` asks: core's `transitionVerdict` decides (422 for a bad body, 409
 * for a move the status does not allow, and 409 `decision-required` for a decision, which only
 * `POST …/decision` makes, with its approval policy).
 */
function transition(application: CreditApplication, body: unknown, user: string | null, now: Date): CreditApplication {
  const parsed = applicationTransitionSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProblemError({ status: 422, slug: 'validation', detail: 'The transition is not valid: see errors for each field.', errors: toValidationIssues(parsed.error.issues) });
  }
  const { status, note } = parsed.data;
  const verdict = transitionVerdict(application.status, status);
  if (verdict === 'not-allowed') {
    throw new ProblemError({ status: 409, slug: 'invalid-transition', detail: `An application that is ${application.status} cannot be moved to ${status}.` });
  }
  if (verdict === 'decision-required') {
    throw new ProblemError({
      status: 409,
      slug: 'decision-required',
      detail: `Moving an application to ${status} decides it: use POST /credit-applications/${application.id}/decision, where the approval policy is checked.`,
    });
  }
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const moved: CreditApplication = {
    ...application,
    status,
    history: [...application.history, { status, actor: user?.trim() || 'portal user', at, ...(note ? { note } : {}) }],
  };
  return moved;
}
