import { SIGNAL_LABELS_EN } from '@credit-kit/core/signal-text';
import type { SignalLabels } from '@credit-kit/core/lean';

/**
 * The labels of signals and categories by code, as core's early-warning catalogue has them (never
 * retyped here), copied so that a partner can relabel one with `registerMessages` and a new language
 * falls back to English label by label. A host's own code not listed here is shown by its code.
 */
export function signalLabels(labels: SignalLabels) {
  return { signals: { ...labels.signals } as Record<string, string>, categories: { ...labels.categories } as Record<string, string> };
}

/**
 * The popover's text, loaded with its code (`popover-part.ts`): a bundle of its own that takes the
 * overrides registered under `warning-badge`, as the badge's face does. This module imports only
 * modules of data, so the popover's chunk shares no code with the page.
 */
export const popoverEnglish = {
  labels: signalLabels(SIGNAL_LABELS_EN),
  popover: {
    asOf: (date: string) => `As of ${date}`,
    close: 'Close',
    requiredAction: 'Required action',
    reportWithin: (hours: number) => `Major event: report within ${hours} hours.`,
    activeSignals: 'Active signals',
    noActiveSignals: 'No active signals.',
    released: (count: number) => `Released signals (${count})`,
    /** Renders the next `count` signals of a long list; `left` are not shown yet. */
    showMore: (count: number, left: number) => `Show ${count} more (${left} not shown)`,
    since: 'Since',
    releasedOn: 'Released',
    amount: 'Amount at stake',
    uncategorised: 'Other',
    severity: {
      severe: 'Severe',
      major: 'Major event',
      ordinary: 'Ordinary',
    },
    /** Why the level is what it is, besides the signals. */
    why: {
      /** `members` already joined, `level` already labelled. */
      propagated: (members: string, level: string) => `${level} of related group member ${members}: this customer is reported at that level within 2 days.`,
      blacklist: (status: string, reason: string) => `Blacklist: ${status}. Reason: ${reason}`,
      blacklistStatus: { reported: 'reported, awaiting head-office approval', listed: 'listed, trading restricted', rejected: 'report rejected', 'removal-requested': 'removal requested, still listed', removed: 'removed' },
    },
  },
};

/** The text of the badge's popover (a part of `WarningBadgeMessages`). */
export type WarningBadgePopoverMessages = typeof popoverEnglish;
