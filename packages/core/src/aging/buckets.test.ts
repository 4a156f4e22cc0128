import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BucketLookup,
  DEFAULT_AGING_BUCKETS,
  agingBucketProblems,
  agingBucketsSchema,
  completeAgingBuckets,
  defaultBucketLabel,
  type AgingBucketDefinition,
} from './buckets.js';

/** Buckets holding `days`, by the definition (inclusive bounds, missing bound = unbounded). */
function holders(buckets: readonly AgingBucketDefinition[], days: number): number[] {
  return buckets.flatMap((b, i) =>
    (b.minDays === undefined || days >= b.minDays) && (b.maxDays === undefined || days <= b.maxDays) ? [i] : [],
  );
}

describe('aging buckets', () => {
  it('defaults to not due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365', () => {
    expect(DEFAULT_AGING_BUCKETS).to.deep.equal([
      { label: 'Not due', maxDays: 0 },
      { label: '1–30', minDays: 1, maxDays: 30 },
      { label: '31–60', minDays: 31, maxDays: 60 },
      { label: '61–90', minDays: 61, maxDays: 90 },
      { label: '91–180', minDays: 91, maxDays: 180 },
      { label: '181–365', minDays: 181, maxDays: 365 },
      { label: 'Over 365', minDays: 366 },
    ]);
  });

  it('labels buckets by default', () => {
    expect(defaultBucketLabel({ maxDays: 0 })).to.equal('Not due');
    expect(defaultBucketLabel({ minDays: 1, maxDays: 30 })).to.equal('1–30');
    expect(defaultBucketLabel({ minDays: 7, maxDays: 7 })).to.equal('7');
    expect(defaultBucketLabel({ minDays: 366 })).to.equal('Over 365');
    expect(defaultBucketLabel({ minDays: 1 })).to.equal('Overdue');
  });

  it('completes a bucket set so nothing falls outside', () => {
    expect(completeAgingBuckets([{ minDays: 1, maxDays: 30 }, { minDays: 31, maxDays: 60, label: 'Late' }])).to.deep.equal([
      { label: 'Not due', maxDays: 0 },
      { label: '1–30', minDays: 1, maxDays: 30 },
      { label: 'Late', minDays: 31, maxDays: 60 },
      { label: 'Over 60', minDays: 61 },
    ]);
    expect(completeAgingBuckets([{ maxDays: 0, label: 'Current' }, { minDays: 1 }])).to.deep.equal([
      { label: 'Current', maxDays: 0 },
      { label: 'Overdue', minDays: 1 },
    ]);
    expect(completeAgingBuckets([])).to.deep.equal([
      { label: 'Not due', maxDays: 0 },
      { label: 'Overdue', minDays: 1 },
    ]);
  });

  it('accepts contiguous sets', () => {
    expect(agingBucketProblems([{ maxDays: 0 }, { minDays: 1, maxDays: 15 }, { minDays: 16 }])).to.deep.equal([]);
    expect(agingBucketProblems([{ minDays: 1, maxDays: 1 }, { minDays: 2, maxDays: 2 }])).to.deep.equal([]);
    expect(agingBucketProblems([])).to.deep.equal([]);
  });

  it('rejects overlaps, gaps and ranges that would mix not-due with overdue items', () => {
    const paths = (buckets: Parameters<typeof agingBucketProblems>[0]) => agingBucketProblems(buckets).map((p) => p.path.join('.'));
    // overlap: 25 ≤ 30
    expect(paths([{ minDays: 1, maxDays: 30 }, { minDays: 25, maxDays: 60 }])).to.deep.equal(['1.minDays']);
    expect(agingBucketProblems([{ minDays: 1, maxDays: 30 }, { minDays: 25 }])[0]!.message).to.match(/overlaps .* 30: it must be 31/);
    // gap: days 31–34 uncovered
    expect(agingBucketProblems([{ minDays: 1, maxDays: 30 }, { minDays: 35 }])[0]!.message).to.match(/gap .* 31–34/);
    // first bucket must start at day 1, or be exactly { maxDays: 0 }
    expect(paths([{ minDays: 5, maxDays: 30 }])).to.deep.equal(['0.minDays']);
    expect(paths([{ minDays: 0, maxDays: 30 }])).to.deep.equal(['0.minDays']);
    expect(paths([{ maxDays: 30 }, { minDays: 31 }])).to.deep.equal(['0.maxDays']);
    expect(paths([{ label: 'everything' }])).to.deep.equal(['0.maxDays']);
    // open-ended in the middle; missing minDays after the first; min > max
    expect(paths([{ minDays: 1 }, { minDays: 31 }])).to.deep.equal(['0.maxDays']);
    expect(paths([{ maxDays: 0 }, { maxDays: 30 }])).to.deep.equal(['1.minDays']);
    expect(paths([{ minDays: 1, maxDays: 30 }, { minDays: 31, maxDays: 20 }])).to.deep.equal(['1.maxDays']);
  });

  it('reports bucket problems through the schema', () => {
    const result = agingBucketsSchema.safeParse([{ minDays: 1, maxDays: 30 }, { minDays: 20 }]);
    expect(result.success).to.equal(false);
    expect(result.error!.issues[0]!.path).to.deep.equal([1, 'minDays']);
    expect(agingBucketsSchema.safeParse([{ minDays: 1.5 }]).success).to.equal(false);
  });

  it('looks up each day in the one bucket that holds it (default set, days −400 … 1000)', () => {
    const lookup = new BucketLookup(DEFAULT_AGING_BUCKETS);
    for (let days = -400; days <= 1000; days++) {
      const expected = holders(DEFAULT_AGING_BUCKETS, days);
      expect(expected.length, `days ${days}`).to.equal(1);
      expect(lookup.bucketOf(days), `days ${days}`).to.equal(expected[0]);
    }
    // Hand-checked boundaries: 0 not due, 1 and 30 → 1–30, 31 → 31–60, 365 → 181–365, 366 → over 365.
    expect([0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366].map((d) => lookup.bucketOf(d))).to.deep.equal([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
    ]);
  });

  it('looks up days past its table (property over random contiguous sets)', () => {
    const bucketSet = fc
      .array(fc.integer({ min: 1, max: 3000 }), { minLength: 0, maxLength: 8 })
      .chain((widths) =>
        fc.record({ widths: fc.constant(widths), openEnded: fc.boolean(), withNotDue: fc.boolean() }),
      )
      .map(({ widths, openEnded, withNotDue }) => {
        const buckets: { minDays?: number; maxDays?: number }[] = withNotDue ? [{ maxDays: 0 }] : [];
        let start = 1;
        for (const w of widths) {
          buckets.push({ minDays: start, maxDays: start + w - 1 });
          start += w;
        }
        if (openEnded) buckets.push({ minDays: start });
        return buckets;
      });
    fc.assert(
      fc.property(bucketSet, fc.array(fc.integer({ min: -100, max: 30000 }), { minLength: 1, maxLength: 30 }), (input, days) => {
        expect(agingBucketProblems(input)).to.deep.equal([]);
        const complete = completeAgingBuckets(input);
        const lookup = new BucketLookup(complete);
        for (const d of days) {
          const expected = holders(complete, d);
          expect(expected.length).to.equal(1);
          expect(lookup.bucketOf(d)).to.equal(expected[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
