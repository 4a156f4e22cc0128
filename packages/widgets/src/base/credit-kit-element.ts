import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CreditKitClient } from '@credit-kit/client';
import type { MethodSet } from '@credit-kit/client/resources';
import { CreditKitError } from '@credit-kit/core/lean';
import { commonMessages } from '../i18n/common-messages.js';
import { LocaleController, messagesLoading } from '../i18n/locale-controller.js';
import { ClientLookup } from './client-lookup.js';
import { describeError } from './describe-error.js';
import { LoadController, type LoadStatus } from './load-controller.js';
import { ThemeController, type ThemeName } from './theme-controller.js';
import { stateStyles, themeStyles } from './theme.styles.js';

/** No client was given, no `base-url` set, and no page-wide client configured. */
export class CreditKitConfigurationError extends CreditKitError {
  override name = 'CreditKitConfigurationError';
}

export type { LoadStatus };

/**
 * What every Credit Kit widget shares: finding its client, a load lifecycle with `loading`,
 * `error` and `ready` states (skeleton, error panel with Retry), `ck-ready` / `ck-load-error`
 * events, theme tokens and the reader's language. Rendering never lets an exception escape to the
 * page: a failure shows the error panel instead.
 *
 * @event ck-ready - The widget has its data and is usable.
 * @event ck-load-error - Loading failed; the widget shows an error panel with Retry.
 */
export abstract class CreditKitElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles, stateStyles];

  /** The client this widget uses; default: one made from `base-url`, else the page-wide client from `configure()`. */
  @property({ attribute: false }) client?: CreditKitClient;

  /** Base URL of the host backend, for a widget that talks to a backend of its own. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /**
   * `light`, `dark`, or `auto` (follows the reader's system setting). Default: the theme of the
   * Credit Kit element this one is rendered in (a badge in a dark table is dark), else `light`.
   * @type {'light' | 'dark' | 'auto'}
   */
  @property({ reflect: true })
  get theme(): ThemeName {
    return this.themes?.theme ?? 'light';
  }
  set theme(value: ThemeName) {
    this.themes?.setOwn(value);
  }

  private readonly themes = new ThemeController(this);

  protected readonly common = new LocaleController(this, commonMessages);

  /** The widget's main load (the subclass's `load`): announces `ck-ready` / `ck-load-error`. */
  protected readonly loader = new LoadController<[], void>(this, {
    task: (_, signal) => this.load(signal),
    autoRun: false,
    announce: { describe: (error) => describeError(error, this.common.messages.errors).message },
  });

  private readonly clients = new ClientLookup();

  /**
   * The client's endpoints this widget (and what it nests and hands its client to) calls: the
   * resource method sets of `@credit-kit/client/resources`. A client made from `base-url` has
   * just these, so the widget's bundle carries only their schemas.
   * @internal
   */
  static clientMethods: readonly MethodSet[] = [];

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // The theme controller's own reflection of an inherited theme is not the page setting one.
    if (name === 'theme' && this.themes.isWriting) return;
    super.attributeChangedCallback(name, old, value);
  }

  /** Holds an update until the messages of the widget's language have loaded (see `locale-registry`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const messages = messagesLoading(this);
    return messages ? messages.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Where the main load stands. */
  protected get loadStatus(): LoadStatus {
    return this.loader.status;
  }

  /** True while data is loading. */
  get loading(): boolean {
    return this.loader.status === 'loading';
  }

  /** True once the data is loaded and the widget is usable. */
  get ready(): boolean {
    return this.loader.status === 'ready';
  }

  /** The error of the last load, if it failed. */
  get error(): unknown {
    return this.loader.error;
  }

  /** Loads the widget's data (the subclass's `load`); resolves once it is ready or has failed. */
  async reload(): Promise<void> {
    await this.loader.run();
  }

  /** The Retry button: loads again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /** Fetches what the widget needs; rejects to show the error panel. Must honour `signal`. */
  protected abstract load(signal: AbortSignal): Promise<void>;

  /** Whether a property change means the data must be loaded again (e.g. `customerId`). */
  protected abstract needsReload(changed: PropertyValues<this>): boolean;

  /** The widget's own content once ready. */
  protected abstract renderReady(): TemplateResult | typeof nothing;

  /** The client to use, or `undefined` when none is configured (see `resolveClient`). */
  protected findClient(): CreditKitClient | undefined {
    return this.clients.find(this.client, this.baseUrl, (this.constructor as typeof CreditKitElement).clientMethods);
  }

  /** The client to use, or a `CreditKitConfigurationError` saying how to configure one. */
  protected resolveClient(): CreditKitClient {
    const client = this.findClient();
    if (client) return client;
    throw new CreditKitConfigurationError(
      `<${this.localName}> has no backend: call configure({ baseUrl }) from @credit-kit/client once per page, ` +
        'set its base-url attribute or client property, or give it its data by property.',
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Loading starts in the next update, not here: a host (React, Angular, a script) often sets
    // data or a client right after inserting the element, in the same task.
    if (this.loader.status === 'idle' || this.loader.status === 'loading') this.loader.requestRun();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected || !this.hasUpdated) return;
    if (changed.has('client') || changed.has('baseUrl') || this.needsReload(changed)) this.loader.requestRun();
  }

  /** Shows the error panel for `error` and tells the host with `ck-load-error`. */
  protected fail(error: unknown): void {
    this.loader.fail(error);
  }

  protected override render(): TemplateResult | typeof nothing {
    try {
      return this.loader.render({
        idle: () => this.renderLoading(),
        loading: () => this.renderLoading(),
        ready: () => this.renderReady(),
        error: (error) => this.renderError(error),
      })!;
    } catch (error) {
      // A rendering bug must not blank the widget or throw into the host page.
      console.error(`<${this.localName}> failed to render`, error);
      return this.renderError(error);
    }
  }

  /** Skeleton shown while loading; `role=status` announces it once. */
  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <span role="status" class="visually-hidden">${this.common.messages.loading}</span>
      <div class="skeleton-line short"></div>
      <div class="skeleton-line"></div>
      <div class="skeleton-line medium"></div>
    </div>`;
  }

  /** The error panel: the problem in words, technical details folded, and Retry. */
  protected renderError(error: unknown): TemplateResult {
    const t = this.common.messages;
    const described = describeError(error, t.errors);
    return html`<div class="error-panel" part="error" role="alert">
      <strong>${t.errorTitle}</strong>
      <span part="error-message">${described.message}</span>
      ${described.details ? html`<details><summary>${t.errors.technicalDetails}</summary>${described.details}</details>` : nothing}
      <button type="button" part="retry-button" class="primary" @click=${() => void this.retry()}>${t.retry}</button>
    </div>`;
  }
}
