import { expect } from '@open-wc/testing';
import { maxScrollTop, realOffset, scrollScale, scrollTopForIndex, spacerHeight, visibleWindow, type ScrollGeometry } from './scaled-scroll.js';

describe('scaled scroll geometry', () => {
  const small: ScrollGeometry = { count: 1000, rowHeight: 36, viewHeight: 360, maxHeight: 8_000_000 };
  const million: ScrollGeometry = { count: 1_000_000, rowHeight: 36, viewHeight: 360, maxHeight: 8_000_000 };

  it('maps 1:1 while the list fits under the cap', () => {
    expect(spacerHeight(small)).to.equal(36_000);
    expect(scrollScale(small)).to.equal(1);
    const w = visibleWindow(small, 3600, 2);
    // Offset 3600 px = row 100 at the top; 10 rows fit; 2 rows of overscan each side.
    expect(w).to.deep.include({ firstVisible: 100, start: 98, end: 112, pageSize: 10 });
    expect(w.top).to.equal(98 * 36);
    expect(scrollTopForIndex(small, 500)).to.equal(18_000);
  });

  it('caps a million rows at 8,000,000 px and still reaches the first and last row', () => {
    expect(spacerHeight(million)).to.equal(8_000_000);
    // Real track 36,000,000 − 360 over the spacer track 8,000,000 − 360.
    expect(scrollScale(million)).to.be.closeTo((36_000_000 - 360) / (8_000_000 - 360), 1e-12);
    expect(visibleWindow(million, 0, 0)).to.deep.include({ firstVisible: 0, start: 0 });
    const bottom = visibleWindow(million, maxScrollTop(million), 0);
    expect(bottom.end).to.equal(1_000_000);
    expect(bottom.firstVisible).to.equal(999_990); // the last 10 rows fill the view
    // The last row is drawn inside the spacer, ending exactly at its bottom edge.
    expect(bottom.top + (bottom.end - 1 - bottom.start) * 36 + 36).to.be.closeTo(8_000_000, 1e-6);
  });

  it('round-trips an index to a scroll position and back, in the middle of a scaled list', () => {
    for (const index of [1, 12_345, 500_000, 999_989]) {
      const top = scrollTopForIndex(million, index);
      expect(Math.round(realOffset(million, top))).to.equal(index * 36);
      expect(visibleWindow(million, top, 0).firstVisible).to.equal(index);
    }
    // The last index with 'start' clamps to the bottom; with 'end' too.
    expect(scrollTopForIndex(million, 999_999)).to.equal(maxScrollTop(million));
    expect(scrollTopForIndex(million, 999_999, 'end')).to.equal(maxScrollTop(million));
  });

  it("keeps the position with 'nearest' when the row is visible", () => {
    expect(scrollTopForIndex(small, 105, 'nearest', 3600)).to.equal(3600);
    expect(scrollTopForIndex(small, 95, 'nearest', 3600)).to.equal(95 * 36);
    expect(scrollTopForIndex(small, 115, 'nearest', 3600)).to.equal(115 * 36 - 360 + 36);
  });
});
