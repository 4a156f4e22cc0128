import { CATALOGUE_LABELS_EN, type CatalogueLabels } from '@credit-kit/core/lean';
import { defineMessages } from '../i18n/locale-registry.js';

/**
 * The labels of levels, actions, signals and categories, as core's early-warning catalogue has them
 * (never retyped here), copied so that a partner can still relabel one of them with `registerMessages`
 * and a new language falls back to English label by label. Signals and categories by code; a host's
 * own code not listed here is shown by its code.
 */
export function catalogueLabels(labels: CatalogueLabels) {
  return {
    levels: { ...labels.levels },
    actions: { ...labels.actions },
    signals: { ...labels.signals } as Record<string, string>,
    categories: { ...labels.categories } as Record<string, string>,
  };
}

/**
 * Text of `<ck-warning-badge>`. `en` defines the shape; every locale matches it. Partners relabel
 * with `registerMessages(locale, 'warning-badge', { … })`, e.g.
 * `{ labels: { levels: { red: 'Critical' } } }`. Dates and amounts reach these functions already
 * formatted for the reader.
 */
const en = {
  labels: catalogueLabels(CATALOGUE_LABELS_EN),
  /** Between the parts of the badge's accessible name. */
  separator: ', ',
  /** Added to the badge's accessible name (pill and dot). */
  activeCount: (count: number) => (count === 1 ? '1 active signal' : `${count} active signals`),
  /** Shown in the `full` variant. */
  signalCount: (count: number) => (count === 1 ? '1 signal' : `${count} signals`),
  stale: 'may be out of date',
  staleNotice: 'The latest refresh failed: this is the last known level.',
  popoverUnavailable: 'The details could not be loaded. Select the badge to try again.',
  loading: 'Loading the warning level…',
  error: {
    label: 'Warning level unavailable',
    retry: 'Activate to retry.',
  },
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

/** The messages of `<ck-warning-badge>`. */
export type WarningBadgeMessages = typeof en;

// The Chinese module's text plus core's Chinese catalogue labels, each a module of data that imports
// nothing at run time (a lazily loaded module's run-time imports would land in every page's first chunks).
const zhCN = () =>
  Promise.all([import('./warning-badge.messages.zh-CN.js'), import('@credit-kit/core/catalogue.zh-CN')]).then(([{ default: text }, { CATALOGUE_LABELS_ZH_CN }]) => ({
    default: { ...text, labels: catalogueLabels(CATALOGUE_LABELS_ZH_CN) },
  }));

export const warningBadgeMessages = defineMessages('warning-badge', { en }, { 'zh-CN': zhCN });
