import type { ReceivableStore } from '../data/receivables.js';

/**
 * `partition=K/N` of `GET /receivables`: the customers, in store order, split into N runs of
 * about equal item counts. A customer belongs to part `floor(N × firstItem / count)`, so every
 * customer is wholly in one part, the parts are disjoint and together hold every item, and they
 * are the same for the same data and N. (A host database would split by customer-id ranges or a
 * hash; any split with those properties meets the contract.) Returns the part's items `[from, to)`.
 */
export function partitionRange(store: ReceivableStore, index: number, count: number): [number, number] {
  const customers = store.customers.length;
  const partOf = (customer: number) => Math.floor((count * store.customerStart[customer]!) / Math.max(1, store.count));
  // Parts grow with the customer index, so each part is one run of customers: find its ends.
  let first = 0;
  while (first < customers && partOf(first) < index) first++;
  let last = first;
  while (last < customers && partOf(last) === index) last++;
  return [store.customerStart[first]!, store.customerStart[last]!];
}
