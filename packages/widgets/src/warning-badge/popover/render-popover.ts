import type { nothing, TemplateResult } from 'lit';
import type { AssessedSignal } from '@credit-kit/core/lean';
import { signalDetail } from '@credit-kit/core/signal-text';
import type { WarningBadgeMessages } from '../warning-badge.messages.js';
import type { WarningView } from '../warning-view.js';
import type { PopoverPlatform } from './popover-platform.js';
import { reasonsRenderer } from './render-reasons.js';
import { nextSignalStep, shownSignalCount } from './signal-pages.js';

/** What the popover shows, and what its controls do. */
export interface PopoverView {
  readonly view: WarningView;
  readonly t: WarningBadgeMessages;
  readonly lang: string;
  readonly stale: boolean;
  /** Currency of signal amounts. */
  readonly currency: string;
  /** Signals requested so far in each list (they grow by pages; 0 for the first page). */
  readonly shownActive: number;
  readonly shownReleased: number;
  showActive(count: number): void;
  showReleased(count: number): void;
  close(): void;
  /** The released list opened or closed: the popover's size changed. */
  resized(): void;
  /** After a "show more" ran: focus stays inside even when its button is gone. */
  afterShowMore(button: HTMLElement): Promise<void>;
}

/**
 * The popover's render function (level and required action, why, active signals, released ones
 * folded apart), over the page's `platform`.
 */
export function popoverRenderer(platform: PopoverPlatform): (p: PopoverView) => TemplateResult {
  const { html, nothing, formatDate, formatMoney, levelIcon } = platform;
  const renderWarningReasons = reasonsRenderer(platform);

  /** The popover: level and required action, why, active signals, released ones folded apart. */
  function renderPopover(p: PopoverView): TemplateResult {
    const { view, t, lang } = p;
    const m = t.popover;
    return html`<div id="popover" part="popover" class="popover level-${view.level}" role="dialog" aria-labelledby="popover-heading" tabindex="-1" popover="manual">
      <header>
        <div>
          <h2 id="popover-heading"><span class="dot">${levelIcon(view.level)}</span><span>${t.labels.levels[view.level]}</span></h2>
          <p class="as-of">${m.asOf(formatDate(view.asOf, lang))}</p>
        </div>
        <button type="button" class="close" part="close-button" aria-label=${m.close} @click=${() => p.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div part="action" class="required">
        <p><span class="muted">${m.requiredAction}</span> <strong>${t.labels.actions[view.action]}</strong></p>
        ${view.reportWithinHours !== undefined ? html`<p class="report">${m.reportWithin(view.reportWithinHours)}</p>` : nothing}
      </div>
      ${renderWarningReasons(view, t)}
      ${p.stale ? html`<p class="stale-notice">${t.staleNotice}</p>` : nothing}
      <h3 id="active-heading">${m.activeSignals}</h3>
      ${view.active.length
        ? html`<ul part="signal-list" class="signals" aria-labelledby="active-heading">
              ${view.active.slice(0, shownSignalCount(view.active.length, p.shownActive)).map((signal) => renderSignal(signal, p))}
            </ul>
            ${renderShowMore(p, view.active.length, p.shownActive, 'active', (n) => p.showActive(n))}`
        : html`<p class="muted">${m.noActiveSignals}</p>`}
      ${view.released.length
        ? html`<details part="released-list" class="released" @toggle=${() => p.resized()}>
            <summary>${m.released(view.released.length)}</summary>
            <ul class="signals">
              ${view.released.slice(0, shownSignalCount(view.released.length, p.shownReleased)).map((signal) => renderSignal(signal, p))}
            </ul>
            ${renderShowMore(p, view.released.length, p.shownReleased, 'released', (n) => p.showReleased(n))}
          </details>`
        : nothing}
    </div>`;
  }

  function renderShowMore(p: PopoverView, total: number, requested: number, list: string, show: (count: number) => void): TemplateResult | typeof nothing {
    const shown = shownSignalCount(total, requested);
    const step = nextSignalStep(total, shown);
    if (step === 0) return nothing;
    const more = (event: Event) => {
      const button = event.currentTarget as HTMLElement;
      show(shown + step);
      void p.afterShowMore(button);
    };
    return html`<button type="button" part="show-more" class="show-more" data-list=${list} @click=${more}>${p.t.popover.showMore(step, total - shown)}</button>`;
  }

  function renderSignal(signal: AssessedSignal, { t, lang, currency }: PopoverView): TemplateResult {
    const m = t.popover;
    const category = signal.category === undefined ? m.uncategorised : (t.labels.categories[signal.category] ?? signal.category);
    return html`<li part="signal" class="signal" data-code=${signal.code}>
      <span class="signal-category">${category}</span>
      <span class="signal-label"
        ><span class="severity severity-${signal.severity}">${m.severity[signal.severity]}</span> ${t.labels.signals[signal.code] ?? signal.code}</span
      >
      ${renderSignalDetail(signal, lang)}
      <dl class="signal-meta">
        <div>
          <dt>${m.since}</dt>
          <dd><time datetime=${signal.raisedOn}>${formatDate(signal.raisedOn, lang)}</time></dd>
        </div>
        ${signal.releasedOn !== undefined
          ? html`<div>
              <dt>${m.releasedOn}</dt>
              <dd><time datetime=${signal.releasedOn}>${formatDate(signal.releasedOn, lang)}</time></dd>
            </div>`
          : nothing}
        ${signal.amount !== undefined
          ? html`<div>
              <dt>${m.amount}</dt>
              <dd>${formatMoney(signal.amount, currency, lang)}</dd>
            </div>`
          : nothing}
      </dl>
    </li>`;
  }

  /** A signal's detail: core's catalogue text from its `params` in the reader's language, else the host's free-text `note` as given. */
  function renderSignalDetail(signal: AssessedSignal, lang: string): TemplateResult | typeof nothing {
    const text = signalDetail(signal.code, signal.params, lang) ?? signal.note;
    return text ? html`<p class="signal-note">${text}</p>` : nothing;
  }

  return renderPopover;
}
