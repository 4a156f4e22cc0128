import { expect } from '@open-wc/testing';
import { nextSortDirection } from './sort-order.js';

describe('nextSortDirection', () => {
  it('puts the largest first on the first sort of an amount or a count, A to Z for text, dates and stages', () => {
    for (const column of ['bucket-0', 'bucket-6', 'total', 'overdue', 'limit', 'maxDaysOverdue', 'utilisation'] as const) {
      expect(nextSortDirection(column, undefined), column).to.equal('descending');
      expect(nextSortDirection(column, { column: 'customer', direction: 'ascending' }), column).to.equal('descending');
    }
    for (const column of ['customer', 'oldestDueDate', 'stage', 'warning'] as const) expect(nextSortDirection(column, undefined), column).to.equal('ascending');
  });

  it('turns the direction round on the column already sorted by', () => {
    expect(nextSortDirection('total', { column: 'total', direction: 'descending' })).to.equal('ascending');
    expect(nextSortDirection('total', { column: 'total', direction: 'ascending' })).to.equal('descending');
    expect(nextSortDirection('customer', { column: 'customer', direction: 'ascending' })).to.equal('descending');
  });
});
