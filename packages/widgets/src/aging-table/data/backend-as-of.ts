import { todayIso } from '@credit-kit/core/lean';
import type { CreditKitClient } from '@credit-kit/client';

/**
 * The day the host's data is as of, for a table given no as-of date: the `asOf` of its aging
 * report asked without one (a report asked so is as of the host's data — the contract's default),
 * one row long. A host that serves no report leaves the browser's today, the only day left.
 */
export async function backendAsOf(client: CreditKitClient, signal: AbortSignal): Promise<string> {
  try {
    return (await client.getAgingReport({ groupBy: 'customer', limit: 1 }, { signal })).asOf;
  } catch (error) {
    if (signal.aborted) throw error;
    return todayIso();
  }
}
