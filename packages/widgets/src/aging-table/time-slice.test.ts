import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SliceCancelled, TimeSlicer, sortSliced } from './time-slice.js';

describe('time slicing', () => {
  it('sorts like a plain stable sort, for any input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 5000 }), async (values) => {
        const keys = Float64Array.from(values);
        const indices = Uint32Array.from(values.keys());
        const compare = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
        const sorted = await sortSliced(indices, compare, new TimeSlicer(0.01));
        const expected = [...values.keys()].sort(compare);
        expect([...sorted]).to.deep.equal(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('yields to the event loop while sorting 200,000 keys, never working more than its budget in one go', async function () {
    this.retries(2); // wall-clock timing on a possibly busy machine
    const n = 200_000;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (i * 7919) % 100_003;
    const indices = new Uint32Array(n);
    for (let i = 0; i < n; i++) indices[i] = i;
    await new Promise((r) => setTimeout(r, 50));
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const sorted = await sortSliced(indices, (a, b) => keys[a]! - keys[b]! || a - b, new TimeSlicer());
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    clearInterval(ticker);
    for (let i = 1; i < n; i++) if (keys[sorted[i - 1]!]! > keys[sorted[i]!]!) throw new Error(`not sorted at ${i}`);
    expect(turns, 'timers ran between slices').to.be.above(2);
    expect(longest.ms, 'no long task').to.equal(0);
  });

  it('stops a cancelled job with SliceCancelled', async () => {
    let cancelled = false;
    const slicer = new TimeSlicer(0, () => cancelled);
    cancelled = true;
    let error: unknown;
    try {
      await sortSliced(Uint32Array.from([3, 2, 1]), (a, b) => a - b, slicer);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SliceCancelled);
  });
});
