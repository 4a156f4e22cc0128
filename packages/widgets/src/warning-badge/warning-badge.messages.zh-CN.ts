import type { WarningBadgeFaceMessages } from './warning-badge.messages.js';

/**
 * Simplified Chinese of the badge's face, loaded the first time a widget on the page reads `zh-CN`
 * (see `../i18n/locale-registry.ts`). The catalogue's labels are added by the loader in
 * `warning-badge.messages.ts`: this module imports nothing at run time, so its chunk shares no code.
 */
const zhCN: Omit<WarningBadgeFaceMessages, 'labels'> = {
  separator: '，',
  activeCount: (count: number) => `当前预警信号 ${count} 项`,
  signalCount: (count: number) => `${count} 项信号`,
  stale: '可能不是最新状态',
  staleNotice: '最近一次刷新失败，当前显示的是最后已知的预警等级。',
  popoverUnavailable: '详情加载失败，请再次点击徽标重试。',
  loading: '正在加载预警等级…',
  error: {
    label: '预警等级暂不可用',
    retry: '点击重试。',
  },
};

export default zhCN;
