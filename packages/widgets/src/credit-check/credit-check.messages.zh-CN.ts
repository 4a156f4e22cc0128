import type { CreditCheckMessages, ReasonFigures } from './credit-check.messages.js';

/** Simplified Chinese, loaded the first time a widget on the page reads `zh-CN`. */
const zhCN: CreditCheckMessages = {
  title: '信用检查',
  stages: { quote: '报价', order: '订单', delivery: '发货', invoice: '开票' },
  status: { ok: '通过', warning: '提示', blocked: '拦截' },
  actions: {
    proceed: '可以继续。',
    'proceed-with-warning': '可以继续，但须留意。',
    hold: '信用冻结：待信用管理部门放行。',
    block: '拒绝：须先由信用管理部门提高额度或消除原因。',
  },
  available: '可用额度',
  granted: '授信额度',
  used: '已用额度',
  deal: (stage: string) => `本次${stage}`,
  noAmount: '输入金额即可检查本笔交易。',
  reasonsHeading: '原因',
  allClear: '没有障碍。',
  reasons: {
    blacklisted: () => '该客户已列入黑名单。',
    'limit-exceeded': (f: ReasonFigures) => `超出额度 ${f.overBy}：含本笔 ${f.order} 已用 ${f.used}，授信额度 ${f.granted}。`,
    'overdue-amount': (f: ReasonFigures) => `逾期金额 ${f.overdue} 超过政策上限。`,
    'overdue-days': (f: ReasonFigures) => `有一笔款项已逾期 ${f.days} 天（宽限 ${f.grace} 天）：立即停止供货，组织追款——坚持清旧款、发新货。`,
    'past-max-credit-period': () => '有未结款项超过最长赊销期：停止供货，组织追款。',
    'grade-no-new-credit': (f: ReasonFigures) => `信用等级 ${f.grade}：不能新建立信贷关系。`,
    'grade-exit': (f: ReasonFigures) => `信用等级 ${f.grade}：应制定退出预案，坚决退出。`,
    'grade-maintain': (f: ReasonFigures) => `信用等级 ${f.grade}：以存量维护为主，伺机退出。`,
    'settlement-method': (f: ReasonFigures) => `该客户的资信不允许以${f.method}结算。`,
    utilisation: (f: ReasonFigures) => `额度使用率 ${f.utilisation} 已达到或超过预警线。`,
  },
  settlementMethods: { cash: '现款', bank_acceptance_bill: '银行承兑汇票', installments: '分期付款', open_credit: '赊销' },
  compactDetails: '详情',
  request: {
    open: '申请提高额度',
    openException: '申请例外',
    heading: '额度申请',
    kind: '申请类型',
    kinds: { new_limit: '新增额度', increase: '提高额度', temporary_exception: '临时例外', renewal: '续期' },
    amount: '申请额度',
    amountHint: (shortfall: string) => `现有授信额度加上缺口 ${shortfall}。`,
    until: '例外截止日',
    reason: '理由',
    reasonPrefill: (reasons: string) => `信用检查：${reasons}`,
    submit: '提交申请',
    cancel: '取消',
    sending: '正在提交…',
    sent: (number: string) => `额度申请 ${number} 已提交审批。`,
    failed: '申请未能提交。',
    invalid: {
      amount: '请输入申请额度，例如 150,000.00。',
      until: '请输入例外截止日。',
      reason: '请说明需要额度的理由。',
    },
  },
};

export default zhCN;
