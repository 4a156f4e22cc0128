import { formatIsoDay, parseIsoDay } from '../packages/core/src/day-numbers.js';
import type { ReceivableInput } from '../packages/core/src/aging/receivable-schema.js';
import { SeededRandom } from '../packages/mock/src/random.js';

/** How to generate a receivables ledger. */
export interface GenerateReceivablesOptions {
  /** Number of open items (default 1,000,000). */
  count?: number;
  /** Number of customers (default 3,000). */
  customers?: number;
  /** PRNG seed: the same seed gives the same items everywhere (default 20240630). */
  seed?: number;
  /** The as-of date the ledger is shaped around (default `2024-06-30`). */
  asOf?: string;
}

/** A seeded PRNG returning [0, 1): the mock backend's mulberry32, so the data is reproducible. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}

function centsToText(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = cents - whole * 100;
  return `${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}

const REGIONS = ['East', 'North', 'South', 'West', 'Central', 'Overseas'];
const TERMS = [0, 30, 30, 45, 60, 60, 90, 120];

/**
 * A deterministic, realistic receivables ledger as a host would serve it (wire form: amounts as
 * decimal strings). About 3 % of customers trade in USD, 5 % in both CNY and USD, the rest in CNY.
 * Kinds: ~88 % invoices, 5 % credit notes, 3 % payments on account, 4 % retention. Document dates
 * spread over ~3 years before the as-of date, ~1 % after it. ~10 % of items are fully paid, ~30 %
 * partly paid in 1–3 instalments, ~3 % carry a payment dated after the as-of date, ~0.5 % are
 * over-paid; ~1 % are disputed.
 */
export function generateReceivables(options: GenerateReceivablesOptions = {}): ReceivableInput[] {
  const { count = 1_000_000, customers = 3_000, seed = 20240630, asOf = '2024-06-30' } = options;
  const random = seededRandom(seed);
  const int = (below: number) => Math.floor(random() * below);
  const asOfDay = parseIsoDay(asOf);

  const customerTable = Array.from({ length: customers }, (_, i) => {
    const roll = random();
    const number = String(i + 1).padStart(5, '0');
    return {
      id: `C${number}`,
      name: `Customer ${number} Co., Ltd.`,
      currencies: roll < 0.05 ? ['CNY', 'USD'] : roll < 0.08 ? ['USD'] : ['CNY'],
      salesperson: `S${String(int(120) + 1).padStart(3, '0')}`,
      region: REGIONS[int(REGIONS.length)]!,
      // Some customers are big: skew item counts towards them.
      weight: random() ** 3,
    };
  });
  // Cumulative weights for picking a customer per item.
  const cumulative: number[] = [];
  let totalWeight = 0;
  for (const c of customerTable) cumulative.push((totalWeight += c.weight + 0.02));
  const pickCustomer = () => {
    const target = random() * totalWeight;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return customerTable[lo]!;
  };

  const items: ReceivableInput[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const customer = pickCustomer();
    const currency = customer.currencies[int(customer.currencies.length)]!;
    const kindRoll = random();
    const kind = kindRoll < 0.88 ? 'invoice' : kindRoll < 0.93 ? 'credit_note' : kindRoll < 0.96 ? 'payment' : 'retention';
    // Newer documents are more common: most of the open book is recent.
    const age = random() < 0.01 ? -1 - int(20) : Math.floor(random() ** 2 * 1100);
    const documentDay = asOfDay - age;
    const terms = kind === 'retention' ? 365 : kind === 'invoice' ? TERMS[int(TERMS.length)]! : 0;
    const dueDay = documentDay + terms;
    const scale = kind === 'invoice' || kind === 'retention' ? 1 : 0.2;
    const cents = Math.max(1, Math.round(Math.exp(Math.log(1_000) + random() * Math.log(50_000)) * scale));

    const item: ReceivableInput = {
      id: `D${String(i + 1).padStart(8, '0')}`,
      customerId: customer.id,
      customerName: customer.name,
      documentDate: formatIsoDay(documentDay),
      dueDate: formatIsoDay(dueDay),
      amount: centsToText(cents),
      currency,
      kind,
      salesperson: customer.salesperson,
      region: customer.region,
    };
    const paymentRoll = random();
    const lastPaidDay = Math.min(asOfDay, documentDay + 1 + int(200));
    if (paymentRoll < 0.1) {
      item.payments = [{ date: formatIsoDay(Math.max(documentDay, lastPaidDay)), amount: centsToText(cents) }];
    } else if (paymentRoll < 0.4) {
      const instalments = 1 + int(3);
      let left = cents;
      item.payments = [];
      for (let k = 0; k < instalments && left > 1; k++) {
        const part = 1 + int(Math.floor(left / 2));
        left -= part;
        item.payments.push({ date: formatIsoDay(documentDay + int(Math.max(1, lastPaidDay - documentDay + 1))), amount: centsToText(part) });
      }
    } else if (paymentRoll < 0.43) {
      item.payments = [{ date: formatIsoDay(asOfDay + 1 + int(30)), amount: centsToText(Math.ceil(cents / 2)) }];
    } else if (paymentRoll < 0.435) {
      item.payments = [{ date: formatIsoDay(Math.max(documentDay, lastPaidDay)), amount: centsToText(cents + 1 + int(10_000)) }];
    }
    if (random() < 0.01) item.disputed = true;
    items[i] = item;
  }
  return items;
}
