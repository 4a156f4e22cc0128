import { formatIsoDay, parseIsoDay, type Receivable, type ReceivableKind } from '@credit-kit/core';
import { centsToString } from '../money.js';
import type { SeededRandom } from '../random.js';
import { CURRENCIES, type RiskTier, type SeedCustomer } from './model.js';

/** Kinds in the order of their codes in `ReceivableStore.kind`. */
export const KIND_CODES: readonly ReceivableKind[] = ['invoice', 'credit_note', 'payment', 'retention'];
const INVOICE = 0, CREDIT_NOTE = 1, PAYMENT = 2, RETENTION = 3;
const DOCUMENT_PREFIX = ['INV', 'CN', 'PAY', 'RET'];

/** Days-overdue ranges an invoice is placed in; the first is "not yet due" (its range is set by the term). */
const OVERDUE_RANGES: readonly [number, number][] = [[0, 0], [1, 30], [31, 60], [61, 90], [91, 180], [181, 365], [366, 900]];
/** How likely an invoice of each risk tier is to fall in each range of `OVERDUE_RANGES`. */
const RANGE_WEIGHTS: Record<RiskTier, readonly number[]> = {
  0: [75, 18, 5, 2, 0, 0, 0],
  1: [55, 22, 12, 7, 4, 0, 0],
  2: [30, 22, 15, 12, 11, 6, 4],
  3: [15, 12, 10, 10, 18, 17, 18],
};
const PARTIAL_PAYMENT_CHANCE: Record<RiskTier, number> = { 0: 0.15, 1: 0.22, 2: 0.28, 3: 0.3 };
const DISPUTE_CHANCE: Record<RiskTier, number> = { 0: 0.01, 1: 0.03, 2: 0.05, 3: 0.09 };
const USD_PER_CNY = 1 / 7.2;

/** The columns of a `ReceivableStore`: one entry per item (per payment for the `payment…` ones). */
export interface ReceivableColumns {
  /** Items of customer `c` are `[customerStart[c], customerStart[c + 1])`. */
  readonly customerStart: Int32Array;
  /** Index of the item's customer. */
  readonly customer: Uint32Array;
  readonly documentDay: Int32Array;
  readonly dueDay: Int32Array;
  /** Positive size of the document, in cents; credit notes and payments count negative. */
  readonly cents: Float64Array;
  /** Index into `KIND_CODES`. */
  readonly kind: Uint8Array;
  /** Index into `CURRENCIES`. */
  readonly currency: Uint8Array;
  /** 1 when disputed. */
  readonly disputed: Uint8Array;
  /** Payments of item `i` are `[paymentStart[i], paymentStart[i + 1])` of `paymentDay`/`paymentCents`. */
  readonly paymentStart: Int32Array;
  readonly paymentDay: Int32Array;
  readonly paymentCents: Float64Array;
}

/**
 * The open items of every customer, held column-wise in typed arrays (about 30 bytes an item) so
 * a million of them take a few dozen megabytes and a fraction of a second to generate; items are
 * turned into wire objects only when a page is served. Items of one customer are contiguous.
 * Days are day numbers (`parseIsoDay`), amounts cents.
 */
export class ReceivableStore implements ReceivableColumns {
  readonly count: number;
  readonly customers: readonly SeedCustomer[];
  readonly customerStart: Int32Array;
  readonly customer: Uint32Array;
  readonly documentDay: Int32Array;
  readonly dueDay: Int32Array;
  readonly cents: Float64Array;
  readonly kind: Uint8Array;
  readonly currency: Uint8Array;
  readonly disputed: Uint8Array;
  readonly paymentStart: Int32Array;
  readonly paymentDay: Int32Array;
  readonly paymentCents: Float64Array;

  constructor(customers: readonly SeedCustomer[], count: number, columns: ReceivableColumns) {
    this.count = count;
    this.customers = customers;
    this.customerStart = columns.customerStart;
    this.customer = columns.customer;
    this.documentDay = columns.documentDay;
    this.dueDay = columns.dueDay;
    this.cents = columns.cents;
    this.kind = columns.kind;
    this.currency = columns.currency;
    this.disputed = columns.disputed;
    this.paymentStart = columns.paymentStart;
    this.paymentDay = columns.paymentDay;
    this.paymentCents = columns.paymentCents;
  }

  /** -1 for credit notes and payments on account, 1 otherwise. */
  sign(i: number): number {
    const kind = this.kind[i]!;
    return kind === CREDIT_NOTE || kind === PAYMENT ? -1 : 1;
  }

  /** Open amount of item `i` on a day, in signed cents: only payments dated on or before it count. */
  openCents(i: number, asOfDay: number): number {
    let open = this.cents[i]!;
    for (let p = this.paymentStart[i]!; p < this.paymentStart[i + 1]!; p++) {
      if (this.paymentDay[p]! <= asOfDay) open -= this.paymentCents[p]!;
    }
    return this.sign(i) * open;
  }

  /** Item `i` as the contract serves it. */
  toWire(i: number): Receivable {
    const seed = this.customers[this.customer[i]!]!;
    const kind = this.kind[i]!;
    const documentDate = formatIsoDay(this.documentDay[i]!);
    const item: Receivable = {
      id: itemId(i),
      customerId: seed.customer.id,
      customerName: seed.customer.name,
      documentNumber: documentNumber(kind, documentDate, i),
      documentDate,
      dueDate: formatIsoDay(this.dueDay[i]!),
      amount: centsToString(this.cents[i]!),
      currency: CURRENCIES[this.currency[i]!]!,
      kind: KIND_CODES[kind]!,
    };
    const start = this.paymentStart[i]!, end = this.paymentStart[i + 1]!;
    if (end > start) {
      item.payments = [];
      for (let p = start; p < end; p++) {
        item.payments.push({ date: formatIsoDay(this.paymentDay[p]!), amount: centsToString(this.paymentCents[p]!) });
      }
    }
    if (this.disputed[i]) item.disputed = true;
    if (seed.customer.salesperson !== undefined) item.salesperson = seed.customer.salesperson;
    if (seed.customer.region !== undefined) item.region = seed.customer.region;
    return item;
  }
}

/** The wire `id` of item `i`. */
export function itemId(i: number): string {
  return `R${String(i + 1).padStart(7, '0')}`;
}

/** The wire `documentNumber` of item `i` of kind code `kind`, dated `documentDate`. */
export function documentNumber(kind: number, documentDate: string, i: number): string {
  return `${DOCUMENT_PREFIX[kind]}-${documentDate.slice(0, 4)}-${String(i + 1).padStart(7, '0')}`;
}

/**
 * Generates `total` open items spread over the customers by the size of their business: invoices
 * (some partly paid, a few disputed), credit notes, payments on account and, for project customers,
 * retention money (质保金) due a year or two after the document. Invoices fall in every aging range
 * relative to `asOf`, older ones more often for riskier customers; every document and payment is
 * dated on or before `asOf`, and every item is still open on it.
 */
export function generateReceivables(random: SeededRandom, customers: readonly SeedCustomer[], total: number, asOf: string): ReceivableStore {
  const asOfDay = parseIsoDay(asOf);
  const counts = allocate(total, customers.map((c) => c.size));
  const customerStart = new Int32Array(customers.length + 1);
  const customer = new Uint32Array(total);
  const documentDay = new Int32Array(total);
  const dueDay = new Int32Array(total);
  const cents = new Float64Array(total);
  const kind = new Uint8Array(total);
  const currency = new Uint8Array(total);
  const disputed = new Uint8Array(total);
  const paymentStart = new Int32Array(total + 1);
  const paymentDays: number[] = [];
  const paymentAmounts: number[] = [];

  let i = 0;
  customers.forEach((seed, c) => {
    customerStart[c] = i;
    // Nothing is dated before the customer existed (it matters for the one established this year).
    const foundedDay = parseIsoDay(seed.customer.establishedOn);
    const kindWeights = seed.customer.type === 'project' ? [80, 5, 4, 11] : [90, 6, 4, 0];
    const primary = CURRENCIES.indexOf(seed.currency);
    for (let n = 0; n < counts[c]!; n++, i++) {
      customer[i] = c;
      paymentStart[i] = paymentDays.length;
      const k = random.weightedIndex(kindWeights);
      kind[i] = k;
      const foreign = seed.foreignShare > 0 && random.chance(seed.foreignShare);
      currency[i] = foreign ? 1 - primary : primary;
      const scale = seed.size * (CURRENCIES[currency[i]!] === 'USD' ? USD_PER_CNY : 1);

      if (k === INVOICE) {
        const range = OVERDUE_RANGES[random.weightedIndex(RANGE_WEIGHTS[seed.tier])]!;
        const term = seed.termDays;
        const latest = asOfDay - foundedDay - term;
        const drawn = range[1] === 0 ? -random.int(0, term) : random.int(range[0], range[1]);
        const daysOverdue = Math.min(drawn, Math.max(latest, -term));
        dueDay[i] = asOfDay - daysOverdue;
        documentDay[i] = dueDay[i]! - term;
        cents[i] = Math.round(random.logUniform(3_000, 600_000) * scale * 100);
        if (random.chance(PARTIAL_PAYMENT_CHANCE[seed.tier])) {
          addPayments(random, documentDay[i]!, Math.min(asOfDay, dueDay[i]! + 90), cents[i]!, paymentDays, paymentAmounts);
        }
        disputed[i] = random.chance(DISPUTE_CHANCE[seed.tier]) ? 1 : 0;
      } else if (k === RETENTION) {
        // Retention is released after a one- or two-year quality period; sound customers release it on time.
        const period = random.chance(0.5) ? 365 : 730;
        documentDay[i] = Math.max(foundedDay, asOfDay - random.int(30, seed.tier <= 1 ? period + 20 : 900));
        dueDay[i] = documentDay[i]! + period;
        cents[i] = Math.round(random.logUniform(200_000, 5_000_000) * 0.05 * scale * 100);
      } else {
        // Credit notes and payments on account are due at once: they offset the oldest items.
        documentDay[i] = Math.max(foundedDay, asOfDay - random.int(0, k === CREDIT_NOTE ? 200 : 120));
        dueDay[i] = documentDay[i]!;
        cents[i] = Math.round((k === CREDIT_NOTE ? random.logUniform(500, 50_000) : random.logUniform(5_000, 200_000)) * scale * 100);
      }
      if (cents[i]! < 100) cents[i] = 100;
    }
  });
  customerStart[customers.length] = i;
  paymentStart[total] = paymentDays.length;

  return new ReceivableStore(customers, total, {
    customerStart,
    customer,
    documentDay,
    dueDay,
    cents,
    kind,
    currency,
    disputed,
    paymentStart,
    paymentDay: Int32Array.from(paymentDays),
    paymentCents: Float64Array.from(paymentAmounts),
  });
}

/** One or two partial payments dated between the document day (exclusive) and `lastDay`, paying 10–80 %. */
function addPayments(random: SeededRandom, documentDay: number, lastDay: number, amount: number, days: number[], amounts: number[]): void {
  if (lastDay <= documentDay) return;
  const paid = Math.floor(amount * (0.1 + random.next() * 0.7));
  if (paid < 1) return;
  const first = random.chance(0.6) ? paid : Math.floor(paid * (0.3 + random.next() * 0.4));
  const firstDay = random.int(documentDay + 1, lastDay);
  days.push(firstDay);
  amounts.push(first);
  if (first < paid) {
    days.push(random.int(firstDay, lastDay));
    amounts.push(paid - first);
  }
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder): the parts sum to `total`. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) parts[byRemainder[k]![1]]!++;
  return parts;
}
