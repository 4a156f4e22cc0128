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
function catalogueLabels(locale: CatalogueLocale) {
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
    since: 'Since',
    releasedOn: 'Released',
    amount: 'Amount at stake',
    uncategorised: 'Other',
    severity: {
      severe: 'Severe',
      major: 'Major event',
      ordinary: 'Ordinary',
    },
  },
};

/** The messages of `<ck-warning-badge>`. */
export type WarningBadgeMessages = typeof en;

const zhCN: WarningBadgeMessages = {
  labels: catalogueLabels('zh-CN'),
  separator: '，',
  activeCount: (count: number) => `当前预警信号 ${count} 项`,
  signalCount: (count: number) => `${count} 项信号`,
  stale: '可能不是最新状态',
  staleNotice: '最近一次刷新失败，当前显示的是最后已知的预警等级。',
  loading: '正在加载预警等级…',
  error: {
    label: '预警等级暂不可用',
    retry: '点击重试。',
  },
  popover: {
    asOf: (date: string) => `截至 ${date}`,
    close: '关闭',
    requiredAction: '处置要求',
    reportWithin: (hours: number) => `重大事项：须在 ${hours} 小时内报告。`,
    activeSignals: '当前预警信号',
    noActiveSignals: '暂无预警信号。',
    released: (count: number) => `已解除的信号（${count}）`,
    since: '发生日期',
    releasedOn: '解除日期',
    amount: '涉及金额',
    uncategorised: '其他',
    severity: {
      severe: '严重',
      major: '重大事项',
      ordinary: '一般',
    },
  },
};

/** The message bundle of `<ck-warning-badge>`, named `warning-badge`. */
export const warningBadgeMessages = defineMessages('warning-badge', { en, 'zh-CN': zhCN });
