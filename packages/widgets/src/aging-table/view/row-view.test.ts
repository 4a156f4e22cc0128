import { expect } from '@open-wc/testing';
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import type { AgingRow } from '../data/aging-model.js';
import { NO_FILTER, distinctValues, filterRows, identity, sortRows, sumRows, type ExternalKeys } from './row-view.js';
import { TimeSlicer } from './time-slice.js';

const D = DecimalJs.clone({ precision: 1e9 });
const slicer = () => new TimeSlicer(0.5);
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const none: ExternalKeys = { limit: () => NaN, utilisation: () => NaN, warning: () => NaN };

function row(id: string, buckets: string[], extra: Partial<AgingRow> = {}): AgingRow {
  const total = buckets.reduce((a, b) => a.plus(b), new D(0));
  const overdue = buckets.slice(1).reduce((a, b) => a.plus(b), new D(0));
  return { customerId: id, currency: 'CNY', buckets, total: total.toFixed(), overdue: overdue.toFixed(), oldestDueDate: '2024-01-01', maxDaysOverdue: 0, ...extra };
}

describe('row view', () => {
  it('sorts amounts exactly, even past the safe integers, in both directions, ties in row order (property)', async () => {
    const amount = fc.oneof(
      fc.integer({ min: -10_000, max: 10_000 }).map((n) => (n / 100).toFixed(2)),
      fc.constantFrom('90071992547409.91', '90071992547409.92', '-90071992547409.93', '123456789012345678901.00'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(amount, { maxLength: 60 }), fc.boolean(), async (amounts, ascending) => {
        const rows = amounts.map((a, i) => row(`C${i}`, [a, '0.00']));
        const order = await sortRows(rows, identity(rows.length), { column: 'bucket-0', direction: ascending ? 'ascending' : 'descending' }, { slicer: slicer(), collator, external: none });
        const expected = [...rows.keys()].sort((a, b) => {
          const c = new D(amounts[a]!).comparedTo(amounts[b]!) * (ascending ? 1 : -1);
          return c || a - b;
        });
        expect([...order]).to.deep.equal(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('sorts dates, days and names; unknown external values last either way', async () => {
    const rows = [
      row('B', ['1.00'], { customerName: 'beta', oldestDueDate: '2024-03-01', maxDaysOverdue: 5 }),
      row('A', ['1.00'], { customerName: 'Alpha', oldestDueDate: '2023-12-31', maxDaysOverdue: 50 }),
      row('C', ['1.00'], { customerName: 'gamma', oldestDueDate: '2024-02-29', maxDaysOverdue: 0 }),
    ];
    const sort = (column: 'oldestDueDate' | 'maxDaysOverdue' | 'customer' | 'limit', direction: 'ascending' | 'descending', external = none) =>
      sortRows(rows, identity(3), { column, direction }, { slicer: slicer(), collator, external }).then((o) => [...o].map((i) => rows[i]!.customerId));
    expect(await sort('oldestDueDate', 'ascending')).to.deep.equal(['A', 'C', 'B']);
    expect(await sort('maxDaysOverdue', 'descending')).to.deep.equal(['A', 'B', 'C']);
    expect(await sort('customer', 'ascending')).to.deep.equal(['A', 'B', 'C']);
    const limits: ExternalKeys = { ...none, limit: (r) => (r.customerId === 'C' ? NaN : r.customerId === 'A' ? 10 : 20) };
    expect(await sort('limit', 'ascending', limits)).to.deep.equal(['A', 'B', 'C']);
    expect(await sort('limit', 'descending', limits)).to.deep.equal(['B', 'A', 'C']);
  });

  it('filters and sums the rows shown exactly', async () => {
    const rows = [
      row('K1', ['0.10', '0.20'], { customerName: '华东精密', salesperson: 'S1', region: 'East' }),
      row('K2', ['0.00', '-0.30'], { customerName: 'West Ltd', salesperson: 'S2', region: 'West' }),
      row('K3', ['5.005', '0.00'], { customerName: 'Mid Co', salesperson: 'S1', region: 'West' }),
    ];
    const ids = async (filter: Partial<typeof NO_FILTER>) => [...(await filterRows(rows, { ...NO_FILTER, ...filter }, slicer()))].map((i) => rows[i]!.customerId);
    expect(await ids({})).to.deep.equal(['K1', 'K2', 'K3']);
    expect(await ids({ search: '精密' })).to.deep.equal(['K1']);
    expect(await ids({ search: ' west ' })).to.deep.equal(['K2']);
    expect(await ids({ onlyOverdue: true })).to.deep.equal(['K1']); // K2's overdue is negative
    expect(await ids({ bucket: 0 })).to.deep.equal(['K1', 'K3']);
    expect(await ids({ salesperson: 'S1', region: 'West' })).to.deep.equal(['K3']);
    // 0.10 + 0.00 + 5.005 = 5.105; 0.20 − 0.30 + 0.00 = −0.10: at the largest scale (3).
    expect(await sumRows(rows, identity(3), 2, slicer())).to.deep.equal({ total: '5.005', overdue: '-0.100', buckets: ['5.105', '-0.100'] });
    expect(await distinctValues(rows, 'region', collator, slicer())).to.deep.equal(['East', 'West']);
  });
});
