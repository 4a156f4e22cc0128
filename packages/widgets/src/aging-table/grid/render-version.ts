/**
 * The row cache's key: bumped on every update that is not only a scroll, so rows that stay in view
 * while scrolling keep their DOM and are not rendered again, and anything else renders them anew.
 */
export class RenderVersion {
  value = 0;
  private changed = true;
  private scrollOnly = false;

  /** An update was requested (call from the host's `requestUpdate`). */
  requested(): void {
    if (!this.scrollOnly) this.changed = true;
  }

  /** Runs `request` as a scroll-only update request. */
  scroll(request: () => void): void {
    this.scrollOnly = true;
    try {
      request();
    } finally {
      this.scrollOnly = false;
    }
  }

  /** Before rendering: the version to render with. */
  next(): number {
    if (this.changed) {
      this.changed = false;
      this.value++;
    }
    return this.value;
  }
}
