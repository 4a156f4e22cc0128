/**
 * Signals rendered per step in the popover: a badge may carry thousands of signals, and rendering
 * them all at once freezes the page (issue 16 §2). The rest come in steps of this size on request.
 */
export const SIGNAL_PAGE_SIZE = 50;

/** How many of `total` signals to render when `requested` are asked for (never more than there are). */
export function shownSignalCount(total: number, requested: number): number {
  return Math.min(total, Math.max(requested, SIGNAL_PAGE_SIZE));
}

/** How many the next "Show more" adds: a page, or what is left. */
export function nextSignalStep(total: number, shown: number): number {
  return Math.max(0, Math.min(SIGNAL_PAGE_SIZE, total - shown));
}
