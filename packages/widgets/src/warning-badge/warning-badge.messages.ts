import {
  SIGNAL_CATALOGUE,
  SIGNAL_CATEGORIES,
  WARNING_ACTION_LABELS,
  WARNING_LEVEL_LABELS,
  type LocalizedLabels,
  type WarningAction,
  type WarningLevel,
} from '@credit-kit/core';
import { defineMessages } from '../i18n/locale-registry.js';

type CatalogueLocale = keyof LocalizedLabels;

/**
 * The labels of levels, actions, signals and categories, taken from core's early-warning catalogue
 * (never retyped here), so that a partner can still relabel one of them with `registerMessages`
 * and a new language falls back to English label by label.
 */
export function catalogueLabels(locale: CatalogueLocale) {
  const pick = <K extends string>(labels: Readonly<Record<K, LocalizedLabels>>) =>
    Object.fromEntries(Object.entries<LocalizedLabels>(labels).map(([key, value]) => [key, value[locale]])) as Record<K, string>;
  return {
    levels: pick<WarningLevel>(WARNING_LEVEL_LABELS),
    actions: pick<WarningAction>(WARNING_ACTION_LABELS),
    /** By signal code; a host's own code not listed here is shown by its code. */
    signals: Object.fromEntries(SIGNAL_CATALOGUE.map((d) => [d.code, d.labels[locale]])) as Record<string, string>,
    /** By category code; a host's own category not listed here is shown by its code. */
    categories: Object.fromEntries(SIGNAL_CATEGORIES.map((c) => [c.code, c.labels[locale]])) as Record<string, string>,
  };
}

/**
 * Text of `<ck-warning-badge>`. `en` defines the shape; every locale matches it. Partners relabel
 * with `registerMessages(locale, 'warning-badge', { … })`, e.g.
 * `{ labels: { levels: { red: 'Critical' } } }`. Dates and amounts reach these functions already
 * formatted for the reader.
 */
const en = {
  labels: catalogueLabels('en'),
  /** Between the parts of the badge's accessible name. */
  separator: ', ',
  /** Added to the badge's accessible name (pill and dot). */
  activeCount: (count: number) => (count === 1 ? '1 active signal' : `${count} active signals`),
  /** Shown in the `full` variant. */
  signalCount: (count: number) => (count === 1 ? '1 signal' : `${count} signals`),
  stale: 'may be out of date',
  staleNotice: 'The latest refresh failed: this is the last known level.',
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

// The Chinese module's text plus the catalogue's Chinese labels, joined here: a run-time import in a
// lazily loaded module would put what it uses in every page's first chunks (see aging-table/chunks.ts).
const zhCN = () => import('./warning-badge.messages.zh-CN.js').then(({ default: text }) => ({ default: { ...text, labels: catalogueLabels('zh-CN') } }));

export const warningBadgeMessages = defineMessages('warning-badge', { en }, { 'zh-CN': zhCN });
