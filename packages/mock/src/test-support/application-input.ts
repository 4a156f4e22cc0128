import type { CreditApplicationInput } from '@credit-kit/core';
import type { MockBackend } from '../backend.js';

/** A valid `POST /credit-applications` body for a seeded customer (by index). */
export function applicationInput(backend: MockBackend, index = 0, amount = '5000000.00'): CreditApplicationInput {
  const seed = backend.dataset.customers[index]!;
  return {
    applicant: { ...seed.customer, paidInCapital: seed.customer.paidInCapital ?? '0.00' },
    financials: { ...backend.dataset.financials[index]! },
    impression: { notes: 'Pays on time; expanding into East China.', score: 80 },
    guarantees: [{ kind: 'guarantor', owner: '华东精密机械有限公司', appraisedValue: '10000000.00' }],
    request: { amount, currency: seed.currency, termDays: 60, purpose: '年度框架采购赊销额度', settlementMethod: 'open_credit' },
    attachments: [{ fileName: 'licence.pdf', mimeType: 'application/pdf', size: 123456 }],
  };
}

/** POSTs an application with an idempotency key. */
export function submit(backend: MockBackend, body: unknown, key: string | null = crypto.randomUUID()): Promise<Response> {
  return backend.fetch('/api/credit/v1/credit-applications', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }) },
    body: JSON.stringify(body),
  });
}
