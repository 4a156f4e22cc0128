import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';
import { ageReceivables } from './age-receivables.js';
import { ageReceivablesWithDecimal } from './age-receivables-decimal.js';
import type { AgingResult } from './aging-result.js';
import type { ReceivableInput } from './receivable-schema.js';

/** Calendar days between two dates, by an independent method (UTC milliseconds). */
function utcDays(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

let counter = 0;
function item(fields: Partial<ReceivableInput> = {}): ReceivableInput {
  counter++;
  return {
    id: `I${counter}`,
    customerId: 'C1',
    documentDate: '2024-01-01',
    dueDate: '2024-01-31',
    amount: '100.00',
    currency: 'CNY',
    ...fields,
  };
}

/** Runs both paths, checks they agree, returns the public one's result. */
function age(items: ReceivableInput[], options: Parameters<typeof ageReceivables>[1]): AgingResult {
  const result = ageReceivables(items, options);
  expect(ageReceivablesWithDecimal(items, options), 'decimal.js path').to.deep.equal(result);
  return result;
}

function caught(run: () => unknown): CreditKitValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof CreditKitValidationError) return error;
    throw error;
  }
  throw new Error('expected a CreditKitValidationError');
}

describe('ageReceivables', () => {
  it('puts each boundary day in its bucket (0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366)', () => {
    const asOf = '2024-12-31';
    // Due dates counted back by hand from 31 Dec 2024 (2024 is a leap year: 1 Jan is 365 days back).
    const cases: [string, number, number][] = [
      ['2024-12-31', 0, 0],
      ['2024-12-30', 1, 1],
      ['2024-12-01', 30, 1],
      ['2024-11-30', 31, 2],
      ['2024-11-01', 60, 2],
      ['2024-10-31', 61, 3],
      ['2024-10-02', 90, 3],
      ['2024-10-01', 91, 4],
      ['2024-07-04', 180, 4],
      ['2024-07-03', 181, 5],
      ['2024-01-01', 365, 5],
      ['2023-12-31', 366, 6],
    ];
    const items = cases.map(([dueDate], i) => item({ documentDate: '2023-01-01', dueDate, amount: `${i + 1}` }));
    const result = age(items, { asOf });
    cases.forEach(([dueDate, days, bucket], i) => {
      expect(utcDays(dueDate, asOf), `check of the hand count for ${dueDate}`).to.equal(days);
      expect(result.items[i]).to.include({ daysOverdue: days, bucket, open: `${i + 1}.00` });
    });
    // Amounts 1…12: bucket 0 ← 1; 1 ← 2+3; 2 ← 4+5; 3 ← 6+7; 4 ← 8+9; 5 ← 10+11; 6 ← 12.
    expect(result.currencies.CNY!.buckets.map((b) => b.amount)).to.deep.equal([
      '1.00', '5.00', '9.00', '13.00', '17.00', '21.00', '12.00',
    ]);
    expect(result.currencies.CNY!.total).to.equal('78.00'); // 1 + … + 12
    expect(result.currencies.CNY!.overdue).to.equal('77.00');
  });

  it('counts calendar days across leap days and year ends', () => {
    const result = age(
      [
        item({ dueDate: '2024-02-28' }), // → 1 Mar 2024: 29 Feb exists, 2 days
        item({ dueDate: '2023-02-28' }), // → 1 Mar 2024: 365 + 2 = 367 days
        item({ dueDate: '2023-12-31' }), // → 1 Mar 2024: 1 + 31 + 29 = 61 days
        item({ dueDate: '2024-02-29' }), // → 1 Mar 2024: 1 day
      ].map((i) => ({ ...i, documentDate: '2023-01-01' })),
      { asOf: '2024-03-01' },
    );
    expect(result.items.map((i) => i.daysOverdue)).to.deep.equal([2, 367, 61, 1]);
    expect(result.items.map((i) => i.daysOverdue)).to.deep.equal(
      ['2024-02-28', '2023-02-28', '2023-12-31', '2024-02-29'].map((d) => utcDays(d, '2024-03-01')),
    );
    const nonLeap = age([item({ documentDate: '2023-01-01', dueDate: '2023-02-28' })], { asOf: '2023-03-01' });
    expect(nonLeap.items[0]!.daysOverdue).to.equal(1);
  });

  it('counts only payments dated on or before the as-of date, and partial payments', () => {
    const result = age(
      [
        item({
          amount: '1000.00',
          payments: [
            { date: '2024-02-10', amount: '250.50' },
            { date: '2024-03-01', amount: '100.25' }, // on the as-of date: counts
            { date: '2024-03-02', amount: '500.00' }, // after: ignored
          ],
        }),
      ],
      { asOf: '2024-03-01' },
    );
    expect(result.items[0]!.open).to.equal('649.25'); // 1000 − 250.50 − 100.25
    expect(result.currencies.CNY!.total).to.equal('649.25');
  });

  it('keeps an over-paid item as a negative open item, and drops settled ones', () => {
    const result = age(
      [
        item({ id: 'over', amount: '100', payments: [{ date: '2024-02-01', amount: '150' }] }),
        item({ id: 'settled', amount: '100', payments: [{ date: '2024-02-01', amount: '60' }, { date: '2024-02-02', amount: '40' }] }),
        item({ id: 'refunded', kind: 'credit_note', amount: '50', payments: [{ date: '2024-02-01', amount: '50' }] }),
        item({ id: 'other', customerId: 'C2', amount: '10', payments: [{ date: '2024-02-01', amount: '10' }] }),
      ],
      { asOf: '2024-03-01' },
    );
    expect(result.items.map((i) => [i.id, i.open])).to.deep.equal([['over', '-50.00']]);
    expect(result.currencies.CNY!.total).to.equal('-50.00');
    expect(result.currencies.CNY!.customers.map((c) => c.customerId)).to.deep.equal(['C1']); // C2 has nothing open
  });

  it('counts credit notes and payments on account negative, retention positive', () => {
    const result = age(
      [
        item({ amount: '500' }),
        item({ kind: 'credit_note', amount: '30' }),
        item({ kind: 'payment', amount: '20' }),
        item({ kind: 'retention', amount: '40' }),
        item({ kind: 'invoice', amount: '1' }),
      ],
      { asOf: '2024-03-01' },
    );
    expect(result.items.map((i) => i.open)).to.deep.equal(['500.00', '-30.00', '-20.00', '40.00', '1.00']);
    expect(result.currencies.CNY!.total).to.equal('491.00'); // 500 − 30 − 20 + 40 + 1
  });

  it('never adds currencies together; a customer gets a row per currency', () => {
    const result = age(
      [
        item({ amount: '100', currency: 'CNY' }),
        item({ amount: '50', currency: 'USD' }),
        item({ amount: '7', currency: 'USD', customerId: 'C2' }),
      ],
      { asOf: '2024-03-01' },
    );
    expect(Object.keys(result.currencies)).to.deep.equal(['CNY', 'USD']);
    expect(result.currencies.CNY!.total).to.equal('100.00');
    expect(result.currencies.USD!.total).to.equal('57.00');
    expect(result.currencies.CNY!.customers.map((c) => [c.customerId, c.total])).to.deep.equal([['C1', '100.00']]);
    expect(result.currencies.USD!.customers.map((c) => [c.customerId, c.total])).to.deep.equal([
      ['C1', '50.00'],
      ['C2', '7.00'],
    ]);
  });

  it('leaves out items dated after the as-of date, keeps those dated on it', () => {
    const result = age(
      [item({ id: 'on', documentDate: '2024-03-01', dueDate: '2024-03-31' }), item({ id: 'after', documentDate: '2024-03-02' })],
      { asOf: '2024-03-01' },
    );
    expect(result.items.map((i) => i.id)).to.deep.equal(['on']);
    expect(result.items[0]!.daysOverdue).to.equal(-30);
    expect(result.currencies.CNY!.total).to.equal('100.00');
    expect(result.currencies.CNY!.overdue).to.equal('0.00');
  });

  it("ages from the document date with basis: 'document'", () => {
    const items = [item({ documentDate: '2024-01-01', dueDate: '2024-03-01' })];
    // As of 15 Feb: 45 days after the document (31 + 14), 15 days before the due date.
    expect(age(items, { asOf: '2024-02-15' }).items[0]).to.include({ daysOverdue: -15, bucket: 0 });
    const byDocument = age(items, { asOf: '2024-02-15', basis: 'document' });
    expect(byDocument.items[0]).to.include({ daysOverdue: 45, bucket: 2 });
    expect(byDocument.basis).to.equal('document');
    expect(byDocument.currencies.CNY!.customers[0]!.oldestDueDate).to.equal('2024-03-01');
  });

  it('fills customer rows: total, overdue, buckets, oldest due date, max days overdue, name', () => {
    const result = age(
      [
        item({ customerId: 'B', customerName: 'Beta', dueDate: '2024-02-20', amount: '10' }), // 10 days
        item({ customerId: 'A', dueDate: '2024-03-10', amount: '5' }), // not due
        item({ customerId: 'B', dueDate: '2023-12-01', amount: '20' }), // 91 days (30 + 31 + 29 + 1)
        item({ customerId: 'B', customerName: 'Other', dueDate: '2024-04-01', kind: 'credit_note', amount: '3' }),
        item({ customerId: 'A', customerName: 'Alpha', dueDate: '2024-03-05', amount: '1' }),
      ],
      { asOf: '2024-03-01' },
    );
    expect(result.currencies.CNY!.customers).to.deep.equal([
      {
        customerId: 'A',
        customerName: 'Alpha',
        total: '6.00',
        overdue: '0.00',
        buckets: ['6.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
        oldestDueDate: '2024-03-05',
        maxDaysOverdue: 0,
        itemCount: 2,
      },
      {
        customerId: 'B',
        customerName: 'Beta',
        total: '27.00',
        overdue: '30.00',
        buckets: ['-3.00', '10.00', '0.00', '0.00', '20.00', '0.00', '0.00'],
        oldestDueDate: '2023-12-01',
        maxDaysOverdue: 91,
        itemCount: 3,
      },
    ]);
  });

  it('uses custom buckets, completing them so nothing falls outside', () => {
    const result = age(
      [item({ dueDate: '2024-02-20', amount: '1' }), item({ dueDate: '2024-02-10', amount: '2' }), item({ dueDate: '2023-01-01', amount: '4' })],
      { asOf: '2024-03-01', buckets: [{ minDays: 1, maxDays: 15, label: 'Fresh' }, { minDays: 16, maxDays: 30 }] },
    );
    // 10 days → Fresh; 20 days → 16–30; 425 days → Over 30.
    expect(result.currencies.CNY!.buckets).to.deep.equal([
      { label: 'Not due', maxDays: 0, amount: '0.00' },
      { label: 'Fresh', minDays: 1, maxDays: 15, amount: '1.00' },
      { label: '16–30', minDays: 16, maxDays: 30, amount: '2.00' },
      { label: 'Over 30', minDays: 31, amount: '4.00' },
    ]);
  });

  it('rejects overlapping or gapped custom buckets with a validation error', () => {
    const overlap = caught(() =>
      ageReceivables([item()], { asOf: '2024-03-01', buckets: [{ minDays: 1, maxDays: 30 }, { minDays: 30 }] }),
    );
    expect(overlap.issues.map((i) => i.path)).to.deep.equal(['options.buckets[1].minDays']);
    expect(overlap.issues[0]!.message).to.contain('overlaps');
    const gap = caught(() =>
      ageReceivables([item()], { asOf: '2024-03-01', buckets: [{ minDays: 1, maxDays: 30 }, { minDays: 32 }] }),
    );
    expect(gap.issues.map((i) => i.path)).to.deep.equal(['options.buckets[1].minDays']);
    expect(gap.issues[0]!.message).to.contain('gap');
  });

  it('validates the options', () => {
    expect(caught(() => ageReceivables([], { asOf: '2024-13-01' })).issues.map((i) => i.path)).to.deep.equal(['options.asOf']);
    expect(caught(() => ageReceivables([], { asOf: '2024-01-01', basis: 'issue' as never })).issues[0]!.path).to.equal(
      'options.basis',
    );
    expect(caught(() => ageReceivables([], undefined as never)).issues[0]).to.include({ path: 'options', code: 'required' });
  });

  it('returns no currencies for empty input, and zero totals for currencies asked for', () => {
    const empty = age([], { asOf: '2024-03-01' });
    expect(empty).to.deep.include({ asOf: '2024-03-01', scale: 2, currencies: {}, items: [] });
    const zero = age([], { asOf: '2024-03-01', currencies: ['CNY'] });
    expect(zero.currencies.CNY).to.deep.include({ currency: 'CNY', total: '0.00', overdue: '0.00', customers: [], itemCount: 0 });
    expect(zero.currencies.CNY!.buckets.map((b) => b.amount)).to.deep.equal(Array(7).fill('0.00'));
  });

  it('accepts numbers as amounts', () => {
    const result = age([item({ amount: 1234.5, payments: [{ date: '2024-02-01', amount: 234.5 }] }), item({ amount: 0.1 })], {
      asOf: '2024-03-01',
    });
    expect(result.items.map((i) => i.open)).to.deep.equal(['1000.00', '0.10']);
    expect(result.currencies.CNY!.total).to.equal('1000.10');
  });

  it('widens the scale to the most decimal places in the input', () => {
    const result = age([item({ amount: '10.125' }), item({ amount: '5' })], { asOf: '2024-03-01' });
    expect(result.scale).to.equal(3);
    expect(result.items.map((i) => i.open)).to.deep.equal(['10.125', '5.000']);
    expect(result.currencies.CNY!.total).to.equal('15.125');
  });

  it('stays exact when a sum passes Number.MAX_SAFE_INTEGER minor units', () => {
    // 90071992547409.91 is MAX_SAFE_INTEGER cents; + 0.02 = 90071992547409.93, whose cents no double holds.
    const result = age([item({ amount: '90071992547409.91' }), item({ amount: '0.02' })], { asOf: '2024-03-01' });
    expect(result.currencies.CNY!.total).to.equal('90071992547409.93');
    expect(result.currencies.CNY!.customers[0]!.buckets[1]).to.equal('90071992547409.93'); // 30 days overdue
  });

  it('stays exact past the safe integers (decimal.js fallback)', () => {
    const result = age(
      [item({ amount: '99999999999999999999.99' }), item({ amount: '0.01' }), item({ amount: '0.00000001' })],
      { asOf: '2024-03-01' },
    );
    expect(result.scale).to.equal(8);
    expect(result.currencies.CNY!.total).to.equal('100000000000000000000.00000001');
  });

  it('passes the disputed flag through and ages disputed items normally', () => {
    const result = age([item({ disputed: true, amount: '5' }), item({ disputed: false }), item()], { asOf: '2024-03-01' });
    expect(result.items.map((i) => i.disputed)).to.deep.equal([true, false, undefined]);
    expect('disputed' in result.items[2]!).to.equal(false);
    expect(result.currencies.CNY!.total).to.equal('205.00');
  });

  it('skips the per-item results with includeItems: false', () => {
    const items = [item(), item({ amount: '3' })];
    const totalsOnly = age(items, { asOf: '2024-03-01', includeItems: false });
    expect(totalsOnly.items).to.deep.equal([]);
    expect(totalsOnly.currencies).to.deep.equal(ageReceivables(items, { asOf: '2024-03-01' }).currencies);
  });

  it('ignores the wire-only fields and unknown fields', () => {
    const result = age([item({ salesperson: 'S1', region: 'East', documentNumber: 'INV 1', extra: 1 } as never)], {
      asOf: '2024-03-01',
    });
    expect(result.currencies.CNY!.total).to.equal('100.00');
  });
});
