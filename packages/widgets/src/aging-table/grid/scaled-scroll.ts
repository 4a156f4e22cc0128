/**
 * Geometry of a virtual list with fixed row heights and a capped scroll height. Browsers cap an
 * element's height (about 15–33 million px), so a million 36 px rows cannot be laid out at their
 * real height. Past `maxHeight` the list is drawn in a spacer of `maxHeight` px and the scroll
 * position maps proportionally onto the real offset: scrolling from top to bottom still passes
 * every row, and a row index maps to a scroll position and back.
 */
export interface ScrollGeometry {
  /** Number of rows. */
  readonly count: number;
  /** Height of every row, px. */
  readonly rowHeight: number;
  /** Height of the area that shows rows, px. */
  readonly viewHeight: number;
  /** Largest spacer height used, px. */
  readonly maxHeight: number;
}

/** Default cap of the spacer: well under every browser's limit. */
export const DEFAULT_MAX_SCROLL_HEIGHT = 8_000_000;

/** Real height of all rows. */
export function realHeight(g: ScrollGeometry): number {
  return g.count * g.rowHeight;
}

/** Height of the spacer actually laid out. */
export function spacerHeight(g: ScrollGeometry): number {
  return Math.min(realHeight(g), g.maxHeight);
}

/** Real px per scroll px: 1 unless the list is taller than the cap. */
export function scrollScale(g: ScrollGeometry): number {
  const real = realHeight(g);
  if (real <= g.maxHeight) return 1;
  const track = g.maxHeight - g.viewHeight;
  return track > 0 ? (real - g.viewHeight) / track : 1;
}

/** Largest scroll position. */
export function maxScrollTop(g: ScrollGeometry): number {
  return Math.max(0, spacerHeight(g) - g.viewHeight);
}

/** Real offset (px from the first row) shown at the top of the view for a scroll position. */
export function realOffset(g: ScrollGeometry, scrollTop: number): number {
  const top = Math.min(Math.max(0, scrollTop), maxScrollTop(g));
  return Math.min(top * scrollScale(g), Math.max(0, realHeight(g) - g.viewHeight));
}

/** The scroll position that shows real offset `offset` at the top of the view. */
export function scrollTopForOffset(g: ScrollGeometry, offset: number): number {
  const clamped = Math.min(Math.max(0, offset), Math.max(0, realHeight(g) - g.viewHeight));
  return Math.min(clamped / scrollScale(g), maxScrollTop(g));
}

/** Where a row should land in the view. */
export type ScrollAlign = 'start' | 'center' | 'end' | 'nearest';

/**
 * The scroll position that brings row `index` into view with `align`. `nearest` keeps the current
 * position when the row is already fully visible.
 */
export function scrollTopForIndex(g: ScrollGeometry, index: number, align: ScrollAlign = 'start', currentScrollTop = 0): number {
  return scrollTopForOffset(g, offsetForIndex(g, index, align, realOffset(g, currentScrollTop)));
}

/** The real offset that shows row `index` with `align`, given the real offset shown now. */
export function offsetForIndex(g: ScrollGeometry, index: number, align: ScrollAlign = 'start', currentOffset = 0): number {
  const row = Math.min(Math.max(0, index), Math.max(0, g.count - 1)) * g.rowHeight;
  let offset: number;
  switch (align) {
    case 'center':
      offset = row - (g.viewHeight - g.rowHeight) / 2;
      break;
    case 'end':
      offset = row - g.viewHeight + g.rowHeight;
      break;
    case 'nearest':
      if (row < currentOffset) offset = row;
      else if (row + g.rowHeight > currentOffset + g.viewHeight) offset = row - g.viewHeight + g.rowHeight;
      else offset = currentOffset;
      break;
    default:
      offset = row;
  }
  return Math.min(Math.max(0, offset), Math.max(0, realHeight(g) - g.viewHeight));
}

/** The rows to draw for a scroll position, and where. */
export interface VisibleWindow {
  /** First row drawn (overscan included). */
  readonly start: number;
  /** One past the last row drawn. */
  readonly end: number;
  /** First row at least partly visible. */
  readonly firstVisible: number;
  /** Rows that fit in the view. */
  readonly pageSize: number;
  /** Top of row `start` in spacer coordinates, px; row `start + k` is at `top + k × rowHeight`. */
  readonly top: number;
}

/**
 * Rows to draw at `scrollTop`, with `overscan` rows beyond each edge. `offset` overrides the real
 * offset shown (a position pinned by `scrollToIndex`, exact where the scroll position was rounded).
 */
export function visibleWindow(g: ScrollGeometry, scrollTop: number, overscan = 4, offset?: number): VisibleWindow {
  const pageSize = Math.max(1, Math.floor(g.viewHeight / g.rowHeight));
  if (g.count === 0) return { start: 0, end: 0, firstVisible: 0, pageSize, top: 0 };
  const top = Math.min(Math.max(0, scrollTop), maxScrollTop(g));
  if (offset === undefined) offset = realOffset(g, top);
  const firstVisible = Math.min(g.count - 1, Math.floor(offset / g.rowHeight));
  const lastVisible = Math.min(g.count - 1, Math.floor((offset + g.viewHeight - 1) / g.rowHeight));
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(g.count, lastVisible + 1 + overscan);
  return { start, end, firstVisible, pageSize, top: top + start * g.rowHeight - offset };
}
