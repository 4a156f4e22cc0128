import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backoffDelay, parseRetryAfter } from './backoff.js';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 9, 21, 7, 27, 30); // Wed, 21 Oct 2026 07:27:30 GMT

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1', now)).to.equal(1000);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
    expect(parseRetryAfter('0', now)).to.equal(0);
  });

  it('reads an HTTP-date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wednesday, 21-Oct-26 07:28:00 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).to.equal(0);
  });

  it('ignores absent and unreadable values', () => {
    for (const value of [null, undefined, '', '-5', '1.5', 'soon', '2026-10-21']) {
      expect(parseRetryAfter(value, now), String(value)).to.equal(undefined);
    }
  });
});

describe('backoffDelay', () => {
  const settings = (random: () => number) => ({ baseDelayMs: 300, maxDelayMs: 10_000, random });

  it('doubles the ceiling per attempt up to the maximum', () => {
    // random just below 1 gives ceiling − 1 (floored): 300·2^(n−1) capped at 10000.
    const nearlyOne = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, settings(nearlyOne)))).to.deep.equal([
      299, 599, 1199, 2399, 4799, 9599, 9999,
    ]);
  });

  it('stays within [0, ceiling) for any random value (full jitter)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, settings(() => r));
        const ceiling = Math.min(10_000, 300 * 2 ** (attempt - 1));
        return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
      }),
    );
  });
});
