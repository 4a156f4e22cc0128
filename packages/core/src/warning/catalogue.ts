/**
 * The early-warning signal catalogue (domain.md §5): the seven signal categories, every signal code
 * Credit Kit knows with its severity and its English and Chinese labels, and the labels of the
 * warning levels and actions. Hosts may raise signals with codes outside the catalogue; those carry
 * their own severity and are shown by their code.
 */
import type { SignalSeverity, WarningLevel } from '../schemas/warning-status.js';

/** A text in each locale Credit Kit ships. */
export interface LocalizedLabels {
  readonly en: string;
  readonly 'zh-CN': string;
}

/** Codes of the seven signal categories, in the order of domain.md §5. */
export const SIGNAL_CATEGORY_CODES = [
  'integrity',
  'ownership',
  'bank-account',
  'management',
  'environment',
  'financial',
  'performance',
] as const;

/** One of the seven signal categories. */
export type SignalCategoryCode = (typeof SIGNAL_CATEGORY_CODES)[number];

/** A signal category with its labels. */
export interface SignalCategory {
  readonly code: SignalCategoryCode;
  readonly labels: LocalizedLabels;
}

/** One catalogued signal: its stable code, category, severity and labels. */
export interface SignalDefinition {
  readonly code: string;
  readonly category: SignalCategoryCode;
  readonly severity: SignalSeverity;
  readonly labels: LocalizedLabels;
}

/** The seven signal categories of domain.md §5, with their labels. Frozen. */
export const SIGNAL_CATEGORIES: readonly SignalCategory[] = /* @__PURE__ */ deepFreeze([
  { code: 'integrity', labels: { en: 'Customer integrity and quality', 'zh-CN': '客户品质与诚信' } },
  { code: 'ownership', labels: { en: 'Owners and major shareholders', 'zh-CN': '股东与实际控制人' } },
  { code: 'bank-account', labels: { en: 'Bank-account behaviour', 'zh-CN': '账户行为' } },
  { code: 'management', labels: { en: 'Management and key staff', 'zh-CN': '管理层与关键人员' } },
  { code: 'environment', labels: { en: 'Operating environment', 'zh-CN': '经营环境' } },
  { code: 'financial', labels: { en: 'Financial condition', 'zh-CN': '财务状况' } },
  { code: 'performance', labels: { en: 'Capacity to perform', 'zh-CN': '履约能力' } },
] satisfies SignalCategory[]);

const CATALOGUE = [
  // Severe signals (domain.md §5): any one of them is red, with exit measures at once.
  // "已经拖欠到期贷款本金或利息" (003, 第十九条(一)): principal OR interest overdue, one fact, one code.
  // 欠息 (interest in arrears) is this signal; the old code `interest-in-arrears` is an alias of it.
  /* @__PURE__ */ sig('principal-or-interest-overdue', 'performance', 'severe', 'Principal or interest overdue (incl. interest in arrears)', '已经拖欠到期贷款本金或利息(含欠息)'),
  /* @__PURE__ */ sig('production-stopped', 'environment', 'severe', 'Production stopped', '停产停业'),
  /* @__PURE__ */ sig('severe-loss-or-insolvency', 'financial', 'severe', 'Severe loss or insolvency', '严重亏损或资不抵债'),
  /* @__PURE__ */ sig('bankruptcy', 'financial', 'severe', 'Bankruptcy', '破产'),
  /* @__PURE__ */ sig('major-accident', 'environment', 'severe', 'Major accident', '发生重大事故'),
  /* @__PURE__ */ sig('major-litigation', 'integrity', 'severe', 'Major litigation', '涉及重大诉讼'),
  /* @__PURE__ */ sig('collateral-disposed-without-consent', 'performance', 'severe', 'Collateral disposed of without consent', '擅自处置抵质押物'),
  /* @__PURE__ */ sig('illegal-conduct', 'integrity', 'severe', 'Illegal conduct', '违法违规经营'),
  /* @__PURE__ */ sig('licence-revoked-or-assets-frozen', 'integrity', 'severe', 'Licence revoked or assets frozen', '营业执照被吊销或资产被查封冻结'),
  /* @__PURE__ */ sig('blacklisted-by-authority', 'integrity', 'severe', 'Blacklisted by an authority', '被有权机关列入黑名单'),
  /* @__PURE__ */ sig('collateral-value-down', 'performance', 'severe', 'Collateral value down more than 35 % of its appraised value', '抵质押物价值较评估价值下降超过35%'),
  // "抵(质)押物出现破损、变质及其他影响价值的变化(减值幅度超过评估抵押价值的35%)": impairment by value.
  /* @__PURE__ */ sig('collateral-damaged', 'performance', 'severe', 'Collateral damaged or deteriorated: impairment more than 35 % of its appraised value', '抵(质)押物破损、变质,减值幅度超过评估抵押价值的35%'),
  /* @__PURE__ */ sig('collateral-transferred', 'performance', 'severe', 'Collateral transferred away', '抵质押物被转移'),

  // Major events: red, and reported within 24 hours.
  /* @__PURE__ */ sig('ownership-change', 'ownership', 'major', 'Change of ownership or controlling shareholder', '股权结构或实际控制人变更'),
  /* @__PURE__ */ sig('leadership-change', 'management', 'major', 'Change of legal representative or top management', '法定代表人或主要负责人变更'),
  /* @__PURE__ */ sig('guarantees-past-threshold', 'financial', 'major', 'Guarantees given to others past the threshold', '对外担保超过规定限额'),
  /* @__PURE__ */ sig('cross-default', 'performance', 'major', 'Cross-default on other obligations', '交叉违约'),
  /* @__PURE__ */ sig('financial-capacity-change', 'financial', 'major', 'Major change in financial capacity', '客户财务收支能力发生重大变化'),

  // Ordinary signals: one → yellow, two → orange, three or more → red.
  /* @__PURE__ */ sig('information-withheld', 'integrity', 'ordinary', 'Withholds or delays requested information', '不配合提供资料或信息披露不及时'),
  /* @__PURE__ */ sig('negative-reports', 'integrity', 'ordinary', 'Negative media or market reports', '出现负面舆情'),
  /* @__PURE__ */ sig('tax-arrears', 'integrity', 'ordinary', 'Tax arrears', '欠缴税款'),
  /* @__PURE__ */ sig('litigation-pending', 'integrity', 'ordinary', 'Involved in litigation or disputes', '涉及一般诉讼或纠纷'),

  /* @__PURE__ */ sig('shareholder-dispute', 'ownership', 'ordinary', 'Dispute among shareholders', '股东之间发生纠纷'),
  /* @__PURE__ */ sig('owner-in-difficulty', 'ownership', 'ordinary', 'Controlling shareholder in financial difficulty', '控股股东或实际控制人经营困难'),
  /* @__PURE__ */ sig('equity-pledged-or-frozen', 'ownership', 'ordinary', 'Shares pledged or frozen', '股权被质押或冻结'),
  /* @__PURE__ */ sig('abnormal-related-party-transactions', 'ownership', 'ordinary', 'Abnormal related-party transactions', '关联交易异常'),
  /* @__PURE__ */ sig('group-member-under-warning', 'ownership', 'ordinary', 'A related group member is under warning', '集团关联成员出现预警'),

  /* @__PURE__ */ sig('account-balance-falling', 'bank-account', 'ordinary', 'Account balance falling', '账户余额持续下降'),
  /* @__PURE__ */ sig('abnormal-fund-flows', 'bank-account', 'ordinary', 'Abnormal fund flows', '资金流向异常'),
  /* @__PURE__ */ sig('settlement-volume-falling', 'bank-account', 'ordinary', 'Settlement volume falling sharply', '结算量明显下降'),
  /* @__PURE__ */ sig('bill-dishonoured', 'bank-account', 'ordinary', 'Bill or cheque dishonoured', '票据被拒付或退票'),

  /* @__PURE__ */ sig('frequent-management-turnover', 'management', 'ordinary', 'Frequent management turnover', '管理层频繁变动'),
  /* @__PURE__ */ sig('key-staff-departed', 'management', 'ordinary', 'Key staff departed', '关键人员离职'),
  /* @__PURE__ */ sig('management-dispute', 'management', 'ordinary', 'Disputes within management', '管理层内部不和'),
  /* @__PURE__ */ sig('key-person-unreachable', 'management', 'ordinary', 'Key person cannot be reached', '主要负责人无法联系'),

  /* @__PURE__ */ sig('industry-downturn', 'environment', 'ordinary', 'Industry downturn', '行业景气度下降'),
  // The sources conflict: 003 第二十条(十一) counts "国家出台了不利于企业的法规政策" as ordinary, the 重大事项 list
  // ("外部政策不利于贷款客户的变动") as a red major event. Default: major; `adversePolicySeverity` chooses.
  /* @__PURE__ */ sig('adverse-policy-change', 'environment', 'major', 'Adverse change in external policy', '外部政策不利于客户的变动'),
  /* @__PURE__ */ sig('major-customer-lost', 'environment', 'ordinary', 'Major customer lost', '主要客户流失'),
  /* @__PURE__ */ sig('supply-disrupted', 'environment', 'ordinary', 'Supply disrupted', '原材料供应中断'),
  /* @__PURE__ */ sig('sales-declining', 'environment', 'ordinary', 'Sales declining markedly', '销售收入明显下降'),

  /* @__PURE__ */ sig('liquidity-worsening', 'financial', 'ordinary', 'Liquidity ratios worsening', '流动性指标恶化'),
  /* @__PURE__ */ sig('leverage-worsening', 'financial', 'ordinary', 'Leverage ratios worsening', '杠杆比率恶化'),
  /* @__PURE__ */ sig('interest-cover-worsening', 'financial', 'ordinary', 'Interest cover worsening', '利息保障倍数下降'),
  /* @__PURE__ */ sig('profitability-worsening', 'financial', 'ordinary', 'Profitability ratios worsening', '盈利能力指标恶化'),
  /* @__PURE__ */ sig('abnormal-receivables', 'financial', 'ordinary', 'Abnormal receivables', '应收账款异常'),
  /* @__PURE__ */ sig('abnormal-payables', 'financial', 'ordinary', 'Abnormal payables', '应付账款异常'),
  /* @__PURE__ */ sig('negative-operating-cash-flow', 'financial', 'ordinary', 'Operating cash flow persistently negative', '经营性现金流持续为负'),
  /* @__PURE__ */ sig('qualified-audit-opinion', 'financial', 'ordinary', 'Qualified audit opinion', '审计报告被出具非标准意见'),

  /* @__PURE__ */ sig('receivable-overdue', 'performance', 'ordinary', 'Receivable overdue', '应收账款逾期'),
  /* @__PURE__ */ sig('due-within-30-days', 'performance', 'ordinary', 'Due within 30 days and expected to go unpaid', '30天内到期且预计无法按期偿付'),
  /* @__PURE__ */ sig('over-credit-limit', 'performance', 'ordinary', 'Over the maximum credit sale (credit limit)', '超过最高赊销额'),
  /* @__PURE__ */ sig('past-max-credit-period', 'performance', 'ordinary', 'Past the maximum credit period', '超过最长赊销期'),
  /* @__PURE__ */ sig('guarantor-weakened', 'performance', 'ordinary', "Guarantor's capacity weakened", '保证人担保能力下降'),
  /* @__PURE__ */ sig('payments-delayed', 'performance', 'ordinary', 'Payments habitually delayed', '经常拖延付款'),
] as const;

/** A code of a catalogued signal. */
export type SignalCode = (typeof CATALOGUE)[number]['code'];

/** Every signal Credit Kit knows: severe first, then major, then ordinary by category. Frozen. */
export const SIGNAL_CATALOGUE: readonly SignalDefinition[] = /* @__PURE__ */ deepFreeze([...CATALOGUE]);

const BY_CODE: ReadonlyMap<string, SignalDefinition> = /* @__PURE__ */ new Map(SIGNAL_CATALOGUE.map((d) => [d.code, d]));
const CATEGORY_BY_CODE: ReadonlyMap<string, SignalCategory> = /* @__PURE__ */ new Map(SIGNAL_CATEGORIES.map((c) => [c.code, c]));

/**
 * Former codes that name a catalogued fact under another code. `interest-in-arrears` (欠息) is
 * "拖欠到期…利息": the severe `principal-or-interest-overdue`, never an ordinary signal of its own.
 */
export const SIGNAL_CODE_ALIASES: Readonly<Record<string, SignalCode>> = /* @__PURE__ */ Object.freeze({
  'interest-in-arrears': 'principal-or-interest-overdue',
});

/** The catalogue's code for `code`: an alias resolved, any other code unchanged. */
export function canonicalSignalCode(code: string): string {
  return SIGNAL_CODE_ALIASES[code] ?? code;
}

/** The catalogue entry of `code` (an alias resolves to its signal), or `undefined` for a host's own code. */
export function signalDefinition(code: string): SignalDefinition | undefined {
  return BY_CODE.get(canonicalSignalCode(code));
}

/** The category entry (with labels) of a category code, or `undefined` when there is none. */
export function signalCategory(code: string): SignalCategory | undefined {
  return CATEGORY_BY_CODE.get(code);
}

/** What each level calls for (domain.md §5): analyse and adjust, reduce exposure, or exit. */
export const WARNING_ACTIONS = ['none', 'adjust', 'reduce', 'exit'] as const;
/** The action a warning level calls for. */
export type WarningAction = (typeof WARNING_ACTIONS)[number];

/** Labels of the warning levels. */
export const WARNING_LEVEL_LABELS: Readonly<Record<WarningLevel, LocalizedLabels>> = /* @__PURE__ */ deepFreeze({
  none: { en: 'No warning', 'zh-CN': '无预警' },
  yellow: { en: 'Yellow warning', 'zh-CN': '黄色预警' },
  orange: { en: 'Orange warning', 'zh-CN': '橙色预警' },
  red: { en: 'Red warning', 'zh-CN': '红色预警' },
});

/** Labels of the actions. */
export const WARNING_ACTION_LABELS: Readonly<Record<WarningAction, LocalizedLabels>> = /* @__PURE__ */ deepFreeze({
  none: { en: 'No action', 'zh-CN': '无需处置' },
  adjust: { en: 'Analyse and adjust the terms', 'zh-CN': '调整授信方案' },
  reduce: { en: 'Reduce exposure', 'zh-CN': '减持' },
  exit: { en: 'Exit', 'zh-CN': '主动清户退出' },
});

function sig<C extends string>(
  code: C,
  category: SignalCategoryCode,
  severity: SignalSeverity,
  en: string,
  zhCN: string,
): { code: C; category: SignalCategoryCode; severity: SignalSeverity; labels: LocalizedLabels } {
  return { code, category, severity, labels: { en, 'zh-CN': zhCN } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
