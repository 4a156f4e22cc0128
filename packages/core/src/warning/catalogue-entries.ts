/**
 * The early-warning signal catalogue's rules and English text (domain.md §5): the seven signal
 * categories, every signal code Credit Kit knows with its category, severity and English label, and
 * the English labels of the warning levels and actions. The Chinese labels are in
 * `catalogue.zh-CN.ts`, loaded only where Chinese is shown; `catalogue.ts` joins both for callers
 * that want every language at once. Hosts may raise signals with codes outside the catalogue; those
 * carry their own severity and are shown by their code.
 */
import type { SignalSeverity, WarningLevel } from '../schemas/warning-status.js';

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

/** What each level calls for (domain.md §5): analyse and adjust, reduce exposure, or exit. */
export const WARNING_ACTIONS = ['none', 'adjust', 'reduce', 'exit'] as const;
/** The action a warning level calls for. */
export type WarningAction = (typeof WARNING_ACTIONS)[number];

/** One catalogued signal's rule: its stable code, category and severity, and its English label. */
export interface SignalEntry {
  readonly code: string;
  readonly category: SignalCategoryCode;
  readonly severity: SignalSeverity;
  readonly en: string;
}

const ENTRIES = [
  // Severe signals (domain.md §5): any one of them is red, with exit measures at once.
  // "已经拖欠到期贷款本金或利息" (003, 第十九条(一)): principal OR interest overdue, one fact, one code.
  // 欠息 (interest in arrears) is this signal; the old code `interest-in-arrears` is an alias of it.
  /* @__PURE__ */ entry('principal-or-interest-overdue', 'performance', 'severe', 'Principal or interest overdue (incl. interest in arrears)'),
  /* @__PURE__ */ entry('production-stopped', 'environment', 'severe', 'Production stopped'),
  /* @__PURE__ */ entry('severe-loss-or-insolvency', 'financial', 'severe', 'Severe loss or insolvency'),
  /* @__PURE__ */ entry('bankruptcy', 'financial', 'severe', 'Bankruptcy'),
  /* @__PURE__ */ entry('major-accident', 'environment', 'severe', 'Major accident'),
  /* @__PURE__ */ entry('major-litigation', 'integrity', 'severe', 'Major litigation'),
  /* @__PURE__ */ entry('collateral-disposed-without-consent', 'performance', 'severe', 'Collateral disposed of without consent'),
  /* @__PURE__ */ entry('illegal-conduct', 'integrity', 'severe', 'Illegal conduct'),
  /* @__PURE__ */ entry('licence-revoked-or-assets-frozen', 'integrity', 'severe', 'Licence revoked or assets frozen'),
  /* @__PURE__ */ entry('blacklisted-by-authority', 'integrity', 'severe', 'Blacklisted by an authority'),
  /* @__PURE__ */ entry('collateral-value-down', 'performance', 'severe', 'Collateral value down more than 35 % of its appraised value'),
  // "抵(质)押物出现破损、变质及其他影响价值的变化(减值幅度超过评估抵押价值的35%)": impairment by value.
  /* @__PURE__ */ entry('collateral-damaged', 'performance', 'severe', 'Collateral damaged or deteriorated: impairment more than 35 % of its appraised value'),
  /* @__PURE__ */ entry('collateral-transferred', 'performance', 'severe', 'Collateral transferred away'),

  // Major events: red, and reported within 24 hours.
  /* @__PURE__ */ entry('ownership-change', 'ownership', 'major', 'Change of ownership or controlling shareholder'),
  /* @__PURE__ */ entry('leadership-change', 'management', 'major', 'Change of legal representative or top management'),
  /* @__PURE__ */ entry('guarantees-past-threshold', 'financial', 'major', 'Guarantees given to others past the threshold'),
  /* @__PURE__ */ entry('cross-default', 'performance', 'major', 'Cross-default on other obligations'),
  /* @__PURE__ */ entry('financial-capacity-change', 'financial', 'major', 'Major change in financial capacity'),

  // Ordinary signals: one → yellow, two → orange, three or more → red.
  /* @__PURE__ */ entry('information-withheld', 'integrity', 'ordinary', 'Withholds or delays requested information'),
  /* @__PURE__ */ entry('negative-reports', 'integrity', 'ordinary', 'Negative media or market reports'),
  /* @__PURE__ */ entry('tax-arrears', 'integrity', 'ordinary', 'Tax arrears'),
  /* @__PURE__ */ entry('litigation-pending', 'integrity', 'ordinary', 'Involved in litigation or disputes'),

  /* @__PURE__ */ entry('shareholder-dispute', 'ownership', 'ordinary', 'Dispute among shareholders'),
  /* @__PURE__ */ entry('owner-in-difficulty', 'ownership', 'ordinary', 'Controlling shareholder in financial difficulty'),
  /* @__PURE__ */ entry('equity-pledged-or-frozen', 'ownership', 'ordinary', 'Shares pledged or frozen'),
  /* @__PURE__ */ entry('abnormal-related-party-transactions', 'ownership', 'ordinary', 'Abnormal related-party transactions'),
  /* @__PURE__ */ entry('group-member-under-warning', 'ownership', 'ordinary', 'A related group member is under warning'),

  /* @__PURE__ */ entry('account-balance-falling', 'bank-account', 'ordinary', 'Account balance falling'),
  /* @__PURE__ */ entry('abnormal-fund-flows', 'bank-account', 'ordinary', 'Abnormal fund flows'),
  /* @__PURE__ */ entry('settlement-volume-falling', 'bank-account', 'ordinary', 'Settlement volume falling sharply'),
  /* @__PURE__ */ entry('bill-dishonoured', 'bank-account', 'ordinary', 'Bill or cheque dishonoured'),

  /* @__PURE__ */ entry('frequent-management-turnover', 'management', 'ordinary', 'Frequent management turnover'),
  /* @__PURE__ */ entry('key-staff-departed', 'management', 'ordinary', 'Key staff departed'),
  /* @__PURE__ */ entry('management-dispute', 'management', 'ordinary', 'Disputes within management'),
  /* @__PURE__ */ entry('key-person-unreachable', 'management', 'ordinary', 'Key person cannot be reached'),

  /* @__PURE__ */ entry('industry-downturn', 'environment', 'ordinary', 'Industry downturn'),
  // The sources conflict: 003 第二十条(十一) counts "国家出台了不利于企业的法规政策" as ordinary, the 重大事项 list
  // ("外部政策不利于贷款客户的变动") as a red major event. Default: major; `adversePolicySeverity` chooses.
  /* @__PURE__ */ entry('adverse-policy-change', 'environment', 'major', 'Adverse change in external policy'),
  /* @__PURE__ */ entry('major-customer-lost', 'environment', 'ordinary', 'Major customer lost'),
  /* @__PURE__ */ entry('supply-disrupted', 'environment', 'ordinary', 'Supply disrupted'),
  /* @__PURE__ */ entry('sales-declining', 'environment', 'ordinary', 'Sales declining markedly'),

  /* @__PURE__ */ entry('liquidity-worsening', 'financial', 'ordinary', 'Liquidity ratios worsening'),
  /* @__PURE__ */ entry('leverage-worsening', 'financial', 'ordinary', 'Leverage ratios worsening'),
  /* @__PURE__ */ entry('interest-cover-worsening', 'financial', 'ordinary', 'Interest cover worsening'),
  /* @__PURE__ */ entry('profitability-worsening', 'financial', 'ordinary', 'Profitability ratios worsening'),
  /* @__PURE__ */ entry('abnormal-receivables', 'financial', 'ordinary', 'Abnormal receivables'),
  /* @__PURE__ */ entry('abnormal-payables', 'financial', 'ordinary', 'Abnormal payables'),
  /* @__PURE__ */ entry('negative-operating-cash-flow', 'financial', 'ordinary', 'Operating cash flow persistently negative'),
  /* @__PURE__ */ entry('qualified-audit-opinion', 'financial', 'ordinary', 'Qualified audit opinion'),

  /* @__PURE__ */ entry('receivable-overdue', 'performance', 'ordinary', 'Receivable overdue'),
  /* @__PURE__ */ entry('due-within-30-days', 'performance', 'ordinary', 'Due within 30 days and expected to go unpaid'),
  /* @__PURE__ */ entry('over-credit-limit', 'performance', 'ordinary', 'Over the maximum credit sale (credit limit)'),
  /* @__PURE__ */ entry('past-max-credit-period', 'performance', 'ordinary', 'Past the maximum credit period'),
  /* @__PURE__ */ entry('guarantor-weakened', 'performance', 'ordinary', "Guarantor's capacity weakened"),
  /* @__PURE__ */ entry('payments-delayed', 'performance', 'ordinary', 'Payments habitually delayed'),
] as const;

/** A code of a catalogued signal. */
export type SignalCode = (typeof ENTRIES)[number]['code'];

/** Every catalogued signal's rule and English label: severe first, then major, then ordinary by category. Frozen. */
export const SIGNAL_ENTRIES: readonly SignalEntry[] = /* @__PURE__ */ Object.freeze(ENTRIES.map((e) => Object.freeze(e)));

const BY_CODE: ReadonlyMap<string, SignalEntry> = /* @__PURE__ */ new Map(SIGNAL_ENTRIES.map((e) => [e.code, e]));

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

/** The catalogue's rule of `code` (an alias resolves to its signal), or `undefined` for a host's own code. */
export function signalEntry(code: string): SignalEntry | undefined {
  return BY_CODE.get(canonicalSignalCode(code));
}

/** The catalogue's labels in one language: levels, actions, signals by code, categories by code. */
export interface CatalogueLabels {
  readonly levels: Readonly<Record<WarningLevel, string>>;
  readonly actions: Readonly<Record<WarningAction, string>>;
  readonly signals: Readonly<Record<SignalCode, string>>;
  readonly categories: Readonly<Record<SignalCategoryCode, string>>;
}

/** The catalogue's English labels. Frozen. */
export const CATALOGUE_LABELS_EN: CatalogueLabels = /* @__PURE__ */ Object.freeze({
  levels: /* @__PURE__ */ Object.freeze({ none: 'No warning', yellow: 'Yellow warning', orange: 'Orange warning', red: 'Red warning' }),
  actions: /* @__PURE__ */ Object.freeze({ none: 'No action', adjust: 'Analyse and adjust the terms', reduce: 'Reduce exposure', exit: 'Exit' }),
  signals: /* @__PURE__ */ Object.freeze(Object.fromEntries(ENTRIES.map((e) => [e.code, e.en])) as Record<SignalCode, string>),
  categories: /* @__PURE__ */ Object.freeze({
    integrity: 'Customer integrity and quality',
    ownership: 'Owners and major shareholders',
    'bank-account': 'Bank-account behaviour',
    management: 'Management and key staff',
    environment: 'Operating environment',
    financial: 'Financial condition',
    performance: 'Capacity to perform',
  }),
});

function entry<C extends string>(code: C, category: SignalCategoryCode, severity: SignalSeverity, en: string): { code: C; category: SignalCategoryCode; severity: SignalSeverity; en: string } {
  return { code, category, severity, en };
}
