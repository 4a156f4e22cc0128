import type { CreditKitClient } from '@credit-kit/client';
import { blankForm, formFromCustomer, type ApplicationForm } from './form-model.js';

const isNotFound = (error: unknown) => {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { name?: string; status?: number };
  return e.name === 'ApiError' && e.status === 404;
};

/**
 * The form prefilled from `GET /customers/{id}` and `GET /customers/{id}/financials`, fetched
 * together; a customer without financials (404) leaves them empty, any other failure rejects.
 */
export async function customerPrefill(client: CreditKitClient, customerId: string, signal: AbortSignal): Promise<ApplicationForm> {
  const [customer, financials] = await Promise.all([
    client.getCustomer(customerId, { signal }),
    client.getFinancials(customerId, { signal }).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    }),
  ]);
  return formFromCustomer(blankForm(), customer, financials);
}
