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

  it('yields to the event loop between slices while sorting 200,000 keys, after every sorted run and inside the merge passes', async () => {
    const n = 200_000;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (i * 7919) % 100_003;
    const indices = new Uint32Array(n);
    for (let i = 0; i < n; i++) indices[i] = i;
    // A slicer whose slice is always used up: every checkpoint the sort reaches becomes a pause,
    // so the count shows how finely the work is cut, whatever the machine's speed.
    let pauses = 0;
    const slicer = new (class extends TimeSlicer {
      override due(): boolean {
        return true;
      }
      override async pause(): Promise<void> {
        pauses++;
        await super.pause();
      }
    })(0);
    // Other page work: a message ping-pong that gets a turn whenever the sort yields.
    let turns = 0;
    let pinging = true;
    const ping = new MessageChannel();
    ping.port1.onmessage = () => {
      turns++;
      if (pinging) ping.port2.postMessage(null);
    };
    ping.port2.postMessage(null);
    const sorted = await sortSliced(indices, (a, b) => keys[a]! - keys[b]! || a - b, slicer);
    pinging = false;
    for (let i = 1; i < n; i++) if (keys[sorted[i - 1]!]! > keys[sorted[i]!]!) throw new Error(`not sorted at ${i}`);
    // 391 runs of 512 and 9 merge passes each end with a checkpoint; the merge loops add their own.
    const runs = Math.ceil(n / 512);
    const passes = Math.ceil(Math.log2(n / 512));
    expect(pauses, 'pauses').to.be.above(runs + passes);
    // The page's own work got a turn at the pauses (a sort that never yields leaves it at 0 or 1).
    expect(turns, 'turns the page got').to.be.at.least(pauses / 2);
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
