import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_MAX_SCROLL_HEIGHT,
  offsetForIndex,
  realOffset,
  scrollTopForOffset,
  spacerHeight,
  visibleWindow,
  type ScrollAlign,
  type ScrollGeometry,
  type VisibleWindow,
} from './scaled-scroll.js';

/** Rows drawn beyond each edge of the view. */
const OVERSCAN = 3;

/** The table element. */
export type VirtualScrollHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What virtual scrolling needs from the table. */
export interface VirtualList {
  /** Rows in the list and their height. */
  rowCount(): number;
  rowHeight(): number;
  /** An update for a new scroll position only: rows that stay are not re-rendered. */
  requestScrollUpdate(): void;
  /** The user scrolled (fetch details of the rows drawn, load more). */
  scrolled(): void;
  /** The scroller was laid out for the first time. */
  laidOut(): void;
}

/**
 * A virtual list over the pure scaled-scroll model (`scaled-scroll.ts`): only the rows in view
 * (plus a few) are drawn; past 8,000,000 px the list scrolls in a scaled space so a million rows
 * still scroll end to end. A position set by `scrollToIndex` is pinned exactly (the scaled
 * scroll position is rounded by the browser). The view's height is measured after layout.
 */
export class VirtualScrollController implements ReactiveController {
  /** The scroller's `scrollTop` as last seen or set. */
  scrollPos = 0;
  private pinned?: { scrollTop: number; offset: number };
  private viewHeight = 0;
  private needsSync = false;
  private lastScroller?: HTMLElement;
  private pinnedLeft = 0;
  private resizeObserver?: ResizeObserver;

  constructor(
    private readonly host: VirtualScrollHost,
    private readonly list: VirtualList,
  ) {
    host.addController(this);
  }

  get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  geometry(): ScrollGeometry {
    const rowHeight = this.list.rowHeight();
    const viewHeight = this.viewHeight > 0 ? this.viewHeight : rowHeight * 10;
    return { count: this.list.rowCount(), rowHeight, viewHeight, maxHeight: DEFAULT_MAX_SCROLL_HEIGHT };
  }

  /** Height of the spacer that makes the list scroll. */
  spacerHeight(): number {
    return spacerHeight(this.geometry());
  }

  /** The real offset at the top of the view. */
  currentOffset(): number {
    if (this.pinned && this.pinned.scrollTop === this.scrollPos) return this.pinned.offset;
    return realOffset(this.geometry(), this.scrollPos);
  }

  /** The rows to draw now. */
  window(): VisibleWindow {
    return visibleWindow(this.geometry(), this.scrollPos, OVERSCAN, this.currentOffset());
  }

  /** Back to the top (new rows). */
  reset(): void {
    this.pinned = undefined;
    this.scrollPos = 0;
    this.needsSync = true;
    this.list.requestScrollUpdate();
  }

  /** Scrolls so row `index` is in view, `align`ed as asked. */
  async scrollToIndex(index: number, align: ScrollAlign = 'start'): Promise<void> {
    await this.host.updateComplete;
    if (!this.scroller) return;
    this.measure();
    this.applyOffset(offsetForIndex(this.geometry(), index, align, this.currentOffset()));
    await this.host.updateComplete;
  }

  /** Scrolls row `index` to the nearest edge if it is out of view. */
  reveal(index: number): void {
    this.applyOffset(offsetForIndex(this.geometry(), index, 'nearest', this.currentOffset()));
  }

  /** Keeps the scroll position inside a list that got shorter. */
  clamp(): void {
    if (!this.scroller) return;
    const g = this.geometry();
    const max = spacerHeight(g) - g.viewHeight;
    if (this.scrollPos > Math.max(0, max)) {
      this.pinned = undefined;
      this.scrollPos = Math.max(0, max);
      this.needsSync = true;
      this.list.requestScrollUpdate();
    }
  }

  readonly onScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    const left = scroller.scrollLeft;
    if (left !== this.pinnedLeft) {
      this.pinnedLeft = left;
      scroller.style.setProperty('--_ck-aging-pin', `${left}px`);
    }
    const top = scroller.scrollTop;
    if (top === this.scrollPos) return;
    this.scrollPos = top;
    this.list.requestScrollUpdate();
    this.list.scrolled();
  };

  hostUpdated(): void {
    const scroller = this.scroller;
    if (scroller && !this.resizeObserver) {
      // Measured after layout (the observer's first call), never by forcing a layout here.
      this.resizeObserver = new ResizeObserver(() => this.measure());
      this.resizeObserver.observe(scroller);
      this.list.laidOut();
    }
    if (scroller && this.needsSync) {
      this.needsSync = false;
      // A scroller drawn just now is at the top already: touching it would force a layout.
      if (scroller === this.lastScroller || this.scrollPos !== 0) scroller.scrollTop = this.scrollPos;
    }
    this.lastScroller = scroller ?? undefined;
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Shows real offset `offset` at the top: sets the scroll position and pins the exact offset. */
  private applyOffset(offset: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    scroller.scrollTop = scrollTopForOffset(this.geometry(), offset);
    this.scrollPos = scroller.scrollTop;
    this.pinned = { scrollTop: this.scrollPos, offset };
    this.list.requestScrollUpdate();
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const head = this.host.renderRoot.querySelector<HTMLElement>('.head');
    const foot = this.host.renderRoot.querySelector<HTMLElement>('.foot');
    const height = Math.max(this.list.rowHeight(), scroller.clientHeight - (head?.offsetHeight ?? 0) - (foot?.offsetHeight ?? 0));
    if (height !== this.viewHeight) {
      this.viewHeight = height;
      this.host.requestUpdate();
    }
  }
}
