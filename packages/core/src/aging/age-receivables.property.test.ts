import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { ageReceivables, ageWithMinorUnits } from './age-receivables.js';
import { ageReceivablesWithDecimal } from './age-receivables-decimal.js';
import { ageResolvedWithBigInt } from './age-receivables-bigint.js';
import { resolveAgingOptions, type AgingOptionsInput } from './aging-options.js';
import type { AgingResult } from './aging-result.js';
import type { ReceivableInput } from './receivable-schema.js';

/** Exact reference arithmetic for the checks, independent of the code under test. */
const D = DecimalJs.clone({ precision: 1e9 });
const sum = (values: readonly string[]) => values.reduce((a, v) => a.plus(v), new D(0));

const day = (offset: number) => {
  const d = new Date(Date.UTC(2024, 5, 30) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
};
const date = fc.integer({ min: -900, max: 60 }).map(day);

/** Amounts: mostly ordinary cents, sometimes more places, sometimes huge (forcing decimal.js), sometimes numbers. */
const digitsAmount = (maxDigits: bigint, maxPlaces: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: maxDigits }), fc.integer({ min: 0, max: maxPlaces })).map(([n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  });
const amount = fc.oneof(
  { weight: 10, arbitrary: digitsAmount(10n ** 9n, 2) },
  { weight: 2, arbitrary: digitsAmount(10n ** 9n, 6) },
  // Huge: past Number.MAX_SAFE_INTEGER, within the wire bound of 24 integer digits (schemas/limits.ts).
  { weight: 1, arbitrary: digitsAmount(10n ** 24n - 1n, 10) },
  { weight: 1, arbitrary: digitsAmount(9n * 10n ** 15n, 2) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
);
/** Like `amount` but the fast path can always take it (≤ 2 places, small). */
const ordinaryAmount = fc.oneof(digitsAmount(10n ** 12n, 2), fc.integer({ min: 0, max: 1_000_000 }));

const receivable = (money: fc.Arbitrary<string | number>) =>
  fc.record(
    {
      id: fc.constantFrom('I1', 'I2', 'I3', 'I4'),
      customerId: fc.constantFrom('A', 'B', 'C', 'a', 'B2'),
      customerName: fc.constantFrom('Alpha', 'Beta'),
      documentDate: date,
      dueDate: date,
      amount: money,
      currency: fc.constantFrom('CNY', 'USD', 'EUR'),
      kind: fc.constantFrom('invoice', 'credit_note', 'payment', 'retention'),
      payments: fc.array(fc.record({ date, amount: money }), { maxLength: 3 }),
      disputed: fc.boolean(),
    },
    { requiredKeys: ['id', 'customerId', 'documentDate', 'dueDate', 'amount', 'currency'] },
  ) as fc.Arbitrary<ReceivableInput>;

const options: fc.Arbitrary<AgingOptionsInput> = fc.record(
  {
    asOf: fc.constantFrom(day(0), day(-1), day(-400)),
    basis: fc.constantFrom('due' as const, 'document' as const),
    includeItems: fc.boolean(),
    buckets: fc.constantFrom(
      [{ maxDays: 0 }, { minDays: 1, maxDays: 10 }, { minDays: 11, maxDays: 100 }],
      [{ minDays: 1, maxDays: 1 }, { minDays: 2 }],
      [],
    ),
    currencies: fc.constantFrom(['CNY'], ['JPY', 'USD']),
  },
  { requiredKeys: ['asOf'] },
);

function checkInvariants(result: AgingResult) {
  for (const [code, currency] of Object.entries(result.currencies)) {
    const buckets = currency.buckets.map((b) => b.amount);
    // Every amount has exactly `scale` places.
    for (const a of [currency.total, currency.overdue, ...buckets]) {
      expect(a.split('.')[1]?.length ?? 0, a).to.equal(result.scale);
    }
    expect(sum(buckets).eq(currency.total), `${code}: buckets sum to the total`).to.equal(true);
    expect(sum(buckets.slice(1)).eq(currency.overdue), `${code}: overdue = buckets past the first`).to.equal(true);
    expect(sum(currency.customers.map((c) => c.total)).eq(currency.total), `${code}: customers sum to the total`).to.equal(true);
    for (const [b, bucket] of currency.buckets.entries()) {
      expect(sum(currency.customers.map((c) => c.buckets[b]!)).eq(bucket.amount), `${code}: customers sum per bucket`).to.equal(true);
    }
    for (const customer of currency.customers) {
      expect(sum(customer.buckets).eq(customer.total)).to.equal(true);
    }
    if (result.items.length > 0 || currency.itemCount === 0) {
      const mine = result.items.filter((i) => i.currency === code);
      expect(sum(mine.map((i) => i.open)).eq(currency.total), `${code}: item opens sum to the total`).to.equal(true);
      expect(mine.length).to.equal(currency.itemCount);
      for (const [b, bucket] of currency.buckets.entries()) {
        expect(sum(mine.filter((i) => i.bucket === b).map((i) => i.open)).eq(bucket.amount)).to.equal(true);
      }
    }
  }
}

describe('ageReceivables properties', () => {
  it('gives the same result as the decimal.js path, on any input (property)', () => {
    fc.assert(
      fc.property(fc.array(receivable(amount), { maxLength: 25 }), options, (items, opts) => {
        expect(ageReceivables(items, opts)).to.deep.equal(ageReceivablesWithDecimal(items, opts));
      }),
      { numRuns: 700 },
    );
  });

  it('the BigInt fallback gives the same result as decimal.js, on any input (property)', () => {
    fc.assert(
      fc.property(fc.array(receivable(amount), { maxLength: 25 }), options, (items, opts) => {
        expect(ageResolvedWithBigInt(items, resolveAgingOptions(opts))).to.deep.equal(ageReceivablesWithDecimal(items, opts));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the integer path on ordinary inputs and matches decimal.js exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(receivable(ordinaryAmount), { maxLength: 40 }), options, (items, opts) => {
        const fast = ageWithMinorUnits(items, resolveAgingOptions(opts), 2);
        expect(typeof fast, 'the integer path finished').to.equal('object');
        expect(fast).to.deep.equal(ageReceivablesWithDecimal(items, opts));
      }),
      { numRuns: 700 },
    );
  });

  it('matches decimal.js when sums approach Number.MAX_SAFE_INTEGER (property)', () => {
    // Invoices of one customer in one bucket, each 1/4 to 1/2 of MAX_SAFE_INTEGER cents: two stay
    // safe, three or more cross it, and an odd cent count past 2^53 is not a double.
    const quarter = 2_251_799_813_685_248n;
    const big = fc.bigInt({ min: quarter, max: 2n * quarter }).map((n) => `${n / 100n}.${String(n % 100n).padStart(2, '0')}`);
    const invoice = fc.tuple(big, fc.nat(99)).map(([amount, n]): ReceivableInput => ({
      id: `I${n}`, customerId: 'A', documentDate: day(-10), dueDate: day(-5), amount, currency: 'CNY',
    }));
    fc.assert(
      fc.property(fc.array(invoice, { minLength: 1, maxLength: 5 }), (items) => {
        const opts = { asOf: day(0) };
        const result = ageReceivables(items, opts);
        expect(result).to.deep.equal(ageReceivablesWithDecimal(items, opts));
        expect(result.currencies.CNY!.total).to.equal(sum(items.map((i) => String(i.amount))).toFixed(2));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every total exact: buckets, customers and item opens all sum to the total (property)', () => {
    fc.assert(
      fc.property(fc.array(receivable(amount), { maxLength: 30 }), options, (items, opts) => {
        checkInvariants(ageReceivables(items, opts));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with an independent per-item model of open amounts and days (property)', () => {
    fc.assert(
      fc.property(fc.array(receivable(amount), { maxLength: 20 }), (items) => {
        const asOf = day(0);
        const result = ageReceivables(items, { asOf });
        const expected = items.flatMap((it) => {
          if (it.documentDate > asOf) return [];
          const paid = sum((it.payments ?? []).filter((p) => p.date <= asOf).map((p) => String(p.amount)));
          let open = new D(String(it.amount)).minus(paid);
          if (it.kind === 'credit_note' || it.kind === 'payment') open = open.negated();
          if (open.isZero()) return [];
          const days = (Date.parse(asOf) - Date.parse(it.dueDate)) / 86_400_000;
          return [{ id: it.id, open: open.toFixed(result.scale), daysOverdue: days }];
        });
        expect(result.items.map((i) => ({ id: i.id, open: i.open, daysOverdue: i.daysOverdue }))).to.deep.equal(expected);
      }),
      { numRuns: 500 },
    );
  });
});
