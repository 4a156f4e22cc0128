import type { ReceivableInput } from '@credit-kit/core/lean';
import type { CreditKitClient } from '@credit-kit/client';
import type { ItemRow } from './aging-model.js';
import type { ExpandedRow } from './row-details.js';
import type { TableData } from './table-data.js';
import { AgingEngine } from './aging-engine.js';

/** Server and report modes: the customer's open items from `GET /receivables`, aged here like the rows. */
export async function fetchCustomerItems(client: CreditKitClient, entry: ExpandedRow, data: TableData): Promise<ItemRow[]> {
  const items: ReceivableInput[] = [];
  for await (const page of client.iterateReceivables({ customerId: entry.customerId, asOf: data.asOf, limit: 1000 })) {
    for (const item of page.items) if (item.currency === entry.currency) items.push(item);
  }
  const engine = new AgingEngine();
  engine.append(items);
  await engine.age({ asOf: data.asOf, buckets: data.buckets.map((b) => ({ ...b })) });
  return engine.itemsOf(entry.customerId, entry.currency);
}
