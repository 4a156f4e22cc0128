import type * as z from 'zod/mini';
import {
  applicationTransitionSchema,
  attachmentUploadSchema,
  creditApplicationInputSchema,
  creditApplicationListSchema,
  creditApplicationSchema,
} from '../schemas/application.js';
import { blacklistDecisionInputSchema, blacklistEntrySchema, blacklistListSchema, blacklistRemovalInputSchema, blacklistReportInputSchema } from '../schemas/blacklist.js';
import { problemDetailsSchema } from '../schemas/common.js';
import { creditProfileSchema } from '../schemas/credit-profile.js';
import { customerPageSchema, customerSchema } from '../schemas/customer.js';
import { financialsSchema } from '../schemas/financials.js';
import { creditPolicySchema } from '../schemas/policy.js';
import { agingReportSchema, receivablePageSchema } from '../schemas/receivables.js';
import {
  RECEIVABLE_COLUMNS_MEDIA_TYPE,
  RECEIVABLE_PAGE_MAX_LIMIT,
  RECEIVABLE_PARTITIONS_MAX,
  receivableColumnsPageSchema,
} from '../schemas/receivable-columns.js';
import { warningListSchema, warningStatusSchema } from '../schemas/warning-status.js';
import { DECISION_ENDPOINTS } from './decision-endpoints.js';

/**
 * The REST contract between the widgets and the host backend, as data: the OpenAPI document and
 * the conformance kit are derived from this table and the core schemas. The client keeps a lean
 * table of its own (no descriptions, for the browser bundle's sake); a test holds it to this one.
 */

export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly description: string;
  readonly type: 'string' | 'integer' | 'date';
  readonly repeatable?: boolean;
  readonly enum?: readonly string[];
  readonly example?: string;
}

export interface ResponseSpec {
  readonly status: number;
  readonly description: string;
  /** Response body schema; problem responses use `ProblemDetails`. */
  readonly schema?: z.ZodMiniType;
  readonly headers?: readonly { name: string; description: string }[];
  /** Other media types the same response may be served in, negotiated by `Accept`. */
  readonly alternatives?: readonly { readonly contentType: string; readonly schema: z.ZodMiniType }[];
}

export interface EndpointSpec {
  /** Stable id, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: 'GET' | 'POST';
  /** Path template relative to the host's base URL, e.g. `/customers/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly parameters?: readonly ParameterSpec[];
  readonly requestBody?: { readonly contentType: string; readonly schema?: z.ZodMiniType; readonly description: string };
  readonly responses: readonly ResponseSpec[];
}

const customerId: ParameterSpec = { name: 'id', in: 'path', required: true, type: 'string', description: 'Customer id.', example: 'C001' };
const problem = (status: number, description: string): ResponseSpec => ({ status, description, schema: problemDetailsSchema });
const notFound = /* @__PURE__ */ problem(404, 'No such resource.');
const cursorParams: ParameterSpec[] = [
  { name: 'cursor', in: 'query', type: 'string', description: 'Opaque cursor from the previous page\'s `nextCursor`; omit for the first page.' },
  { name: 'limit', in: 'query', type: 'integer', description: 'Page size (host default and maximum apply).' },
];
const asOf: ParameterSpec = { name: 'asOf', in: 'query', type: 'date', description: 'As-of date (YYYY-MM-DD); default today.', example: '2026-11-25' };

export const ENDPOINTS: readonly EndpointSpec[] = [
  {
    id: 'listCustomers', method: 'GET', path: '/customers', summary: 'Search customers',
    description: '`query` matches the name or the unified social credit code. Pages are numbered from 1.',
    parameters: [
      { name: 'query', in: 'query', type: 'string', description: 'Text to match in the name or code.', example: '华东' },
      { name: 'page', in: 'query', type: 'integer', description: 'Page number, from 1.', example: '1' },
      { name: 'pageSize', in: 'query', type: 'integer', description: 'Items per page.', example: '20' },
    ],
    responses: [{ status: 200, description: 'A page of customers.', schema: customerPageSchema }],
  },
  {
    id: 'getCustomer', method: 'GET', path: '/customers/{id}', summary: 'One customer (客户基础信息)',
    parameters: [customerId],
    responses: [{ status: 200, description: 'The customer.', schema: customerSchema }, notFound],
  },
  {
    id: 'getFinancials', method: 'GET', path: '/customers/{id}/financials', summary: 'Financial statements of the base period (财务信息)',
    parameters: [customerId],
    responses: [{ status: 200, description: 'The financials.', schema: financialsSchema }, notFound],
  },
  {
    id: 'getCreditProfile', method: 'GET', path: '/customers/{id}/credit-profile', summary: 'Grade, granted limit, exposure and term',
    parameters: [customerId],
    responses: [{ status: 200, description: 'The credit profile.', schema: creditProfileSchema }, notFound],
  },
  {
    id: 'getCreditPolicy', method: 'GET', path: '/credit-policy', summary: 'The host\'s credit policy',
    description: 'Rating weights and cut-offs, grade and debt-ratio coefficients, aging buckets, collection stages and warning thresholds.',
    responses: [{ status: 200, description: 'The policy.', schema: creditPolicySchema }],
  },
  {
    id: 'submitApplication', method: 'POST', path: '/credit-applications', summary: 'Submit a credit application (授信申请)',
    description:
      'Idempotent by `Idempotency-Key`: a retry with the same key and body returns the application created the first time ' +
      '(header `Idempotent-Replayed: true`); the same key with a different body is a 422; a request while the same key is ' +
      'still being processed is a 409.',
    parameters: [
      { name: 'Idempotency-Key', in: 'header', required: true, type: 'string', description: 'A UUID made once per draft.', example: '9b2f3f64-6c1e-4f43-9a55-0b8d2c1f7e10' },
    ],
    requestBody: { contentType: 'application/json', schema: creditApplicationInputSchema, description: 'The application.' },
    responses: [
      { status: 201, description: 'Created.', schema: creditApplicationSchema, headers: [{ name: 'Location', description: 'URL of the application.' }] },
      { status: 200, description: 'Replay of an earlier request with the same key.', schema: creditApplicationSchema, headers: [{ name: 'Idempotent-Replayed', description: '`true`.' }] },
      /* @__PURE__ */ problem(400, 'Missing `Idempotency-Key`.'),
      /* @__PURE__ */ problem(409, 'A request with the same key is still being processed.'),
      /* @__PURE__ */ problem(422, 'Invalid application; `errors` lists each field.'),
    ],
  },
  {
    id: 'getApplication', method: 'GET', path: '/credit-applications/{id}', summary: 'One credit application with its audit trail',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Application id.' }],
    responses: [{ status: 200, description: 'The application.', schema: creditApplicationSchema }, notFound],
  },
  {
    id: 'listApplications', method: 'GET', path: '/credit-applications', summary: 'A customer\'s credit applications',
    description:
      'Paged from 1 by `page` and `pageSize`; a host that pages says so with `page`, `pageSize` and `total`. The default ' +
      'page size (the mock: 100, at most 200) is above any one customer\'s count, so a client that asks for no page gets everything.',
    parameters: [
      { name: 'customerId', in: 'query', type: 'string', description: 'Customer id.', example: 'C001' },
      { name: 'page', in: 'query', type: 'integer', description: 'Page number, from 1 (default 1).', example: '1' },
      { name: 'pageSize', in: 'query', type: 'integer', description: 'Items per page (host default and maximum apply; at most 200 by the contract).', example: '100' },
    ],
    responses: [
      { status: 200, description: 'One page of the applications, newest first.', schema: creditApplicationListSchema },
      /* @__PURE__ */ problem(400, 'Invalid parameter.'),
    ],
  },
  {
    id: 'transitionApplication', method: 'POST', path: '/credit-applications/{id}/transitions', summary: 'Move an application through review (审批)',
    description:
      'submitted → under_review (core\'s `APPLICATION_TRANSITIONS`). Each move is appended to the audit trail (`history`) with ' +
      'the actor and the time. Taking an application under review needs the role `analyst` or `approver`. A move to approved, ' +
      'rejected or returned decides the application: it is answered 409 `decision-required`, because only ' +
      '`POST /credit-applications/{id}/decision` decides, with the approval policy (core\'s `transitionVerdict`).',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Application id.' }],
    requestBody: { contentType: 'application/json', schema: applicationTransitionSchema, description: 'The status to move to.' },
    responses: [
      { status: 200, description: 'The application after the move, with the new audit entry.', schema: creditApplicationSchema },
      /* @__PURE__ */ problem(403, 'The principal may not make this move.'),
      notFound,
      /* @__PURE__ */ problem(409, 'The application\'s current status does not allow this move (`invalid-transition`), or the move is a decision (`decision-required`).'),
      /* @__PURE__ */ problem(422, 'Invalid body; `errors` lists each field.'),
    ],
  },
  {
    id: 'uploadAttachment', method: 'POST', path: '/attachments', summary: 'Upload an application attachment',
    description: 'multipart/form-data with one field `file`: PDF, JPEG, PNG or XLSX, at most 20 MiB.',
    requestBody: { contentType: 'multipart/form-data', description: 'Field `file`.' },
    responses: [
      { status: 201, description: 'Stored; put `uploadId` in the application\'s `attachments`.', schema: attachmentUploadSchema },
      /* @__PURE__ */ problem(422, 'Wrong type or size.'),
    ],
  },
  {
    id: 'getWarning', method: 'GET', path: '/customers/{id}/warning', summary: 'Early-warning status (预警) of one customer',
    description: 'Served with an `ETag`; a request with `If-None-Match` of the current ETag gets a 304. `level` may be omitted: the widgets then compute it from the signals.',
    parameters: [customerId, { name: 'If-None-Match', in: 'header', type: 'string', description: 'ETag of the copy the caller holds.' }],
    responses: [
      { status: 200, description: 'The status.', schema: warningStatusSchema, headers: [{ name: 'ETag', description: 'Version of the status.' }] },
      { status: 304, description: 'Unchanged since the given ETag.' },
      notFound,
    ],
  },
  {
    id: 'listWarnings', method: 'GET', path: '/warnings', summary: 'Warning statuses of many customers',
    description:
      '`customerId` may repeat (a batch lookup for lists of badges); `level` keeps customers at or above that level. ' +
      'May be served with an `ETag`, as the single status is; the client then revalidates with `If-None-Match`.',
    parameters: [
      { name: 'level', in: 'query', type: 'string', enum: ['none', 'yellow', 'orange', 'red'], description: 'Minimum level.' },
      { name: 'customerId', in: 'query', type: 'string', repeatable: true, description: 'Customer ids (repeat the parameter).' },
      { name: 'If-None-Match', in: 'header', type: 'string', description: 'ETag of the copy the caller holds.' },
    ],
    responses: [
      { status: 200, description: 'The statuses.', schema: warningListSchema, headers: [{ name: 'ETag', description: 'Version of the list.' }] },
      { status: 304, description: 'Unchanged since the given ETag.' },
    ],
  },
  {
    id: 'listReceivables', method: 'GET', path: '/receivables', summary: 'Open receivables, by cursor pages',
    description:
      'Items whose document date is after `asOf` are left out. Walk `nextCursor` until it is null. ' +
      `\`limit\` may be up to ${RECEIVABLE_PAGE_MAX_LIMIT.toLocaleString('en-US')}; a host may serve fewer. ` +
      'For bulk loads a client may walk `partition=K/N` parts concurrently (each with its own cursor) and ask for the ' +
      `compact columnar form with \`Accept: ${RECEIVABLE_COLUMNS_MEDIA_TYPE}\`; a host that supports neither answers ` +
      'plain JSON pages of the whole set, which stays correct.',
    parameters: [
      { name: 'customerId', in: 'query', type: 'string', description: 'Only this customer\'s items.' },
      asOf,
      ...cursorParams,
      {
        name: 'partition', in: 'query', type: 'string', example: '0/8',
        description:
          `Part K (0 … N−1) of N (N ≤ ${RECEIVABLE_PARTITIONS_MAX}): the matching items split into N disjoint parts by customer ` +
          '(all of a customer\'s items are in one part; e.g. by customer-id ranges or a hash), stable while the client walks them; ' +
          'the parts together are exactly the unpartitioned result. Each part is paged by its own cursor, and each page echoes ' +
          '`partition`: a page without it tells the client the host ignored the parameter.',
      },
      {
        name: 'Accept', in: 'header', type: 'string', example: `${RECEIVABLE_COLUMNS_MEDIA_TYPE}, application/json;q=0.9`,
        description: `\`${RECEIVABLE_COLUMNS_MEDIA_TYPE}\` asks for the compact columnar page (\`ReceivableColumnsPage\`); otherwise JSON.`,
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of open items (JSON, or the compact columnar form when asked for and supported).',
        schema: receivablePageSchema,
        alternatives: [{ contentType: RECEIVABLE_COLUMNS_MEDIA_TYPE, schema: receivableColumnsPageSchema }],
        headers: [{ name: 'Vary', description: '`Accept`, when the host negotiates the compact form.' }],
      },
      /* @__PURE__ */ problem(400, 'Invalid cursor or parameter.'),
    ],
  },
  {
    id: 'getAgingReport', method: 'GET', path: '/receivables/aging', summary: 'Receivables aged by the host, per customer',
    description: 'For hosts that aggregate server-side: one row per customer and currency, paged by cursor; `totals` cover the whole report.',
    parameters: [asOf, { name: 'groupBy', in: 'query', type: 'string', enum: ['customer'], description: 'Grouping (customer).' }, ...cursorParams],
    responses: [{ status: 200, description: 'A page of the report.', schema: agingReportSchema }, /* @__PURE__ */ problem(400, 'Invalid cursor or parameter.')],
  },
  {
    id: 'listBlacklist', method: 'GET', path: '/blacklist', summary: 'The group-wide blacklist (黑名单库, 查询)',
    description: 'Every entry with its status, reason and history, oldest first. `status` and `customerId` filter.',
    parameters: [
      { name: 'status', in: 'query', type: 'string', enum: ['reported', 'listed', 'rejected', 'removal-requested', 'removed'], description: 'Only entries in this status.' },
      { name: 'customerId', in: 'query', type: 'string', description: 'Only this customer\'s entries.', example: 'C001' },
    ],
    responses: [{ status: 200, description: 'The entries.', schema: blacklistListSchema }],
  },
  {
    id: 'reportBlacklist', method: 'POST', path: '/blacklist', summary: 'Report a customer for the blacklist (上报)',
    description: 'Creates an entry in status `reported`, awaiting head-office approval; trading is restricted only once it is `listed`. A customer with an open entry is a 409.',
    requestBody: { contentType: 'application/json', schema: blacklistReportInputSchema, description: 'The customer and the reason.' },
    responses: [
      { status: 201, description: 'Reported.', schema: blacklistEntrySchema, headers: [{ name: 'Location', description: 'URL of the entry.' }] },
      /* @__PURE__ */ problem(404, 'No such customer.'),
      /* @__PURE__ */ problem(409, 'The customer already has an open entry.'),
      /* @__PURE__ */ problem(422, 'Invalid report; `errors` lists each field.'),
    ],
  },
  {
    id: 'getBlacklistEntry', method: 'GET', path: '/blacklist/{id}', summary: 'One blacklist entry with its history',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Entry id.' }],
    responses: [{ status: 200, description: 'The entry.', schema: blacklistEntrySchema }, notFound],
  },
  {
    id: 'decideBlacklist', method: 'POST', path: '/blacklist/{id}/decisions', summary: 'Head-office decision on a pending report or removal (总部审核)',
    description: 'Approving a report lists the customer; approving a removal request removes it ("总部审核通过才可从黑名单中撤销"); rejecting leaves it as it was. Nothing pending is a 409.',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Entry id.' }],
    requestBody: { contentType: 'application/json', schema: blacklistDecisionInputSchema, description: '`approve` or `reject`, with a note.' },
    responses: [
      { status: 200, description: 'The entry after the decision.', schema: blacklistEntrySchema },
      notFound,
      /* @__PURE__ */ problem(409, 'Nothing is pending on this entry.'),
      /* @__PURE__ */ problem(422, 'Invalid decision.'),
    ],
  },
  {
    id: 'requestBlacklistRemoval', method: 'POST', path: '/blacklist/{id}/removal-requests', summary: 'Submit a request to remove a customer (撤销)',
    description: 'A listed entry becomes `removal-requested`; it stays listed, and trading stays restricted, until head office approves.',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', description: 'Entry id.' }],
    requestBody: { contentType: 'application/json', schema: blacklistRemovalInputSchema, description: 'Why the customer asks to be removed.' },
    responses: [
      { status: 200, description: 'The entry with the request.', schema: blacklistEntrySchema },
      notFound,
      /* @__PURE__ */ problem(409, 'The entry is not listed.'),
      /* @__PURE__ */ problem(422, 'Invalid request.'),
    ],
  },
  ...DECISION_ENDPOINTS,
];

/** The endpoint with this id. */
export function endpoint(id: string): EndpointSpec {
  const found = ENDPOINTS.find((e) => e.id === id);
  if (!found) throw new Error(`Unknown endpoint ${id}`);
  return found;
}
