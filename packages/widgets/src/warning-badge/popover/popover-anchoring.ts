import { placePopover } from './place-popover.js';

/** Where focus goes when the popover closes. */
export type FocusAfterClose = 'badge' | 'if-inside' | 'stay';

/** The parts an anchored popover needs from its element. */
export interface AnchoringParts {
  panel(): HTMLElement | undefined;
  anchor(): HTMLElement | undefined;
  isOpen(): boolean;
  /** Closes the popover (Escape, focus or a pointer going outside the element). */
  close(focus: FocusAfterClose): void;
}

/**
 * Keeps an open popover anchored to its badge: placed below it (or flipped above when there is no
 * room), again after any scroll or resize (once a frame); closed by Escape (handled here, so a dialog
 * around the list stays open), by focus leaving the element, or by a pointer going down outside it.
 * Listens to the page only while the popover is open (`listen(true)` … `listen(false)`).
 */
export class PopoverAnchoring {
  readonly #host: HTMLElement;
  readonly #parts: AnchoringParts;
  #frame = 0;

  constructor(host: HTMLElement, parts: AnchoringParts) {
    this.#host = host;
    this.#parts = parts;
    host.addEventListener('keydown', this.#onKeydown);
    host.addEventListener('focusout', this.#onFocusOut);
  }

  listen(on: boolean): void {
    if (on) {
      document.addEventListener('pointerdown', this.#onPointerDown, true);
      window.addEventListener('scroll', this.#onViewportChange, { capture: true, passive: true });
      window.addEventListener('resize', this.#onViewportChange);
      return;
    }
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    window.removeEventListener('scroll', this.#onViewportChange, true);
    window.removeEventListener('resize', this.#onViewportChange);
    if (this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
    }
  }

  /** Anchors the popover to the badge, flipped above it when there is no room below. */
  place(): void {
    const panel = this.#parts.panel();
    const anchor = this.#parts.anchor();
    if (!panel || !anchor) return;
    panel.style.removeProperty('max-block-size'); // measure its natural height
    const size = panel.getBoundingClientRect();
    const viewport = document.documentElement;
    const placement = placePopover(
      anchor.getBoundingClientRect(),
      { width: size.width, height: size.height },
      { width: viewport.clientWidth, height: viewport.clientHeight },
      { rtl: getComputedStyle(this.#host).direction === 'rtl' },
    );
    panel.style.setProperty('inset-inline-start', `${placement.inlineStart}px`);
    panel.style.setProperty('inset-block-start', `${placement.blockStart}px`);
    panel.style.setProperty('max-block-size', `min(var(--ck-warning-badge-popover-max-height, 30rem), ${placement.maxBlockSize}px)`);
    panel.dataset.side = placement.side;
  }

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.#host)) this.#parts.close('stay');
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#parts.isOpen()) return;
    event.preventDefault();
    event.stopPropagation();
    this.#parts.close('badge');
  };

  /** Tabbing (or clicking) out of the badge and its popover closes the popover. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.#parts.isOpen() && next && next !== this.#host && !this.#host.contains(next)) this.#parts.close('stay');
  };

  readonly #onViewportChange = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.place();
    });
  };
}
