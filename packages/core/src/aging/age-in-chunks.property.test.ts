import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ageReceivablesInChunks, padToScale } from './age-in-chunks.js';
import { ageReceivables } from './age-receivables.js';
import type { ReceivableInput } from './receivable-schema.js';

const asOf = '2024-06-30';
const day = (offset: number) => new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const receivable = fc.record(
  {
    id: fc.constantFrom('I1', 'I2', 'I3'),
    customerId: fc.constantFrom('A', 'B', 'a', 'C2'),
    customerName: fc.option(fc.constantFrom('Alpha', '阿尔法'), { nil: undefined }),
    documentDate: fc.integer({ min: -500, max: 5 }).map(day),
    dueDate: fc.integer({ min: -500, max: 60 }).map(day),
    amount: fc.oneof(
      fc.integer({ min: 0, max: 10 ** 9 }).map((n) => (n / 100).toFixed(2)),
      fc.constantFrom('0.125', '90071992547409.91', '12345678901234567890.5'),
    ),
    currency: fc.constantFrom('CNY', 'USD'),
    kind: fc.constantFrom('invoice' as const, 'credit_note' as const, 'retention' as const),
  },
  { requiredKeys: ['id', 'customerId', 'documentDate', 'dueDate', 'amount', 'currency'] },
) as fc.Arbitrary<ReceivableInput>;

describe('ageReceivablesInChunks', () => {
  it('equals one ageReceivables call for any ledger, chunk size and buckets (property)', async () => {
    const buckets = fc.constantFrom<{ minDays?: number; maxDays?: number }[] | undefined>(undefined, [{ minDays: 1, maxDays: 30 }, { minDays: 31 }]);
    await fc.assert(
      fc.asyncProperty(fc.array(receivable, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), buckets, async (items, chunkSize, b) => {
        const options = { asOf, currencies: ['EUR'], ...(b ? { buckets: b } : {}) };
        const expected = ageReceivables(items, { ...options, includeItems: false });
        let pauses = 0;
        const actual = await ageReceivablesInChunks(items, options, { chunkSize, checkpoint: () => void pauses++ });
        expect(actual).to.deep.equal(expected);
        if (items.length > chunkSize) expect(pauses).to.be.greaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('equals one call with its own chunk sizing, over more items than one chunk', async () => {
    const items = fc.sample(receivable, { numRuns: 1_200, seed: 42 }).map((item, i) => ({ ...item, id: `R${i}`, customerId: `C${i % 97}` }));
    expect(await ageReceivablesInChunks(items, { asOf })).to.deep.equal(ageReceivables(items, { asOf, includeItems: false }));
  });

  it('names the bad item by its index in the whole array when a later chunk fails validation', async () => {
    const items = fc.sample(receivable, { numRuns: 10, seed: 1 }).map((item, i) => ({ ...item, customerId: `C${i % 3}`, dueDate: day(-10) }));
    items[7] = { ...items[7]!, dueDate: '2024-02-30' };
    let error: { name?: string; issues?: { path: string }[] } = {};
    try {
      await ageReceivablesInChunks(items, { asOf }, { chunkSize: 4 });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.name).to.equal('CreditKitValidationError');
    expect(error.issues!.map((i) => i.path)).to.deep.equal(['items[7].dueDate']);
  });

  it('stops when its checkpoint throws (a cancelled job)', async () => {
    const items = fc.sample(receivable, { numRuns: 30, seed: 3 }).map((item, i) => ({ ...item, customerId: `C${i}` }));
    const cancelled = new Error('cancelled');
    let error: unknown;
    await ageReceivablesInChunks(items, { asOf }, { chunkSize: 5, checkpoint: () => Promise.reject(cancelled) }).catch((e) => (error = e));
    expect(error).to.equal(cancelled);
  });

  it('padToScale appends zeros up to the scale and never shortens', () => {
    expect(padToScale('12', 2)).to.equal('12.00');
    expect(padToScale('12.5', 3)).to.equal('12.500');
    expect(padToScale('-0.125', 2)).to.equal('-0.125');
    expect(padToScale('7.10', 2)).to.equal('7.10');
  });
});
