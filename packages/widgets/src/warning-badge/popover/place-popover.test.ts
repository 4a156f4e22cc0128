import { expect } from '@open-wc/testing';
import { placePopover } from './place-popover.js';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };
const box = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placePopover', () => {
  it('goes below the anchor, start edges aligned, 4 px apart', () => {
    // anchor bottom 120 + gap 4 = 124; start edge at 100.
    // Room below: 800 − 120 − 4 − 8 = 668.
    expect(placePopover(box(100, 100), size, viewport)).to.deep.equal({ inlineStart: 100, blockStart: 124, maxBlockSize: 668, side: 'below' });
  });

  it('flips above when there is no room below and more room above', () => {
    // anchor 700–720: room below 800 − 720 − 4 − 8 = 68 < 200; room above 700 − 4 − 8 = 688; top 700 − 4 − 200 = 496.
    expect(placePopover(box(100, 700), size, viewport)).to.deep.equal({ inlineStart: 100, blockStart: 496, maxBlockSize: 688, side: 'above' });
  });

  it('never covers the anchor: a panel too tall for either side takes the larger room and scrolls', () => {
    const tall = { width: 300, height: 700 };
    // anchor 200–220: below 800 − 220 − 4 − 8 = 568, above 200 − 4 − 8 = 188: below, capped at 568.
    expect(placePopover(box(100, 200), tall, viewport)).to.deep.equal({ inlineStart: 100, blockStart: 224, maxBlockSize: 568, side: 'below' });
    // anchor 600–620: below 168, above 588: above, 588 tall, from 600 − 4 − 588 = 8.
    expect(placePopover(box(100, 600), tall, viewport)).to.deep.equal({ inlineStart: 100, blockStart: 8, maxBlockSize: 588, side: 'above' });
  });

  it('shifts in from the inline end of the viewport, and never past the start margin', () => {
    // start 900 + 300 would overflow 1000: the most is 1000 − 300 − 8 = 692.
    expect(placePopover(box(900, 100), size, viewport).inlineStart).to.equal(692);
    expect(placePopover(box(2, 100), size, viewport).inlineStart).to.equal(8);
  });

  it('aligns the right edges in right-to-left pages (inset-inline-start counts from the right)', () => {
    // anchor right edge at 880: 1000 − 880 = 120 from the right edge.
    expect(placePopover(box(800, 100), size, viewport, { rtl: true }).inlineStart).to.equal(120);
  });
});
