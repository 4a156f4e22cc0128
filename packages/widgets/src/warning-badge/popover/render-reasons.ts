import type { nothing, TemplateResult } from 'lit';
import type { WarningBadgeMessages } from '../warning-badge.messages.js';
import type { WarningView } from '../warning-view.js';
import type { PopoverPlatform } from './popover-platform.js';

const RANK = { none: 0, yellow: 1, orange: 2, red: 3 } as const;

/**
 * The reasons beside the signals (rules in core): a related group member's warning that put the
 * customer on the list (`part="propagation"`), and the open blacklist entry with its reason
 * (`part="blacklist"`). Backend text passes through Lit's escaping only.
 */
export function reasonsRenderer({ html, nothing }: PopoverPlatform) {
  return function renderWarningReasons(view: WarningView, t: WarningBadgeMessages): TemplateResult | typeof nothing {
    const why = t.popover.why;
    const worst = view.propagatedFrom.reduce<(typeof view.propagatedFrom)[number] | undefined>(
      (found, member) => (found === undefined || RANK[member.level] > RANK[found.level] ? member : found),
      undefined,
    );
    if (!worst && !view.blacklist) return nothing;
    const names = view.propagatedFrom.filter((m) => m.level === worst?.level).map((m) => m.customerName ?? m.customerId).join(t.separator);
    return html`${worst
      ? html`<p part="propagation" class="why">${why.propagated(names, t.labels.levels[worst.level])}</p>`
      : nothing}${view.blacklist
      ? html`<p part="blacklist" class="why">${why.blacklist(why.blacklistStatus[view.blacklist.status], view.blacklist.reason)}</p>`
      : nothing}`;
  };
}
