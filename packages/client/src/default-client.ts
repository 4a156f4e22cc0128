import { CreditKitError } from '@credit-kit/core/lean';
import { createClient, type CreditKitClient } from './client.js';
import type { ClientOptions } from './options.js';

let defaultClient: CreditKitClient | undefined;

/**
 * Creates the page-wide default client that widgets find on their own, replacing any earlier
 * one, and returns it. Call once per page, before the widgets load data.
 *
 * @example
 * configure({ baseUrl: '/api/credit/v1', credentials: 'include', csrf: { headerName: 'X-CSRF-Token', getToken } });
 */
export function configure(options: ClientOptions): CreditKitClient {
  defaultClient = createClient(options);
  return defaultClient;
}

/** Makes `client` the page-wide default (e.g. one created with a mock fetch); `undefined` clears it. */
export function setDefaultClient(client: CreditKitClient | undefined): void {
  defaultClient = client;
}

/** The page-wide default client; throws a `CreditKitError` explaining how to configure one if there is none. */
export function getDefaultClient(): CreditKitClient {
  if (!defaultClient) {
    throw new CreditKitError(
      'No Credit Kit client is configured: call configure({ baseUrl }) from @credit-kit/client once per page, ' +
        'or give the widget a client or its data directly.',
    );
  }
  return defaultClient;
}

/** The page-wide default client, or `undefined` when none is configured. */
export function findDefaultClient(): CreditKitClient | undefined {
  return defaultClient;
}
