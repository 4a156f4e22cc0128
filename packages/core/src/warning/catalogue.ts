/**
 * The early-warning signal catalogue (domain.md §5) with every language Credit Kit ships at once:
 * each signal's code, category, severity and its English and Chinese labels, and the labels of the
 * categories, warning levels and actions. Built from `catalogue-entries.ts` (the rules),
 * `catalogue-labels.en.ts` (English) and `catalogue.zh-CN.ts` (Chinese); code that shows one
 * language at a time reads those directly, so an English page never carries the Chinese text.
 */
import type { SignalSeverity, WarningLevel } from '../schemas/warning-status.js';
import {
  SIGNAL_ENTRIES,
  signalEntry,
  type SignalCategoryCode,
  type SignalCode,
  type SignalEntry,
  type WarningAction,
} from './catalogue-entries.js';
import { CATALOGUE_LABELS_EN } from './catalogue-labels.en.js';
import { CATALOGUE_LABELS_ZH_CN } from './catalogue.zh-CN.js';

export * from './catalogue-entries.js';
export * from './signal-text.js';
export { CATALOGUE_LABELS_EN, CATALOGUE_LABELS_ZH_CN };

/** A text in each locale Credit Kit ships. */
export interface LocalizedLabels {
  readonly en: string;
  readonly 'zh-CN': string;
}

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

const both = <K extends string>(en: Readonly<Record<K, string>>, zh: Readonly<Record<K, string>>): Record<K, LocalizedLabels> =>
  Object.fromEntries(Object.keys(en).map((key) => [key, Object.freeze({ en: en[key as K], 'zh-CN': zh[key as K] })])) as Record<K, LocalizedLabels>;

const definitionOf = (entry: SignalEntry): SignalDefinition =>
  Object.freeze({
    code: entry.code,
    category: entry.category,
    severity: entry.severity,
    labels: Object.freeze({ en: CATALOGUE_LABELS_EN.signals[entry.code as SignalCode], 'zh-CN': CATALOGUE_LABELS_ZH_CN.signals[entry.code as SignalCode] }),
  });

/** The seven signal categories of domain.md §5, with their labels. Frozen. */
export const SIGNAL_CATEGORIES: readonly SignalCategory[] = /* @__PURE__ */ Object.freeze(
  Object.entries(both(CATALOGUE_LABELS_EN.categories, CATALOGUE_LABELS_ZH_CN.categories)).map(([code, labels]) =>
    Object.freeze({ code: code as SignalCategoryCode, labels }),
  ),
);

/** Every signal Credit Kit knows: severe first, then major, then ordinary by category. Frozen. */
export const SIGNAL_CATALOGUE: readonly SignalDefinition[] = /* @__PURE__ */ Object.freeze(SIGNAL_ENTRIES.map(definitionOf));

const BY_CODE: ReadonlyMap<string, SignalDefinition> = /* @__PURE__ */ new Map(SIGNAL_CATALOGUE.map((d) => [d.code, d]));
const CATEGORY_BY_CODE: ReadonlyMap<string, SignalCategory> = /* @__PURE__ */ new Map(SIGNAL_CATEGORIES.map((c) => [c.code, c]));

/** The catalogue entry of `code` (an alias resolves to its signal), or `undefined` for a host's own code. */
export function signalDefinition(code: string): SignalDefinition | undefined {
  const entry = signalEntry(code);
  return entry && BY_CODE.get(entry.code);
}

/** The category entry (with labels) of a category code, or `undefined` when there is none. */
export function signalCategory(code: string): SignalCategory | undefined {
  return CATEGORY_BY_CODE.get(code);
}

/** Labels of the warning levels. Frozen. */
export const WARNING_LEVEL_LABELS: Readonly<Record<WarningLevel, LocalizedLabels>> = /* @__PURE__ */ Object.freeze(
  both(CATALOGUE_LABELS_EN.levels, CATALOGUE_LABELS_ZH_CN.levels),
);

/** Labels of the actions. Frozen. */
export const WARNING_ACTION_LABELS: Readonly<Record<WarningAction, LocalizedLabels>> = /* @__PURE__ */ Object.freeze(
  both(CATALOGUE_LABELS_EN.actions, CATALOGUE_LABELS_ZH_CN.actions),
);
