/** A box in viewport pixels (what `getBoundingClientRect` gives). */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where to put the panel, as logical offsets for a `position: fixed` element. */
export interface Placement {
  /** `inset-inline-start` in px: from the left edge in LTR, from the right edge in RTL. */
  readonly inlineStart: number;
  /** `inset-block-start` in px, from the top. */
  readonly blockStart: number;
  /** `max-block-size` in px: the room on that side, so a tall panel scrolls instead of covering the anchor. */
  readonly maxBlockSize: number;
  /** Below the anchor, or flipped above it for lack of room. */
  readonly side: 'below' | 'above';
}

/**
 * Places a panel of `size` (its natural size) next to `anchor`: below it, its inline-start edge
 * aligned with the anchor's (the right edges in RTL), flipped above when it does not fit below
 * and there is more room above, shifted to stay `margin` px inside the viewport inline, and never
 * over the anchor: a panel taller than the room on its side gets that room as its maximum height.
 */
export function placePopover(
  anchor: Box,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
  options: { readonly rtl?: boolean; readonly gap?: number; readonly margin?: number } = {},
): Placement {
  const { rtl = false, gap = 4, margin = 8 } = options;
  const anchorStart = rtl ? viewport.width - anchor.right : anchor.left;
  const maxStart = Math.max(margin, viewport.width - size.width - margin);
  const inlineStart = Math.min(Math.max(anchorStart, margin), maxStart);

  const roomBelow = Math.max(0, viewport.height - anchor.bottom - gap - margin);
  const roomAbove = Math.max(0, anchor.top - gap - margin);
  const side = size.height > roomBelow && roomAbove > roomBelow ? 'above' : 'below';
  const maxBlockSize = side === 'below' ? roomBelow : roomAbove;
  const height = Math.min(size.height, maxBlockSize);
  const blockStart = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  return { inlineStart, blockStart, maxBlockSize, side };
}
