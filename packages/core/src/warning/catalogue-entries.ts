/**
 * The early-warning signal catalogue's rules (domain.md §5): the seven signal categories and every
 * signal code Credit Kit knows with its category and severity. Its text is apart, so code that
 * applies the rules carries none of it: the English labels of levels and actions in
 * `catalogue-levels.en.ts`, of signals and categories in `catalogue-signals.en.ts` (what a badge
 * shows only in its popover), the Chinese in `catalogue.zh-CN.ts`; `catalogue.ts` joins every
 * language for callers that want them at once. Hosts may raise signals with codes outside the
 * catalogue; those carry their own severity and are shown by their code.
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

/** One catalogued signal's rule: its stable code, category and severity. */
export interface SignalEntry {
  readonly code: string;
  readonly category: SignalCategoryCode;
  readonly severity: SignalSeverity;
}

const ENTRIES = [
  // Severe signals (domain.md §5): any one of them is red, with exit measures at once.
  // "已经拖欠到期贷款本金或利息" (003, 第十九条(一)): principal OR interest overdue, one fact, one code.
  // 欠息 (interest in arrears) is this signal; the old code `interest-in-arrears` is an alias of it.
  /* @__PURE__ */ entry('principal-or-interest-overdue', 'performance', 'severe'),
  /* @__PURE__ */ entry('production-stopped', 'environment', 'severe'),
  /* @__PURE__ */ entry('severe-loss-or-insolvency', 'financial', 'severe'),
  /* @__PURE__ */ entry('bankruptcy', 'financial', 'severe'),
  /* @__PURE__ */ entry('major-accident', 'environment', 'severe'),
  /* @__PURE__ */ entry('major-litigation', 'integrity', 'severe'),
  /* @__PURE__ */ entry('collateral-disposed-without-consent', 'performance', 'severe'),
  /* @__PURE__ */ entry('illegal-conduct', 'integrity', 'severe'),
  /* @__PURE__ */ entry('licence-revoked-or-assets-frozen', 'integrity', 'severe'),
  /* @__PURE__ */ entry('blacklisted-by-authority', 'integrity', 'severe'),
  /* @__PURE__ */ entry('collateral-value-down', 'performance', 'severe'),
  // "抵(质)押物出现破损、变质及其他影响价值的变化(减值幅度超过评估抵押价值的35%)": impairment by value.
  /* @__PURE__ */ entry('collateral-damaged', 'performance', 'severe'),
  /* @__PURE__ */ entry('collateral-transferred', 'performance', 'severe'),

  // Major events: red, and reported within 24 hours.
  /* @__PURE__ */ entry('ownership-change', 'ownership', 'major'),
  /* @__PURE__ */ entry('leadership-change', 'management', 'major'),
  /* @__PURE__ */ entry('guarantees-past-threshold', 'financial', 'major'),
  /* @__PURE__ */ entry('cross-default', 'performance', 'major'),
  /* @__PURE__ */ entry('financial-capacity-change', 'financial', 'major'),

  // Ordinary signals: one → yellow, two → orange, three or more → red.
  /* @__PURE__ */ entry('information-withheld', 'integrity', 'ordinary'),
  /* @__PURE__ */ entry('negative-reports', 'integrity', 'ordinary'),
  /* @__PURE__ */ entry('tax-arrears', 'integrity', 'ordinary'),
  /* @__PURE__ */ entry('litigation-pending', 'integrity', 'ordinary'),

  /* @__PURE__ */ entry('shareholder-dispute', 'ownership', 'ordinary'),
  /* @__PURE__ */ entry('owner-in-difficulty', 'ownership', 'ordinary'),
  /* @__PURE__ */ entry('equity-pledged-or-frozen', 'ownership', 'ordinary'),
  /* @__PURE__ */ entry('abnormal-related-party-transactions', 'ownership', 'ordinary'),
  /* @__PURE__ */ entry('group-member-under-warning', 'ownership', 'ordinary'),

  /* @__PURE__ */ entry('account-balance-falling', 'bank-account', 'ordinary'),
  /* @__PURE__ */ entry('abnormal-fund-flows', 'bank-account', 'ordinary'),
  /* @__PURE__ */ entry('settlement-volume-falling', 'bank-account', 'ordinary'),
  /* @__PURE__ */ entry('bill-dishonoured', 'bank-account', 'ordinary'),

  /* @__PURE__ */ entry('frequent-management-turnover', 'management', 'ordinary'),
  /* @__PURE__ */ entry('key-staff-departed', 'management', 'ordinary'),
  /* @__PURE__ */ entry('management-dispute', 'management', 'ordinary'),
  /* @__PURE__ */ entry('key-person-unreachable', 'management', 'ordinary'),

  /* @__PURE__ */ entry('industry-downturn', 'environment', 'ordinary'),
  // The sources conflict: 003 第二十条(十一) counts "国家出台了不利于企业的法规政策" as ordinary, the 重大事项 list
  // ("外部政策不利于贷款客户的变动") as a red major event. Default: major; `adversePolicySeverity` chooses.
  /* @__PURE__ */ entry('adverse-policy-change', 'environment', 'major'),
  /* @__PURE__ */ entry('major-customer-lost', 'environment', 'ordinary'),
  /* @__PURE__ */ entry('supply-disrupted', 'environment', 'ordinary'),
  /* @__PURE__ */ entry('sales-declining', 'environment', 'ordinary'),

  /* @__PURE__ */ entry('liquidity-worsening', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('leverage-worsening', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('interest-cover-worsening', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('profitability-worsening', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('abnormal-receivables', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('abnormal-payables', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('negative-operating-cash-flow', 'financial', 'ordinary'),
  /* @__PURE__ */ entry('qualified-audit-opinion', 'financial', 'ordinary'),

  /* @__PURE__ */ entry('receivable-overdue', 'performance', 'ordinary'),
  /* @__PURE__ */ entry('due-within-30-days', 'performance', 'ordinary'),
  /* @__PURE__ */ entry('over-credit-limit', 'performance', 'ordinary'),
  /* @__PURE__ */ entry('past-max-credit-period', 'performance', 'ordinary'),
  /* @__PURE__ */ entry('guarantor-weakened', 'performance', 'ordinary'),
  /* @__PURE__ */ entry('payments-delayed', 'performance', 'ordinary'),
] as const;

/** A code of a catalogued signal. */
export type SignalCode = (typeof ENTRIES)[number]['code'];

/** Every catalogued signal's rule: severe first, then major, then ordinary by category. Frozen. */
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

/** The labels of the warning levels and their actions in one language. */
export interface LevelActionLabels {
  readonly levels: Readonly<Record<WarningLevel, string>>;
  readonly actions: Readonly<Record<WarningAction, string>>;
}

/** The labels of the catalogued signals and their categories in one language, by code. */
export interface SignalLabels {
  readonly signals: Readonly<Record<SignalCode, string>>;
  readonly categories: Readonly<Record<SignalCategoryCode, string>>;
}

/** The catalogue's labels in one language: levels, actions, signals by code, categories by code. */
export interface CatalogueLabels extends LevelActionLabels, SignalLabels {}

function entry<C extends string>(code: C, category: SignalCategoryCode, severity: SignalSeverity): { code: C; category: SignalCategoryCode; severity: SignalSeverity } {
  return { code, category, severity };
}
