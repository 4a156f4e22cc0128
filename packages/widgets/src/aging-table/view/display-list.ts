/** One expanded customer: its position in the sorted view and how many item rows follow it. */
export interface Expansion {
  readonly position: number;
  readonly rows: number;
}

/** What a display index shows: customer row `position` of the view, and `item` ≥ 0 for its item rows. */
export interface DisplayEntry {
  readonly position: number;
  /** -1 for the customer row itself. */
  readonly item: number;
}

/**
 * The rows of the virtual list: the customer rows of the view, each expanded one followed by its
 * item rows. Lookups are binary searches over the expansions, so 100,000 customers with a few
 * expanded cost nothing to lay out.
 */
export class DisplayList {
  private readonly positions: number[];
  private readonly counts: number[];
  /** `starts[k]`: display index of expansion k's customer row. */
  private readonly starts: number[];
  readonly length: number;

  /** `expansions` in any order, positions within `[0, customers)`. */
  constructor(readonly customers: number, expansions: readonly Expansion[]) {
    const sorted = [...expansions].filter((e) => e.position >= 0 && e.position < customers && e.rows > 0).sort((a, b) => a.position - b.position);
    this.positions = sorted.map((e) => e.position);
    this.counts = sorted.map((e) => e.rows);
    this.starts = [];
    let before = 0;
    for (let k = 0; k < sorted.length; k++) {
      this.starts.push(this.positions[k]! + before);
      before += this.counts[k]!;
    }
    this.length = customers + before;
  }

  /** The entry at display index `index` (0 ≤ index < length). */
  at(index: number): DisplayEntry {
    // Largest k with starts[k] ≤ index.
    let lo = 0, hi = this.starts.length - 1, k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= index) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return { position: index, item: -1 };
    const start = this.starts[k]!;
    const count = this.counts[k]!;
    if (index === start) return { position: this.positions[k]!, item: -1 };
    if (index <= start + count) return { position: this.positions[k]!, item: index - start - 1 };
    return { position: this.positions[k]! + (index - start - count), item: -1 };
  }

  /** Display index of the customer row at view position `position`. */
  indexOf(position: number): number {
    let lo = 0, hi = this.positions.length - 1, before = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.positions[mid]! < position) {
        before = this.starts[mid]! - this.positions[mid]! + this.counts[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return position + before;
  }
}
