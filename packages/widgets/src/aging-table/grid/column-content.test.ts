import { expect } from '@open-wc/testing';
import type { AgingRow, ItemRow } from '../data/aging-model.js';
import { TimeSlicer } from '../view/time-slice.js';
import { longestItem, longestValues } from './column-content.js';

const row = (customerId: string, buckets: string[], total: string, overdue: string): AgingRow => ({
  customerId, currency: 'CNY', buckets, total, overdue, oldestDueDate: '2024-01-01', maxDaysOverdue: 0,
});

describe('column content (what the widths must fit)', () => {
  it('finds the longest amount of each column over rows and totals, and the longest code, however many rows', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => row(`C${i}`, ['1.00', '2.00'], '3.00', '0.00'));
    rows[31_337] = row('C-LONGEST-CODE', ['-12345.67', '2.00'], '3.00', '0.00');
    const totals = { currency: 'CNY', total: '217727561223.21', overdue: '5.00', buckets: ['1.00', '99.00'] };
    const longest = await longestValues(rows, totals, 2, new TimeSlicer());
    expect(longest).to.deep.equal({ buckets: ['-12345.67', '99.00'], total: '217727561223.21', overdue: '5.00', code: 'C-LONGEST-CODE' });
  });

  it('finds the longest identifier of expanded items and how far ahead the latest falls due', () => {
    const item = (id: string, daysOverdue: number, documentNumber?: string): ItemRow =>
      ({ id, dueDate: '2024-01-01', documentDate: '2023-12-01', open: '1.00', daysOverdue, bucket: 0, disputed: false, ...(documentNumber ? { documentNumber } : {}) });
    expect(longestItem([[item('R1', 3, 'INV-2026-000000012345'), item('R2', -1200)], [item('R3-LONG-ID', -5)]])).to.deep.equal({
      ident: 'INV-2026-000000012345', documentDate: '2023-12-01', daysAhead: 1200,
    });
    expect(longestItem([])).to.deep.equal({ ident: '', daysAhead: 0 });
  });
});
