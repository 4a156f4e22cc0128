import type * as z from 'zod/mini';
import { problemDetailsSchema } from '../schemas/common.js';
import { decisionInputSchema, decisionSchema } from '../schemas/decision.js';
import { limitRequestInputSchema, limitRequestListSchema, limitRequestSchema, LIMIT_REQUEST_STATUSES } from '../schemas/limit-request.js';
import { receiptSchema } from '../schemas/receipt.js';
import { reviewWorklistSchema } from '../schemas/review.js';
import type { EndpointSpec, ParameterSpec, ResponseSpec } from './endpoints.js';

/** Components the decision loop adds to the OpenAPI document, in document order. */
export const DECISION_CONTRACT_SCHEMAS: readonly [string, z.ZodMiniType][] = [
  ['LimitRequestInput', limitRequestInputSchema],
  ['LimitRequest', limitRequestSchema],
  ['LimitRequestList', limitRequestListSchema],
  ['DecisionInput', decisionInputSchema],
  ['Decision', decisionSchema],
  ['Receipt', receiptSchema],
  ['ReviewWorklist', reviewWorklistSchema],
];

const problem = (status: number, description: string): ResponseSpec => ({ status, description, schema: problemDetailsSchema });
const notFound = /* @__PURE__ */ problem(404, 'No such resource.');
const idempotencyKey: ParameterSpec = {
  name: 'Idempotency-Key', in: 'header', required: true, type: 'string', description: 'A UUID made once per request form.', example: '4f0c2b8e-2d7a-4a51-9f57-6a3c1e9b7d20',
};
const PRINCIPAL =
  'The backend identifies the principal (subject and roles) by its own authentication; the reference mock reads ' +
  '`X-Credit-Kit-Actor` and `X-Credit-Kit-Roles` (comma-separated) instead — a development convenience, never a production scheme.';
const decisionResponses = (what: string): ResponseSpec[] => [
  { status: 201, description: `Decided: the decision with its receipt; the ${what} now carries it.`, schema: decisionSchema },
  /* @__PURE__ */ problem(401, 'No principal.'),
  /* @__PURE__ */ problem(403,
    'Refused by the approval policy (`checkDecisionAllowed`): the problem\'s `refusals` lists each refusal as `{ code, message, requiredLevel? }` ' +
    '(codes `no-approval-role`, `maker-checker`, `above-approval-level`, `above-computed-maximum`, `override-reason-required`).'),
  notFound,
  /* @__PURE__ */ problem(409, `The ${what} is no longer open (already decided): \`refusals\` holds \`not-open\`.`),
  /* @__PURE__ */ problem(422, 'Invalid decision; `errors` lists each field.'),
];
const decisionBody = {
  contentType: 'application/json',
  schema: decisionInputSchema,
  description: 'Approve with conditions (granted limit, term, settlement method, collateral, validUntil, nextReviewOn), or reject / return with reason codes and a note.',
};

export const DECISION_ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: 'createLimitRequest', method: 'POST', path: '/limit-requests', summary: 'Request a new limit, an increase, a temporary exception or a renewal',
    description:
      'Created `submitted`, with the principal as `requestedBy` and the first audit entry. Idempotent by `Idempotency-Key`, as ' +
      '`POST /credit-applications` is. ' + PRINCIPAL,
    parameters: [idempotencyKey],
    requestBody: { contentType: 'application/json', schema: limitRequestInputSchema, description: 'The request.' },
    responses: [
      { status: 201, description: 'Created.', schema: limitRequestSchema, headers: [{ name: 'Location', description: 'URL of the limit request.' }] },
      { status: 200, description: 'Replay of an earlier request with the same key.', schema: limitRequestSchema, headers: [{ name: 'Idempotent-Replayed', description: '`true`.' }] },
      /* @__PURE__ */ problem(400, 'Missing `Idempotency-Key`.'),
      /* @__PURE__ */ problem(401, 'No principal.'),
      /* @__PURE__ */ problem(409, 'A request with the same key is still being processed.'),
      /* @__PURE__ */ problem(422, 'Invalid request (or unknown customer); `errors` lists each field.'),
    ],
  },
  {
    id: 'getLimitRequest', method: 'GET', path: '/limit-requests/{id}', summary: 'One limit request with its audit trail and decision',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Limit request id.', example: 'LR000001' }],
    responses: [{ status: 200, description: 'The limit request.', schema: limitRequestSchema }, notFound],
  },
  {
    id: 'listLimitRequests', method: 'GET', path: '/limit-requests', summary: 'Limit requests, newest first',
    parameters: [
      { name: 'customerId', in: 'query', type: 'string', description: 'Only this customer\'s.', example: 'C001' },
      { name: 'status', in: 'query', type: 'string', enum: LIMIT_REQUEST_STATUSES, description: 'Only this status.' },
    ],
    responses: [{ status: 200, description: 'The limit requests.', schema: limitRequestListSchema }, /* @__PURE__ */ problem(400, 'Invalid parameter.')],
  },
  {
    id: 'decideApplication', method: 'POST', path: '/credit-applications/{id}/decision', summary: 'Decide a credit application (审查审批)',
    description:
      'The backend checks the decision with core\'s `checkDecisionAllowed` against its approval policy — approval levels by amount, ' +
      'maker-checker, never above the computed maximum without an allowed override — before it stores anything, makes the decision\'s ' +
      'receipt, moves the application to `approved`, `rejected` or `returned` with an audit entry, and on approval updates the credit ' +
      'profile (granted limit, term, `validUntil`, `nextReviewOn`). ' + PRINCIPAL,
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Application id.' }],
    requestBody: decisionBody,
    responses: /* @__PURE__ */ decisionResponses('application'),
  },
  {
    id: 'decideLimitRequest', method: 'POST', path: '/limit-requests/{id}/decision', summary: 'Decide a limit request',
    description: 'As `POST /credit-applications/{id}/decision`, for a limit request. ' + PRINCIPAL,
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Limit request id.', example: 'LR000001' }],
    requestBody: decisionBody,
    responses: /* @__PURE__ */ decisionResponses('limit request'),
  },
  {
    id: 'getReviewWorklist', method: 'GET', path: '/reviews/worklist', summary: 'Limits due, overdue or expiring for review',
    description: 'Computed with core\'s `reviewWorklist` from the credit profiles, the warnings and the host\'s review policy; most urgent first.',
    parameters: [{ name: 'asOf', in: 'query', type: 'date', description: 'As-of date (YYYY-MM-DD); default today.', example: '2026-11-25' }],
    responses: [{ status: 200, description: 'The worklist.', schema: reviewWorklistSchema }, /* @__PURE__ */ problem(400, 'Invalid parameter.')],
  },
];
