import type { ReactiveController, ReactiveElement } from 'lit';

/** The themes every widget knows: `auto` follows the reader's system setting. */
export type ThemeName = 'light' | 'dark' | 'auto';

const THEMES: ReadonlySet<string> = new Set(['light', 'dark', 'auto']);
const THEME_REQUEST = 'ck-theme-request';

/** Asks the nearest Credit Kit ancestor for its theme (composed: it crosses shadow roots). */
class ThemeRequestEvent extends Event {
  readonly consumer: ThemeController;
  constructor(consumer: ThemeController) {
    super(THEME_REQUEST, { bubbles: true, composed: true });
    this.consumer = consumer;
  }
}

type Host = ReactiveElement & { theme: ThemeName };

/**
 * A widget's theme: its own (the `theme` attribute or property, set by the page) or, without one,
 * the theme of the nearest Credit Kit element it is rendered in (a badge in a table, a calculator
 * on the approver's desk), kept in step when that one changes; else `light`. The theme in force is
 * reflected to the `theme` attribute, which the styles read, without becoming the widget's own.
 */
export class ThemeController implements ReactiveController {
  private own?: ThemeName;
  private inherited?: ThemeName;
  private provider?: ThemeController;
  private readonly consumers = new Set<ThemeController>();
  /** True while this controller writes the attribute (so the write is not taken for the page's). */
  private writing = false;
  private readonly host: Host;
  private readonly onRequest = (event: Event) => {
    const { consumer } = event as ThemeRequestEvent;
    if (!consumer || consumer === this) return;
    event.stopPropagation();
    this.consumers.add(consumer);
    consumer.provider = this;
    consumer.receive(this.theme);
  };

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    host.addEventListener(THEME_REQUEST, this.onRequest);
  }

  /** The theme in force. */
  get theme(): ThemeName {
    return this.own ?? this.inherited ?? 'light';
  }

  /** The page set (or, with `undefined`, removed) the widget's own theme. */
  setOwn(value: unknown): void {
    this.own = typeof value === 'string' && THEMES.has(value) ? (value as ThemeName) : undefined;
  }

  /** Whether an attribute change is this controller's own reflection (the page's changes pass). */
  get isWriting(): boolean {
    return this.writing;
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ThemeRequestEvent(this));
  }

  hostDisconnected(): void {
    this.provider?.consumers.delete(this);
    this.provider = undefined;
    if (this.inherited !== undefined) this.receive(undefined);
  }

  hostUpdated(): void {
    // The attribute shows the theme in force (the styles select on it); an inherited one is written
    // here, since Lit reflects only values the page set.
    const theme = this.theme;
    if (this.host.getAttribute('theme') !== theme && (this.own === undefined || this.host.hasAttribute('theme'))) {
      this.writing = true;
      try {
        this.host.setAttribute('theme', theme);
      } finally {
        this.writing = false;
      }
    }
    for (const consumer of this.consumers) consumer.receive(theme);
  }

  private receive(theme: ThemeName | undefined): void {
    if (theme === this.inherited) return;
    const old = this.theme;
    this.inherited = theme;
    this.host.requestUpdate('theme', old);
  }
}
