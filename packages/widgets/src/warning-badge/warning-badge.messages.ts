import { LEVEL_ACTION_LABELS_EN, type LevelActionLabels } from '@credit-kit/core/lean';
import { defineMessages } from '../i18n/locale-registry.js';
import type { WarningBadgePopoverMessages } from './popover/popover.messages.js';

/**
 * The labels of levels and actions, as core's early-warning catalogue has them (never retyped here),
 * copied so that a partner can still relabel one of them with `registerMessages` and a new language
 * falls back to English label by label. The signal and category labels come with the popover
 * (`popover/popover.messages.ts`).
 */
function levelActionLabels(labels: LevelActionLabels) {
  return { levels: { ...labels.levels }, actions: { ...labels.actions } };
}

/**
 * Text of `<ck-warning-badge>` on its face: what every badge in a list shows. The popover's text
 * (`popover`, `labels.signals`, `labels.categories`) loads with the popover's code, in a bundle of
 * its own that takes the same overrides: partners relabel both with
 * `registerMessages(locale, 'warning-badge', { … })`, e.g. `{ labels: { levels: { red: 'Critical' } } }`
 * or `{ labels: { signals: { 'tax-arrears': 'Taxes unpaid' } } }`. Dates and amounts reach these
 * functions already formatted for the reader.
 */
const en = {
  labels: levelActionLabels(LEVEL_ACTION_LABELS_EN),
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
};

/** The text of the badge's face: the `warningBadgeMessages` bundle. */
export type WarningBadgeFaceMessages = typeof en;

/**
 * Every message of `<ck-warning-badge>`, face and popover: the shape a new language registers under
 * `warning-badge`.
 */
export type WarningBadgeMessages = WarningBadgeFaceMessages & WarningBadgePopoverMessages;

// The Chinese module's text plus core's Chinese catalogue labels, each a module of data that imports
// nothing at run time (a lazily loaded module's run-time imports would land in every page's first chunks).
const zhCN = () =>
  Promise.all([import('./warning-badge.messages.zh-CN.js'), import('@credit-kit/core/catalogue.zh-CN')]).then(([{ default: text }, { CATALOGUE_LABELS_ZH_CN }]) => ({
    default: { ...text, labels: levelActionLabels(CATALOGUE_LABELS_ZH_CN) },
  }));

export const warningBadgeMessages = defineMessages('warning-badge', { en }, { 'zh-CN': zhCN });
