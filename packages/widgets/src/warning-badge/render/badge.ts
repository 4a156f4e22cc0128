import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { levelIcon } from '../level-icon.js';
import type { WarningBadgeFaceMessages } from '../warning-badge.messages.js';
import type { WarningView } from '../warning-view.js';

/** Sizes of the badge. */
export type WarningBadgeSize = 'small' | 'medium' | 'large';
/** How much the badge shows: a shape only, the level, or level + action + signal count. */
export type WarningBadgeVariant = 'dot' | 'pill' | 'full';

const SIZES: readonly WarningBadgeSize[] = ['small', 'medium', 'large'];
const VARIANTS: readonly WarningBadgeVariant[] = ['dot', 'pill', 'full'];

/** A size or variant attribute as given, or its default when it is none of the known ones. */
export const knownSize = (size: string): WarningBadgeSize => (SIZES.includes(size as WarningBadgeSize) ? (size as WarningBadgeSize) : 'medium');
export const knownVariant = (variant: string): WarningBadgeVariant => (VARIANTS.includes(variant as WarningBadgeVariant) ? (variant as WarningBadgeVariant) : 'pill');

/** What the badge button shows. */
export interface BadgeButtonView {
  readonly view: WarningView;
  readonly t: WarningBadgeFaceMessages;
  readonly size: WarningBadgeSize;
  readonly variant: WarningBadgeVariant;
  readonly stale: boolean;
  readonly expanded: boolean;
  readonly onClick: () => void;
}

/** The badge: a button opening the popover, its level in words and shape. */
export function renderBadgeButton(b: BadgeButtonView): TemplateResult {
  const { view, t } = b;
  const classes = {
    badge: true,
    [`level-${view.level}`]: true,
    [`size-${b.size}`]: true,
    [`variant-${b.variant}`]: true,
    stale: b.stale,
  };
  return html`<button
    type="button"
    id="badge"
    part="badge"
    class=${classMap(classes)}
    aria-haspopup="dialog"
    aria-expanded=${b.expanded ? 'true' : 'false'}
    aria-controls=${b.expanded ? 'popover' : nothing}
    title=${b.stale ? t.staleNotice : nothing}
    data-level=${view.level}
    @click=${b.onClick}
  >
    <span part="dot" class="dot">${levelIcon(view.level)}</span>${renderBadgeText(b)}
  </button>`;
}

/** The words of the badge, without whitespace between parts (it would show in the accessible name). */
function renderBadgeText({ view, variant, t, stale }: BadgeButtonView): TemplateResult {
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
  const staleText = stale ? html`<span class="visually-hidden">${t.separator}${t.stale}</span>` : nothing;
  return html`${label}${extra}${staleText}`;
}

/** While the first status loads: a small placeholder the size of a badge. */
export function renderBadgeSkeleton(size: WarningBadgeSize, loading: string): TemplateResult {
  return html`<span part="skeleton" class="skeleton-badge size-${size}" aria-busy="true"><span class="visually-hidden">${loading}</span></span>`;
}

/**
 * The foundation's error panel is too big for a list row: a small "!" badge instead, the problem
 * in its accessible name and tooltip, retrying when activated.
 */
export function renderErrorBadge(size: WarningBadgeSize, message: string, t: WarningBadgeFaceMessages, retry: () => void): TemplateResult {
  return html`<button type="button" part="error retry-button" class="error-badge size-${size}" title=${`${t.error.label}: ${message}`} @click=${retry}>
    <span aria-hidden="true">!</span>
    <span class="visually-hidden">${t.error.label}: ${message} ${t.error.retry}</span>
  </button>`;
}

/** The popover's code could not be loaded (a network failure): said beside the badge, which opens it on the next try. */
export function renderPopoverUnavailable(t: WarningBadgeFaceMessages): TemplateResult {
  return html`<span part="popover-error" class="popover-error" role="alert">${t.popoverUnavailable}</span>`;
}
