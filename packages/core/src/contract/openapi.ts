import { blacklistDecisionInputSchema, blacklistEntrySchema, blacklistListSchema, blacklistRemovalInputSchema, blacklistReportInputSchema } from '../schemas/blacklist.js';
import * as z from 'zod/mini';
import { applicationTransitionSchema, attachmentUploadSchema, creditApplicationInputSchema, creditApplicationListSchema, creditApplicationSchema } from '../schemas/application.js';
import { problemDetailsSchema } from '../schemas/common.js';
import { creditProfileSchema } from '../schemas/credit-profile.js';
import { customerPageSchema, customerSchema } from '../schemas/customer.js';
import { financialsSchema } from '../schemas/financials.js';
import { creditPolicySchema } from '../schemas/policy.js';
import { agingReportSchema, receivablePageSchema, receivableSchema } from '../schemas/receivables.js';
import { receivableColumnsPageSchema } from '../schemas/receivable-columns.js';
import { warningListSchema, warningStatusSchema } from '../schemas/warning-status.js';
import { DECIMAL_PATTERN, NON_NEGATIVE_DECIMAL_PATTERN, decimalInput, moneyInput, nonNegativeDecimalInput, nonNegativeMoneyInput } from '../money-string.js';
import { DECISION_CONTRACT_SCHEMAS } from './decision-endpoints.js';
import { ENDPOINTS, type EndpointSpec, type ParameterSpec } from './endpoints.js';

/** Components of the OpenAPI document, by name. Order is the order they appear in the document. */
export const CONTRACT_SCHEMAS: readonly [string, z.ZodMiniType][] = [
  ['Customer', customerSchema],
  ['CustomerPage', customerPageSchema],
  ['Financials', financialsSchema],
  ['CreditProfile', creditProfileSchema],
  ['CreditPolicy', creditPolicySchema],
  ['CreditApplicationInput', creditApplicationInputSchema],
  ['CreditApplication', creditApplicationSchema],
  ['CreditApplicationList', creditApplicationListSchema],
  ['ApplicationTransition', applicationTransitionSchema],
  ['AttachmentUpload', attachmentUploadSchema],
  ['WarningStatus', warningStatusSchema],
  ['WarningList', warningListSchema],
  ['Receivable', receivableSchema],
  ['ReceivablePage', receivablePageSchema],
  ['ReceivableColumnsPage', receivableColumnsPageSchema],
  ['AgingReport', agingReportSchema],
  ...DECISION_CONTRACT_SCHEMAS,
  ['BlacklistEntry', blacklistEntrySchema],
  ['BlacklistList', blacklistListSchema],
  ['BlacklistReportInput', blacklistReportInputSchema],
  ['BlacklistDecisionInput', blacklistDecisionInputSchema],
  ['BlacklistRemovalInput', blacklistRemovalInputSchema],
  ['ProblemDetails', problemDetailsSchema],
];

/** Function-input amounts accept numbers too; on the wire they are always decimal strings. */
const AMOUNT_INPUTS = /* @__PURE__ */ new Set<unknown>([moneyInput, nonNegativeMoneyInput, decimalInput, nonNegativeDecimalInput]);

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of CONTRACT_SCHEMAS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    override(ctx) {
      if (!AMOUNT_INPUTS.has(ctx.zodSchema)) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      const nonNegative = ctx.zodSchema === nonNegativeMoneyInput || ctx.zodSchema === nonNegativeDecimalInput;
      Object.assign(ctx.jsonSchema, {
        type: 'string',
        pattern: nonNegative ? NON_NEGATIVE_DECIMAL_PATTERN.source : DECIMAL_PATTERN.source,
        description: 'Decimal number as a string, e.g. "1234.56".',
      });
    },
  });
  const out: Record<string, unknown> = {};
  for (const [id] of CONTRACT_SCHEMAS) {
    const { $schema: _schema, $id: _id, ...schema } = schemas[id] as Record<string, unknown>;
    out[id] = schema;
  }
  return out;
}

function refTo(schema: z.ZodMiniType | undefined): { $ref: string } | undefined {
  const entry = CONTRACT_SCHEMAS.find(([, s]) => s === schema);
  return entry ? { $ref: `#/components/schemas/${entry[0]}` } : undefined;
}

function parameter(p: ParameterSpec): Record<string, unknown> {
  const base: Record<string, unknown> =
    p.type === 'integer' ? { type: 'integer', minimum: 1 } : p.type === 'date' ? { type: 'string', format: 'date' } : { type: 'string' };
  if (p.enum) base.enum = [...p.enum];
  return {
    name: p.name,
    in: p.in,
    description: p.description,
    required: p.in === 'path' ? true : (p.required ?? false),
    schema: p.repeatable ? { type: 'array', items: base } : base,
    ...(p.repeatable ? { style: 'form', explode: true } : {}),
    ...(p.example !== undefined ? { example: p.example } : {}),
  };
}

function operation(e: EndpointSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const r of e.responses) {
    const contentType = r.schema === problemDetailsSchema ? 'application/problem+json' : 'application/json';
    const ref = refTo(r.schema);
    responses[String(r.status)] = {
      description: r.description,
      ...(r.headers ? { headers: Object.fromEntries(r.headers.map((h) => [h.name, { description: h.description, schema: { type: 'string' } }])) } : {}),
      ...(ref
        ? { content: { [contentType]: { schema: ref }, ...Object.fromEntries((r.alternatives ?? []).map((a) => [a.contentType, { schema: refTo(a.schema) }])) } }
        : {}),
    };
  }
  responses.default = { description: 'Any other error, as problem details.', content: { 'application/problem+json': { schema: refTo(problemDetailsSchema) } } };
  const body = e.requestBody;
  return {
    operationId: e.id,
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    ...(e.parameters?.length ? { parameters: e.parameters.map(parameter) } : {}),
    ...(body
      ? {
          requestBody: {
            required: true,
            description: body.description,
            content: {
              [body.contentType]: {
                schema: refTo(body.schema) ?? {
                  type: 'object',
                  properties: { file: { type: 'string', contentEncoding: 'binary' } },
                  required: ['file'],
                },
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the host REST contract, generated from the core schemas and the
 * endpoint table (`npm run contract` writes it to docs/openapi.json; a test keeps the two equal).
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) (paths[e.path] ??= {})[e.method.toLowerCase()] = operation(e);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Credit Kit host backend contract',
      version: '1.0.0',
      description:
        'The REST API a host implements for the Credit Kit widgets. Amounts are decimal strings, dates YYYY-MM-DD. ' +
        'Errors are RFC 9457 problem details. See docs/backend-contract.md.',
    },
    servers: [{ url: '/api/credit/v1', description: 'Any base URL the host chooses; this one is the mock backend\'s.' }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
