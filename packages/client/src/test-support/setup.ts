import { createClient, type CreditKitClient } from '../client.js';
import type { ClientOptions } from '../options.js';
import { createFakeFetch, recordingSleep, type FakeFetch, type FakeHandler } from './fake-fetch.js';

/** Base URL the tests use: an absolute URL with a base path, as a host would configure it. */
export const BASE = 'https://erp.example.com/api/credit/v1';

/**
 * A client on a fake fetch. Retries sleep instantly and record their delays; jitter is fixed at
 * 0.5 so delays are predictable; batching is off unless a test turns it on.
 */
export function setup(
  handler: FakeHandler,
  options: Partial<ClientOptions> = {},
): { client: CreditKitClient; fake: FakeFetch; delays: number[] } {
  const fake = createFakeFetch(handler);
  const { sleep, delays } = recordingSleep();
  const client = createClient({
    baseUrl: BASE,
    fetch: fake.fetch,
    batchWindowMs: 0,
    ...options,
    retry: options.retry === false ? false : { random: () => 0.5, sleep, ...options.retry },
  });
  return { client, fake, delays };
}

/** Resolves with what `promise` rejects with; fails if it fulfils. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise fulfilled');
}

/** Waits `ms` milliseconds for real. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
