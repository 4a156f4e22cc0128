import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { warningMethods, type MethodSet } from '@credit-kit/client/resources';
import { property, query, state } from 'lit/decorators.js';
import { CreditKitValidationError, parseWith, warningStatusParser, type WarningLevel, type WarningStatus } from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { describeError } from '../base/describe-error.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { loadPopover } from './popover/load-popover.js';
import { BadgePopover } from './popover/badge-popover.js';
import type { PopoverPart } from './popover/popover-part.js';
import { BackgroundRefresh, sharedScheduler, type SchedulerSource } from './background-refresh.js';
import { refreshIntervalMs } from './refresh-interval.js';
import { CkWarningChangeEvent } from './warning-badge.events.js';
import { warningBadgeMessages } from './warning-badge.messages.js';
import { warningBadgeStyles } from './warning-badge.styles.js';
import { describeWarning, type WarningView } from './warning-view.js';
import {
  knownSize,
  knownVariant,
  renderBadgeButton,
  renderBadgeSkeleton,
  renderErrorBadge,
  renderPopoverUnavailable,
  type WarningBadgeSize,
  type WarningBadgeVariant,
} from './render/badge.js';

const DEFAULT_CURRENCY = 'CNY';

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
 * The popover's code loads the first time a badge on the page opens, the refresh timer's with the
 * first badge that has a `refresh-interval` (a list of badges does not download what it does not show).
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
 * @csspart popover-error - Beside the badge when the popover's code could not be loaded (a network failure); the next open tries again.
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
  @state() private isStale = false;

  @query('#badge') private badgeElement?: HTMLButtonElement;
  @query('#popover') private popoverElement?: HTMLElement;

  private readonly locale = new LocaleController(this, warningBadgeMessages);
  /** What the current (or last) load was for: a later change of either means loading again. */
  private loadedFor?: { readonly status: WarningStatus | undefined; readonly customerId: string };
  private readonly background = new BackgroundRefresh(
    () => this.refreshScheduler,
    () => void this.refresh(),
    // The timer's code did not load: no refresh will come, so the level shown may grow old.
    () => (this.isStale = true),
  );
  private refreshing?: Promise<void>;
  private readonly details = new BadgePopover(this, {
    load: () => this.loadPopoverPart(),
    styles: () => (this.constructor as typeof CkWarningBadge).elementStyles,
    badge: () => this.badgeElement,
    panel: () => this.popoverElement,
  });

  constructor() {
    super();
    // `status` set on the element before it was registered shadows the accessor: move it over,
    // as Lit does for its reactive properties on upgrade.
    if (Object.prototype.hasOwnProperty.call(this, 'status')) {
      const early = (this as unknown as { status?: WarningStatus }).status;
      delete (this as unknown as { status?: WarningStatus }).status;
      this.warningStatus = early;
    }
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
    return this.details.isOpen;
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
    await this.details.open(() => this.ready && this.view !== undefined);
  }

  /** Closes the popover; focus returns to the badge if it was inside the popover. */
  close(): void {
    this.details.close('if-inside');
  }

  /** Loads the popover's code (once per page); a subclass may load it otherwise (tests). */
  protected loadPopoverPart(): Promise<PopoverPart> {
    return loadPopover();
  }

  /** The scheduler of background refreshes (or its promise while it loads); a subclass may give another (tests). */
  protected get refreshScheduler(): SchedulerSource {
    return sharedScheduler();
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
    this.background.abort();
  }

  protected async load(signal: AbortSignal): Promise<void> {
    this.background.abort();
    this.isStale = false;
    this.loadedFor = { status: this.warningStatus, customerId: this.customerId };
    if (this.warningStatus) {
      this.applyStatus(parseWith(warningStatusParser, this.warningStatus, `<${this.localName}> warningStatus`));
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
    if (!this.ready) this.details.dismiss();
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const view = this.view;
    if (!view) return nothing;
    const t = this.locale.messages;
    const size = knownSize(this.size);
    const badge = renderBadgeButton({ view, t, size, variant: knownVariant(this.variant), stale: this.isStale, expanded: this.details.isOpen, onClick: this.onBadgeClick });
    const currency = /^[A-Za-z]{3}$/.test(this.currency) ? this.currency.toUpperCase() : DEFAULT_CURRENCY;
    return html`${badge}
      ${this.details.render({ view, t, lang: this.locale.lang, stale: this.isStale, currency })}${this.details.failed ? renderPopoverUnavailable(t) : nothing}`;
  }

  protected override renderLoading(): TemplateResult {
    return renderBadgeSkeleton(knownSize(this.size), this.locale.messages.loading);
  }

  protected override renderError(error: unknown): TemplateResult {
    const described = describeError(error, this.common.messages.errors);
    return renderErrorBadge(knownSize(this.size), described.message, this.locale.messages, () => void this.retry());
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
      this.applyStatus(validate ? parseWith(warningStatusParser, status, `<${this.localName}> warningStatus`) : status);
    } catch (error) {
      this.fail(error);
    }
  }

  private async refreshInBackground(): Promise<void> {
    const signal = this.background.start();
    const customerId = this.customerId.trim();
    try {
      const status = await this.resolveClient().getWarning(customerId, { signal });
      if (signal.aborted || !this.ready || this.warningStatus) return;
      this.applyStatus(status);
      this.isStale = false;
    } catch (error) {
      // Keep the last known level; the badge says it may be out of date.
      if (!signal.aborted) this.isStale = true;
      // A 429/503 with Retry-After: no background refresh before the backend asked for one.
      const retryAfterMs = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
      if (typeof retryAfterMs === 'number') this.background.holdFor(retryAfterMs);
    }
  }

  private syncSchedule(): void {
    this.background.every(this.isConnected ? refreshIntervalMs(this.refreshInterval) : 0);
  }

  private readonly onBadgeClick = (): void => {
    if (this.details.isOpen) this.details.close('badge');
    else void this.open();
  };

}
