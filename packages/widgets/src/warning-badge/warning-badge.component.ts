import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { warningMethods, type MethodSet } from '@credit-kit/client/resources';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CreditKitValidationError, parseWith, warningStatusSchema, type EvaluatedSignal, type WarningLevel, type WarningStatus } from '@credit-kit/core';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { describeError } from '../base/describe-error.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { levelIcon } from './level-icon.js';
import { placePopover } from './place-popover.js';
import { renderSignalDetail } from './signal-detail.js';
import { nextSignalStep, shownSignalCount, SIGNAL_PAGE_SIZE } from './signal-pages.js';
import { refreshIntervalMs, sharedRefreshScheduler, type RefreshScheduler, type RefreshSubscription } from './refresh-scheduler.js';
import { CkWarningChangeEvent } from './warning-badge.events.js';
import { warningBadgeMessages, type WarningBadgeMessages } from './warning-badge.messages.js';
import { warningBadgeStyles } from './warning-badge.styles.js';
import { describeWarning, type WarningView } from './warning-view.js';
import { renderWarningReasons } from './warning-reasons.js';

/** Sizes of the badge. */
export type WarningBadgeSize = 'small' | 'medium' | 'large';
/** How much the badge shows: a shape only, the level, or level + action + signal count. */
export type WarningBadgeVariant = 'dot' | 'pill' | 'full';

const SIZES: readonly WarningBadgeSize[] = ['small', 'medium', 'large'];
const VARIANTS: readonly WarningBadgeVariant[] = ['dot', 'pill', 'full'];
const DEFAULT_CURRENCY = 'CNY';

/** Where focus goes when the popover closes. */
type FocusAfterClose = 'badge' | 'if-inside' | 'stay';

/**
 * A customer's early-warning level (domain.md §5) — none, yellow, orange or red — as a compact
 * badge for a CRM list row. The level is always in words (visible, or in the accessible name of
 * the `dot` variant) and has its own shape, never colour alone. Activating the badge (click, Enter
 * or Space) opens a non-modal popover listing the active signals — category, signal, since when,
 * amount at stake — with the action the level calls for (adjust, reduce exposure, exit; "report
 * within 24 hours" for a major event), released signals folded apart. Escape or a click outside
 * closes it.
 *
 * Data: `customer-id` through the client (`getWarning`, which batches the calls of many badges
 * into `GET /warnings?customerId=…` and revalidates with ETags), or the `warningStatus` property
 * for a host that fetches itself (then no client is needed). The level comes from the status when
 * it has one — **the host's level wins** even if the signals would give another — otherwise it is
 * computed with core's `evaluateWarning(signals, { asOf })`. Signals are listed either way.
 *
 * Live: with `refresh-interval` the badge refreshes in the background (one shared timer per
 * interval for every badge on the page, paused while the tab is hidden, caught up once when it shows
 * again). A failed refresh keeps the last level, marked stale (dashed border, "may be out of date"
 * in its accessible name); a failed first load shows a small "!" badge that retries when activated.
 *
 * Methods: `refresh()` (background reload, no skeleton), `open()` (opens the popover, focus inside),
 * `close()` (focus back to the badge if it was inside), and the foundation's `reload()` / `retry()`.
 *
 * @tagname ck-warning-badge
 * @summary Early-warning level badge with a popover of its signals.
 *
 * @event ck-warning-change - The level moved between two loads of the same customer (refresh, new
 *   `warningStatus`, other `as-of`); never on the first load. Detail
 *   `{ customerId: string, level: WarningLevel, previousLevel: WarningLevel, status: WarningStatus }`.
 * @event ck-ready - The first status is loaded and shown. Detail `{}`.
 * @event ck-load-error - The first load failed; the compact error badge is shown. Detail `{ error, message }`.
 *
 * @csspart badge - The badge button (`aria-haspopup="dialog"`, `aria-expanded`).
 * @csspart dot - The level's shape inside the badge.
 * @csspart label - The level in words (visually hidden in the `dot` variant).
 * @csspart action - The required action: in the `full` badge, and the block at the top of the popover.
 * @csspart count - The count of active signals in the `full` badge.
 * @csspart popover - The popover panel (`role="dialog"`, labelled by its heading).
 * @csspart close-button - The popover's close button.
 * @csspart signal-list - The list of active signals.
 * @csspart propagation - Why the level rose: a related group member's warning.
 * @csspart blacklist - The customer's open blacklist entry, with its reason.
 * @csspart signal - One signal (active or released).
 * @csspart released-list - The folded section of released signals (a `<details>`).
 * @csspart show-more - The button under a long signal list that renders the next 50 signals (lists start with 50).
 * @csspart skeleton - The placeholder shown while the first status loads.
 * @csspart error - The compact error badge shown when the first load failed; activating it retries.
 * @csspart retry-button - The same compact error badge (it is the Retry action).
 *
 * @cssproperty --ck-warning-badge-dot-size - Size of the level shape. Default `1em`.
 * @cssproperty --ck-warning-badge-radius - Corner radius of the badge. Default `999px` (a pill); `0.8em` for `variant="full"`, which wraps onto more lines in a narrow column.
 * @cssproperty --ck-warning-badge-popover-width - Width of the popover (capped by the viewport). Default `22rem`.
 * @cssproperty --ck-warning-badge-popover-max-height - Tallest the popover gets before it scrolls (capped by the room beside the badge). Default `30rem`.
 */
export class CkWarningBadge extends CreditKitElement {
  static override styles = [CreditKitElement.styles, warningBadgeStyles];
  /**
   * The endpoints it calls.
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [warningMethods];
  /** `badge.focus()` focuses the badge button (e.g. from a grid's roving focus). */
  static override shadowRootOptions: ShadowRootInit = { ...CreditKitElement.shadowRootOptions, delegatesFocus: true };

  /** The customer whose status is loaded through the client. Default `''`. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** `small`, `medium` (default) or `large`. */
  @property() size: WarningBadgeSize = 'medium';

  /**
   * `dot` (shape only; the level is in the accessible name), `pill` (default: shape and level), or `full`
   * (level, required action and count of active signals).
   */
  @property() variant: WarningBadgeVariant = 'pill';

  /**
   * Seconds between background refreshes; `0` or absent (default) for none. Values under 1 second are raised
   * to 1.
   */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval = 0;

  /** Day (`YYYY-MM-DD`) the signals are evaluated on; default the status's `asOf` (the day the backend's data is as of), else today. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** ISO 4217 code of the signals' amounts. Default `CNY` (also used for an invalid code). */
  @property() currency = DEFAULT_CURRENCY;

  /**
   * The status, for a host that fetches it itself: `{ customerId, level?, signals }` (validated
   * against core's `warningStatusSchema`). While set, no client call is made.
   */
  @property({ attribute: false }) warningStatus?: WarningStatus;

  /** Alias of `warningStatus`, the name the integration guide uses: `badge.status = { customerId, signals }`. */
  get status(): WarningStatus | undefined {
    return this.warningStatus;
  }
  set status(value: WarningStatus | undefined) {
    this.warningStatus = value;
  }

  @state() private view?: WarningView;
  @state() private expanded = false;
  @state() private isStale = false;
  /** Signals rendered in the popover's lists (the rest behind "Show more"); reset on opening. */
  @state() private shownActive = SIGNAL_PAGE_SIZE;
  @state() private shownReleased = SIGNAL_PAGE_SIZE;

  @query('#badge') private badgeElement?: HTMLButtonElement;
  @query('#popover') private popoverElement?: HTMLElement;

  private readonly locale = new LocaleController(this, warningBadgeMessages);
  /** What the current (or last) load was for: a later change of either means loading again. */
  private loadedFor?: { readonly status: WarningStatus | undefined; readonly customerId: string };
  private subscription?: { readonly ms: number; readonly cancel: RefreshSubscription };
  private refreshAbort?: AbortController;
  private refreshing?: Promise<void>;
  private repositionFrame = 0;

  constructor() {
    super();
    // `status` set on the element before it was registered shadows the accessor: move it over,
    // as Lit does for its reactive properties on upgrade.
    if (Object.prototype.hasOwnProperty.call(this, 'status')) {
      const early = (this as unknown as { status?: WarningStatus }).status;
      delete (this as unknown as { status?: WarningStatus }).status;
      this.warningStatus = early;
    }
    this.addEventListener('keydown', this.onKeydown);
    this.addEventListener('focusout', this.onFocusOut);
  }

  /** Read-only: the level shown, once known. */
  get level(): WarningLevel | undefined {
    return this.view?.level;
  }

  /** True when the last background refresh failed and the level shown is the last known one. */
  get stale(): boolean {
    return this.isStale;
  }

  /** True while the popover is open. */
  get isOpen(): boolean {
    return this.expanded;
  }

  /**
   * Loads the status again in the background, keeping the badge on screen (no skeleton); on
   * failure the last level stays, marked stale. Before a first successful load it loads normally.
   * With `warningStatus` it only evaluates the signals again (today may have changed).
   */
  refresh(): Promise<void> {
    if (this.warningStatus) {
      if (this.view && this.ready) this.applyQuietly(this.view.status);
      return Promise.resolve();
    }
    if (this.loadStatus === 'loading') return Promise.resolve();
    if (this.loadStatus !== 'ready' || !this.view) return this.reload();
    this.refreshing ??= this.refreshInBackground().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Opens the popover and moves focus into it. Does nothing before the status is shown. */
  async open(): Promise<void> {
    if (!this.ready || !this.view) return;
    if (!this.expanded) {
      this.shownActive = SIGNAL_PAGE_SIZE;
      this.shownReleased = SIGNAL_PAGE_SIZE;
      this.expanded = true;
      await this.updateComplete;
      const panel = this.popoverElement;
      if (!panel || !this.expanded) return;
      if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
      this.listenWhileOpen(true);
      this.reposition();
    }
    this.popoverElement?.focus();
  }

  /** Closes the popover; focus returns to the badge if it was inside the popover. */
  close(): void {
    this.closePopover('if-inside');
  }

  /** The scheduler of background refreshes; a subclass may give another (tests). */
  protected get refreshScheduler(): RefreshScheduler {
    return sharedRefreshScheduler;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncSchedule();
    // Changed while disconnected: the foundation reloads only an idle or loading widget.
    this.followInputs();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncSchedule();
    this.refreshAbort?.abort();
    this.listenWhileOpen(false);
    this.expanded = false;
  }

  protected async load(signal: AbortSignal): Promise<void> {
    this.refreshAbort?.abort();
    this.isStale = false;
    this.loadedFor = { status: this.warningStatus, customerId: this.customerId };
    if (this.warningStatus) {
      this.applyStatus(parseWith(warningStatusSchema, this.warningStatus, `<${this.localName}> warningStatus`));
      return;
    }
    const customerId = this.customerId.trim();
    if (!customerId) {
      // A host may set `customer-id` or `warningStatus` just after appending the badge: the first
      // render then loads again (aborting this load) instead of flashing an error.
      await this.updateComplete;
      signal.throwIfAborted();
      throw new CreditKitValidationError(`<${this.localName}>`, [
        { path: 'customer-id', code: 'required', message: 'is required (or give the status in the warningStatus property)' },
      ]);
    }
    const status = await this.resolveClient().getWarning(customerId, { signal });
    signal.throwIfAborted();
    this.applyStatus(status);
  }

  /**
   * Always false: `followInputs` compares what the last load was for instead, which also catches
   * a `customer-id` or `warningStatus` set after connecting but before the first render (the
   * foundation only asks once the widget has rendered).
   */
  protected needsReload(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('refreshInterval')) this.syncSchedule();
    if (!this.followInputs() && changed.has('asOf') && this.ready && this.view) this.applyQuietly(this.view.status);
    if (!this.ready && this.expanded) {
      this.listenWhileOpen(false);
      this.expanded = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Content changed while open (a refresh): keep it anchored. On opening, `open()` places it once shown.
    if (this.expanded && !(changed as Map<PropertyKey, unknown>).has('expanded')) this.reposition();
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const t = this.locale.messages;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'pill';
    const size = SIZES.includes(this.size) ? this.size : 'medium';
    const classes = {
      badge: true,
      [`level-${view.level}`]: true,
      [`size-${size}`]: true,
      [`variant-${variant}`]: true,
      stale: this.isStale,
    };
    return html`<button
        type="button"
        id="badge"
        part="badge"
        class=${classMap(classes)}
        aria-haspopup="dialog"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls=${this.expanded ? 'popover' : nothing}
        title=${this.isStale ? t.staleNotice : nothing}
        data-level=${view.level}
        @click=${this.onBadgeClick}
      >
        <span part="dot" class="dot">${levelIcon(view.level)}</span>${this.renderBadgeText(view, variant, t)}
      </button>
      ${this.expanded ? this.renderPopover(view, t) : nothing}`;
  }

  /** The words of the badge, without whitespace between parts (it would show in the accessible name). */
  private renderBadgeText(view: WarningView, variant: WarningBadgeVariant, t: WarningBadgeMessages): TemplateResult {
    const count = view.active.length;
    const label = html`<span part="label" class=${variant === 'dot' ? 'visually-hidden' : 'label'}>${t.labels.levels[view.level]}</span>`;
    // A comma for screen readers (the visual "·" is hidden from them), so the words do not run together.
    const sep = html`<span class="visually-hidden">${t.separator}</span>`;
    const dot = html`<span class="sep" aria-hidden="true">·</span>`;
    const extra =
      variant === 'full'
        ? html`${sep}${dot}<span part="action">${t.labels.actions[view.action]}</span>${sep}${dot}<span part="count">${t.signalCount(count)}</span>`
        : count > 0
          ? html`<span class="visually-hidden">${t.separator}${t.activeCount(count)}</span>`
          : nothing;
    const stale = this.isStale ? html`<span class="visually-hidden">${t.separator}${t.stale}</span>` : nothing;
    return html`${label}${extra}${stale}`;
  }

  /** While the first status loads: a small placeholder the size of a badge. */
  protected override renderLoading(): TemplateResult {
    return html`<span part="skeleton" class="skeleton-badge size-${SIZES.includes(this.size) ? this.size : 'medium'}" aria-busy="true"
      ><span class="visually-hidden">${this.locale.messages.loading}</span></span
    >`;
  }

  /**
   * The foundation's error panel is too big for a list row: a small "!" badge instead, the
   * problem in its accessible name and tooltip, retrying when activated.
   */
  protected override renderError(error: unknown): TemplateResult {
    const t = this.locale.messages;
    const described = describeError(error, this.common.messages.errors);
    const size = SIZES.includes(this.size) ? this.size : 'medium';
    return html`<button
      type="button"
      part="error retry-button"
      class="error-badge size-${size}"
      title=${`${t.error.label}: ${described.message}`}
      @click=${() => void this.retry()}
    >
      <span aria-hidden="true">!</span>
      <span class="visually-hidden">${t.error.label}: ${described.message} ${t.error.retry}</span>
    </button>`;
  }

  private renderPopover(view: WarningView, t: WarningBadgeMessages): TemplateResult {
    const lang = this.locale.lang;
    const p = t.popover;
    return html`<div
      id="popover"
      part="popover"
      class="popover level-${view.level}"
      role="dialog"
      aria-labelledby="popover-heading"
      tabindex="-1"
      popover="manual"
    >
      <header>
        <div>
          <h2 id="popover-heading"><span class="dot">${levelIcon(view.level)}</span><span>${t.labels.levels[view.level]}</span></h2>
          <p class="as-of">${p.asOf(formatDate(view.asOf, lang))}</p>
        </div>
        <button type="button" class="close" part="close-button" aria-label=${p.close} @click=${() => this.closePopover('badge')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div part="action" class="required">
        <p><span class="muted">${p.requiredAction}</span> <strong>${t.labels.actions[view.action]}</strong></p>
        ${view.reportWithinHours !== undefined ? html`<p class="report">${p.reportWithin(view.reportWithinHours)}</p>` : nothing}
      </div>
      ${renderWarningReasons(view, t)}
      ${this.isStale ? html`<p class="stale-notice">${t.staleNotice}</p>` : nothing}
      <h3 id="active-heading">${p.activeSignals}</h3>
      ${view.active.length
        ? html`<ul part="signal-list" class="signals" aria-labelledby="active-heading">
            ${view.active.slice(0, shownSignalCount(view.active.length, this.shownActive)).map((signal) => this.renderSignal(signal, t))}
          </ul>
          ${this.renderShowMore(view.active.length, this.shownActive, 'active', (n) => (this.shownActive = n), t)}`
        : html`<p class="muted">${p.noActiveSignals}</p>`}
      ${view.released.length
        ? html`<details part="released-list" class="released" @toggle=${() => this.reposition()}>
            <summary>${p.released(view.released.length)}</summary>
            <ul class="signals">
              ${view.released.slice(0, shownSignalCount(view.released.length, this.shownReleased)).map((signal) => this.renderSignal(signal, t))}
            </ul>
            ${this.renderShowMore(view.released.length, this.shownReleased, 'released', (n) => (this.shownReleased = n), t)}
          </details>`
        : nothing}
    </div>`;
  }

  private renderShowMore(total: number, requested: number, list: string, show: (count: number) => void, t: WarningBadgeMessages): TemplateResult | typeof nothing {
    const shown = shownSignalCount(total, requested);
    const step = nextSignalStep(total, shown);
    if (step === 0) return nothing;
    const more = async (event: Event) => {
      const button = event.currentTarget as HTMLElement;
      show(shown + step);
      await this.updateComplete;
      // The last step removes the button: keep focus inside the popover.
      if (!button.isConnected) this.popoverElement?.focus();
    };
    return html`<button type="button" part="show-more" class="show-more" data-list=${list} @click=${more}>${t.popover.showMore(step, total - shown)}</button>`;
  }

  private renderSignal(signal: EvaluatedSignal, t: WarningBadgeMessages): TemplateResult {
    const lang = this.locale.lang;
    const p = t.popover;
    const category = signal.category === undefined ? p.uncategorised : (t.labels.categories[signal.category] ?? signal.category);
    return html`<li part="signal" class="signal" data-code=${signal.code}>
      <span class="signal-category">${category}</span>
      <span class="signal-label"
        ><span class="severity severity-${signal.severity}">${p.severity[signal.severity]}</span> ${t.labels.signals[signal.code] ?? signal.code}</span
      >
      ${renderSignalDetail(signal, lang)}
      <dl class="signal-meta">
        <div>
          <dt>${p.since}</dt>
          <dd><time datetime=${signal.raisedOn}>${formatDate(signal.raisedOn, lang)}</time></dd>
        </div>
        ${signal.releasedOn !== undefined
          ? html`<div>
              <dt>${p.releasedOn}</dt>
              <dd><time datetime=${signal.releasedOn}>${formatDate(signal.releasedOn, lang)}</time></dd>
            </div>`
          : nothing}
        ${signal.amount !== undefined
          ? html`<div>
              <dt>${p.amount}</dt>
              <dd>${formatMoney(signal.amount, this.amountCurrency(), lang)}</dd>
            </div>`
          : nothing}
      </dl>
    </li>`;
  }

  private amountCurrency(): string {
    return /^[A-Za-z]{3}$/.test(this.currency) ? this.currency.toUpperCase() : DEFAULT_CURRENCY;
  }

  /**
   * Loads again when `warningStatus` or (without it) `customer-id` differs from what the last load
   * was for. A new status for a badge already showing one is applied in place: no skeleton, focus
   * and popover kept. Returns whether anything was done.
   */
  private followInputs(): boolean {
    const last = this.loadedFor;
    if (!this.isConnected || !last) return false;
    const changed = this.warningStatus !== last.status || (!this.warningStatus && this.customerId !== last.customerId);
    if (!changed) return false;
    if (this.warningStatus && this.ready && this.view) {
      this.loadedFor = { status: this.warningStatus, customerId: this.customerId };
      this.applyQuietly(this.warningStatus, true);
    } else {
      void this.reload();
    }
    return true;
  }

  /** Shows `status`; fires `ck-warning-change` when the level of the same customer moved. */
  private applyStatus(status: WarningStatus): void {
    // The page's as-of first, then the backend's (the day its data is as of), the browser's today last.
    const next = describeWarning(status, this.asOf || status.asOf || undefined);
    const previous = this.view;
    this.view = next;
    if (previous && previous.customerId === next.customerId && previous.level !== next.level) {
      const event = new CkWarningChangeEvent({ customerId: next.customerId, level: next.level, previousLevel: previous.level, status });
      // After the render, so a listener sees the badge already showing the new level.
      void this.updateComplete.then(() => this.dispatchEvent(event));
    }
  }

  /** Applies a status while shown (new property value, other as-of, new day); a bad one shows the error. */
  private applyQuietly(status: WarningStatus, validate = false): void {
    try {
      this.applyStatus(validate ? parseWith(warningStatusSchema, status, `<${this.localName}> warningStatus`) : status);
    } catch (error) {
      this.fail(error);
    }
  }

  private async refreshInBackground(): Promise<void> {
    this.refreshAbort?.abort();
    const abort = new AbortController();
    this.refreshAbort = abort;
    const customerId = this.customerId.trim();
    try {
      const status = await this.resolveClient().getWarning(customerId, { signal: abort.signal });
      if (abort.signal.aborted || !this.ready || this.warningStatus) return;
      this.applyStatus(status);
      this.isStale = false;
    } catch (error) {
      // Keep the last known level; the badge says it may be out of date.
      if (!abort.signal.aborted) this.isStale = true;
      // A 429/503 with Retry-After: no background refresh before the backend asked for one.
      const retryAfterMs = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
      if (typeof retryAfterMs === 'number') this.subscription?.cancel.holdFor(retryAfterMs);
    }
  }

  private syncSchedule(): void {
    const ms = this.isConnected ? refreshIntervalMs(this.refreshInterval) : 0;
    if ((this.subscription?.ms ?? 0) === ms) return;
    this.subscription?.cancel();
    this.subscription = ms > 0 ? { ms, cancel: this.refreshScheduler.subscribe(ms, () => void this.refresh()) } : undefined;
  }

  private readonly onBadgeClick = (): void => {
    if (this.expanded) this.closePopover('badge');
    else void this.open();
  };

  private closePopover(focus: FocusAfterClose): void {
    if (!this.expanded) return;
    const active = this.shadowRoot?.activeElement ?? null;
    const focusInside = active !== null && (this.popoverElement?.contains(active) ?? false);
    if (focus === 'badge' || (focus === 'if-inside' && focusInside)) this.badgeElement?.focus();
    this.listenWhileOpen(false);
    this.expanded = false;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.expanded) return;
    // Handled here: a dialog or drawer around the list must not close too.
    event.preventDefault();
    event.stopPropagation();
    this.closePopover('badge');
  };

  /** Tabbing (or clicking) out of the badge and its popover closes the popover. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.expanded && next && next !== this && !this.contains(next)) this.closePopover('stay');
  };

  private readonly onPointerDownOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closePopover('stay');
  };

  private readonly onViewportChange = (): void => {
    if (this.repositionFrame) return;
    this.repositionFrame = requestAnimationFrame(() => {
      this.repositionFrame = 0;
      this.reposition();
    });
  };

  private listenWhileOpen(on: boolean): void {
    if (on) {
      document.addEventListener('pointerdown', this.onPointerDownOutside, true);
      window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
      window.addEventListener('resize', this.onViewportChange);
      return;
    }
    document.removeEventListener('pointerdown', this.onPointerDownOutside, true);
    window.removeEventListener('scroll', this.onViewportChange, true);
    window.removeEventListener('resize', this.onViewportChange);
    if (this.repositionFrame) {
      cancelAnimationFrame(this.repositionFrame);
      this.repositionFrame = 0;
    }
  }

  /** Anchors the popover to the badge, flipped above it when there is no room below. */
  private reposition(): void {
    const panel = this.popoverElement;
    const anchor = this.badgeElement;
    if (!panel || !anchor) return;
    panel.style.removeProperty('max-block-size'); // measure its natural height
    const size = panel.getBoundingClientRect();
    const viewport = document.documentElement;
    const placement = placePopover(
      anchor.getBoundingClientRect(),
      { width: size.width, height: size.height },
      { width: viewport.clientWidth, height: viewport.clientHeight },
      { rtl: getComputedStyle(this).direction === 'rtl' },
    );
    panel.style.setProperty('inset-inline-start', `${placement.inlineStart}px`);
    panel.style.setProperty('inset-block-start', `${placement.blockStart}px`);
    panel.style.setProperty('max-block-size', `min(var(--ck-warning-badge-popover-max-height, 30rem), ${placement.maxBlockSize}px)`);
    panel.dataset.side = placement.side;
  }
}
