import type { WarningBadgePopoverMessages } from './popover.messages.js';

/**
 * Simplified Chinese of the popover, loaded the first time an open popover is read in `zh-CN`. The
 * catalogue's labels are added by the loader in `popover-part.ts`: this module imports nothing at
 * run time, so its chunk shares no code.
 */
const zhCN: Omit<WarningBadgePopoverMessages, 'labels'> = {
  popover: {
    asOf: (date: string) => `截至 ${date}`,
    close: '关闭',
    requiredAction: '处置要求',
    reportWithin: (hours: number) => `重大事项：须在 ${hours} 小时内报告。`,
    activeSignals: '当前预警信号',
    noActiveSignals: '暂无预警信号。',
    released: (count: number) => `已解除的信号（${count}）`,
    showMore: (count: number, left: number) => `再显示 ${count} 条（还有 ${left} 条未显示）`,
    since: '发生日期',
    releasedOn: '解除日期',
    amount: '涉及金额',
    uncategorised: '其他',
    severity: {
      severe: '严重',
      major: '重大事项',
      ordinary: '一般',
    },
    why: {
      propagated: (members: string, level: string) => `集团关联企业 ${members} 发生${level}：本客户按该预警级别列入上报范围，须在 2 日内上报。`,
      blacklist: (status: string, reason: string) => `黑名单：${status}。原因：${reason}`,
      blacklistStatus: { reported: '已上报，待总部审核', listed: '已列入，交易受限', rejected: '上报未通过', 'removal-requested': '已申请撤销，仍在黑名单中', removed: '已撤销' },
    },
  },
};

export default zhCN;
