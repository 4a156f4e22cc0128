import { adoptStyles, nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { langOf, LocaleController } from '../../i18n/locale-controller.js';
import { messagesPending } from '../../i18n/locale-registry.js';
import type { WarningBadgeFaceMessages } from '../warning-badge.messages.js';
import type { FocusAfterClose, PopoverAnchoring } from './popover-anchoring.js';
import type { PopoverPart } from './popover-part.js';
import type { WarningBadgePopoverMessages } from './popover.messages.js';
import type { PopoverView } from './render-popover.js';

/** What the popover needs from its badge. */
export interface BadgePopoverParts {
  /** Loads the popover's code (the element's seam: tests load it otherwise). */
  load(): Promise<PopoverPart>;
  /** The element's own styles, beside which the popover's are adopted. */
  styles(): readonly CSSResultOrNative[];
  badge(): HTMLElement | undefined;
  panel(): HTMLElement | undefined;
}

/**
 * What the popover shows, as the badge knows it: its face's text, which the popover's own joins (the
 * rest is the popover's own state).
 */
export type PopoverContent = Omit<PopoverView, 't' | 'shownActive' | 'shownReleased' | 'showActive' | 'showReleased' | 'close' | 'resized' | 'afterShowMore'> & {
  readonly t: WarningBadgeFaceMessages;
};

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The badge's popover: open or closed, how many signals each list shows, and its code — render,
 * styles, anchoring and text — loaded the first time it opens (`load-popover.ts`), its text in the
 * reader's language before it first shows. A failed load is said
 * beside the badge (`failed`) and the next open tries again.
 */
export class BadgePopover implements ReactiveController {
  readonly #host: Host;
  readonly #parts: BadgePopoverParts;
  #part?: PopoverPart;
  #text?: LocaleController<WarningBadgePopoverMessages>;
  #anchoring?: PopoverAnchoring;
  #open = false;
  #opening = false;
  #failed = false;
  /** Signals asked for in each list beyond the first page ("Show more"); reset on opening. */
  #shownActive = 0;
  #shownReleased = 0;

  constructor(host: Host, parts: BadgePopoverParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** The popover's code could not be loaded (said beside the badge until an open succeeds). */
  get failed(): boolean {
    return this.#failed;
  }

  /** Opens it (loading its code the first time, then only while `canOpen()`) and moves focus into it. */
  async open(canOpen: () => boolean): Promise<void> {
    if (!this.#open && (!(await this.#loaded()) || !canOpen() || !this.#host.isConnected)) return;
    if (!this.#open) {
      this.#shownActive = 0;
      this.#shownReleased = 0;
      this.#open = true;
      this.#opening = true;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#opening = false;
      const panel = this.#parts.panel();
      if (!panel || !this.#open) return;
      if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
      this.#anchoring?.listen(true);
      this.#anchoring?.place();
    }
    this.#parts.panel()?.focus();
  }

  /** Closes it; `focus` says where focus goes ('badge', back to the badge if it was 'if-inside', or 'stay'). */
  close(focus: FocusAfterClose): void {
    if (!this.#open) return;
    const active = (this.#host.renderRoot as ShadowRoot).activeElement ?? null;
    const focusInside = active !== null && (this.#parts.panel()?.contains(active) ?? false);
    if (focus === 'badge' || (focus === 'if-inside' && focusInside)) this.#parts.badge()?.focus();
    this.#anchoring?.listen(false);
    this.#open = false;
    this.#host.requestUpdate();
  }

  /** Closed at once, without moving focus (the badge lost its status, or left the page). */
  dismiss(): void {
    this.#anchoring?.listen(false);
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    // Content changed while open (a refresh): keep it anchored. On opening, `open()` places it once shown.
    if (this.#open && !this.#opening) this.#anchoring?.place();
  }

  hostDisconnected(): void {
    this.dismiss();
  }

  /** The popover while open, else nothing. */
  render(content: PopoverContent): TemplateResult | typeof nothing {
    if (!this.#open || !this.#part || !this.#text) return nothing;
    const own = this.#text.messages;
    return this.#part.render({
      ...content,
      t: { ...content.t, ...own, labels: { ...content.t.labels, ...own.labels } },
      shownActive: this.#shownActive,
      shownReleased: this.#shownReleased,
      showActive: (count) => this.#show(() => (this.#shownActive = count)),
      showReleased: (count) => this.#show(() => (this.#shownReleased = count)),
      close: () => this.close('badge'),
      resized: () => this.#anchoring?.place(),
      afterShowMore: async (button) => {
        await this.#host.updateComplete;
        // The last step removes the button: keep focus inside the popover.
        if (!button.isConnected) this.#parts.panel()?.focus();
      },
    });
  }

  #show(set: () => void): void {
    set();
    this.#host.requestUpdate();
  }

  /** Whether the popover's code is here, loading it (with its styles and anchoring) the first time. */
  async #loaded(): Promise<boolean> {
    if (this.#part) return true;
    try {
      const part = await this.#parts.load();
      await messagesPending(part.messages, langOf(this.#host));
      if (!this.#part) {
        this.#part = part;
        this.#text = new LocaleController(this.#host, part.messages);
        adoptStyles(this.#host.renderRoot as ShadowRoot, [...this.#parts.styles(), part.styles]);
        this.#anchoring = part.anchor(this.#host, {
          panel: () => this.#parts.panel(),
          anchor: () => this.#parts.badge(),
          isOpen: () => this.#open,
          close: (focus) => this.close(focus),
        });
      }
      this.#failed = false;
      return true;
    } catch {
      this.#failed = true;
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }
}
