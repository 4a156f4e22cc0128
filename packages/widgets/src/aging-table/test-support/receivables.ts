import type { ReceivableInput } from '@credit-kit/core';
import { SeededRandom } from '@credit-kit/mock';

/** A seeded PRNG returning [0, 1): the mock backend's mulberry32, so the data is reproducible. */
export function seeded(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}

/** `YYYY-MM-DD` of `offset` days from 2024-06-30 (UTC arithmetic, an independent date method). */
export function dayFrom(asOf: string, offset: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

const REGIONS = ['East', 'North', 'South', 'West'];

/**
 * A deterministic ledger for tests: `count` items over `customers` customers, due from 400 days
 * before `asOf` to 60 after, some credit notes, payments, disputes, a few USD customers.
 */
export function makeReceivables(count: number, customers: number, asOf = '2024-06-30', seed = 7): ReceivableInput[] {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const items: ReceivableInput[] = [];
  for (let i = 0; i < count; i++) {
    const c = i % customers;
    const id = `C${String(c + 1).padStart(6, '0')}`;
    const due = int(460) - 400;
    const cents = 100 + int(10_000_000);
    const kindRoll = random();
    const item: ReceivableInput = {
      id: `R${i + 1}`,
      customerId: id,
      customerName: c % 3 === 0 ? `华东精密 ${c + 1} 有限公司` : `Customer ${c + 1} Ltd.`,
      documentNumber: `INV-${i + 1}`,
      documentDate: dayFrom(asOf, Math.min(0, due - 30)),
      dueDate: dayFrom(asOf, due),
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      currency: c % 10 === 9 ? 'USD' : 'CNY',
      kind: kindRoll < 0.05 ? 'credit_note' : kindRoll < 0.08 ? 'payment' : 'invoice',
      salesperson: `S${(c % 7) + 1}`,
      region: REGIONS[c % REGIONS.length]!,
    };
    if (random() < 0.2) item.payments = [{ date: dayFrom(asOf, -int(30)), amount: '10.00' }];
    if (random() < 0.03) item.disputed = true;
    items.push(item);
  }
  return items;
}
