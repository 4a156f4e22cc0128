import {
  agingReportSchema,
  blacklistEntrySchema,
  blacklistListSchema,
  type BlacklistEntry,
  type BlacklistList,
  attachmentUploadSchema,
  creditApplicationListSchema,
  creditApplicationSchema,
  creditPolicySchema,
  creditProfileSchema,
  customerPageSchema,
  customerSchema,
  financialsSchema,
  receivablePageSchema,
  warningListSchema,
  warningStatusSchema,
  type AgingReport,
  type AttachmentUpload,
  type CreditApplication,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type CustomerPage,
  type Financials,
  type ReceivablePage,
  type WarningList,
  type WarningStatus,
} from '@credit-kit/core';
import { DECISION_ENDPOINTS } from './decision-endpoints.js';
import type { ResponseSchema } from './response-body.js';

/**
 * When an endpoint may be retried: `read` (GETs: network errors, timeouts, 429, 500, 502, 503, 504),
 * `idempotent-write` (a POST carrying an `Idempotency-Key`: the same, plus 409 "still in flight"),
 * `none` (every other POST).
 */
export type RetryClass = 'read' | 'idempotent-write' | 'none';

/** One endpoint of the host contract. */
export interface Endpoint<T> {
  readonly method: 'GET' | 'POST';
  /** Path template relative to the base URL, e.g. `/customers/{id}`. */
  readonly path: string;
  /** Core schema of the success body. */
  readonly schema: ResponseSchema<T>;
  readonly retry: RetryClass;
  /** Served with an `ETag`; the client revalidates with `If-None-Match`. */
  readonly conditional: boolean;
  /** Member of the body that must equal the `{id}` asked for (a body about another resource is refused). */
  readonly identity?: 'id' | 'customerId';
}

function endpoint<T>(
  method: 'GET' | 'POST',
  path: string,
  schema: ResponseSchema<T>,
  extra: { retry?: RetryClass; conditional?: boolean; identity?: 'id' | 'customerId' } = {},
): Endpoint<T> {
  return {
    method,
    path,
    schema,
    retry: extra.retry ?? (method === 'GET' ? 'read' : 'none'),
    conditional: extra.conditional ?? false,
    ...(extra.identity ? { identity: extra.identity } : {}),
  };
}

/** Every endpoint of the contract, by client method. */
export const ENDPOINTS = {
  listCustomers: endpoint<CustomerPage>('GET', '/customers', customerPageSchema),
  getCustomer: endpoint<Customer>('GET', '/customers/{id}', customerSchema, { identity: 'id' }),
  getFinancials: endpoint<Financials>('GET', '/customers/{id}/financials', financialsSchema, { identity: 'customerId' }),
  getCreditProfile: endpoint<CreditProfile>('GET', '/customers/{id}/credit-profile', creditProfileSchema, { identity: 'customerId' }),
  getCreditPolicy: endpoint<CreditPolicy>('GET', '/credit-policy', creditPolicySchema),
  submitApplication: endpoint<CreditApplication>('POST', '/credit-applications', creditApplicationSchema, { retry: 'idempotent-write' }),
  getApplication: endpoint<CreditApplication>('GET', '/credit-applications/{id}', creditApplicationSchema, { identity: 'id' }),
  transitionApplication: endpoint<CreditApplication>('POST', '/credit-applications/{id}/transitions', creditApplicationSchema),
  listApplications: endpoint<{ items: CreditApplication[]; page?: number; pageSize?: number; total?: number }>('GET', '/credit-applications', creditApplicationListSchema),
  uploadAttachment: endpoint<AttachmentUpload>('POST', '/attachments', attachmentUploadSchema),
  getWarning: endpoint<WarningStatus>('GET', '/customers/{id}/warning', warningStatusSchema, { conditional: true, identity: 'customerId' }),
  listWarnings: endpoint<WarningList>('GET', '/warnings', warningListSchema, { conditional: true }),
  listReceivables: endpoint<ReceivablePage>('GET', '/receivables', receivablePageSchema),
  getAgingReport: endpoint<AgingReport>('GET', '/receivables/aging', agingReportSchema),
  listBlacklist: endpoint<BlacklistList>('GET', '/blacklist', blacklistListSchema),
  reportBlacklist: endpoint<BlacklistEntry>('POST', '/blacklist', blacklistEntrySchema),
  getBlacklistEntry: endpoint<BlacklistEntry>('GET', '/blacklist/{id}', blacklistEntrySchema),
  decideBlacklist: endpoint<BlacklistEntry>('POST', '/blacklist/{id}/decisions', blacklistEntrySchema),
  requestBlacklistRemoval: endpoint<BlacklistEntry>('POST', '/blacklist/{id}/removal-requests', blacklistEntrySchema),
  ...DECISION_ENDPOINTS,
} as const;

/** `GET /customers/{id}`: how errors name an endpoint. */
export function endpointName(endpoint: Endpoint<unknown>): string {
  return `${endpoint.method} ${endpoint.path}`;
}
