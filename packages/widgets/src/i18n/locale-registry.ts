/**
 * Every user-visible string lives in a typed message bundle per component (`en` defines the shape,
 * other locales must match it). Hosts add locales and partners relabel with `registerMessages`;
 * a lookup falls back `zh-Hans-CN` → `zh-CN` → `zh` → `en`.
 */

type Plain = Record<string, unknown>;

/** A bundle's messages, with every nested key optional: what an override or a new locale gives. */
export type PartialMessages<M> = { [K in keyof M]?: M[K] extends (...args: never[]) => unknown ? M[K] : M[K] extends object ? PartialMessages<M[K]> : M[K] };

/** A named bundle of messages with its built-in locales. */
export interface MessageBundle<M extends object> {
  readonly name: string;
  readonly builtIn: { readonly en: M } & Readonly<Record<string, M>>;
}

export const DEFAULT_LOCALE = 'en';

const overrides = new Map<string, Map<string, Plain[]>>();
const cache = new Map<string, unknown>();
let version = 0;

/** Event fired on `window` when messages change at runtime, so live widgets re-render. */
export const MESSAGES_CHANGED_EVENT = 'ck-messages-changed';

/** Declares a bundle; components call it once at module load. */
export function defineMessages<M extends object>(name: string, builtIn: { en: M } & Record<string, M>): MessageBundle<M> {
  return { name, builtIn };
}

/**
 * Adds or overrides messages of `bundle` for `locale`: a new language, or a partner's relabelling
 * (`registerMessages('en', 'credit-application', { actions: { submit: 'Send for approval' } })`).
 * Later registrations win. Widgets on the page re-render.
 */
export function registerMessages(locale: string, bundle: string, messages: Plain): void {
  const tag = canonicalLocale(locale);
  let byLocale = overrides.get(bundle);
  if (!byLocale) overrides.set(bundle, (byLocale = new Map()));
  byLocale.set(tag, [...(byLocale.get(tag) ?? []), messages]);
  version++;
  cache.clear();
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(MESSAGES_CHANGED_EVENT));
}

/** Removes every registered override (tests, or a partner switching brands). */
export function resetMessages(): void {
  overrides.clear();
  cache.clear();
  version++;
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(MESSAGES_CHANGED_EVENT));
}

/** `zh_hans_cn` → `zh-Hans-CN`; invalid tags fall back to `en`. */
export function canonicalLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Locales to try, most specific first, ending in `en`. Chinese without a region or with the
 * Simplified script resolves to `zh-CN`, the built-in Chinese.
 */
export function fallbackChain(tag: string): string[] {
  const canonical = canonicalLocale(tag);
  const chain: string[] = [];
  const add = (t: string) => {
    if (!chain.includes(t)) chain.push(t);
  };
  add(canonical);
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(canonical);
  } catch {
    locale = undefined;
  }
  if (locale) {
    if (locale.region) add(`${locale.language}-${locale.region}`);
    if (locale.language === 'zh' && (locale.script === 'Hans' || !locale.script) && (!locale.region || ['CN', 'SG', 'MY'].includes(locale.region))) add('zh-CN');
    add(locale.language);
    if (locale.language === 'zh') add('zh-CN');
  }
  add(DEFAULT_LOCALE);
  return chain;
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(target: Plain, source: Plain): Plain {
  const out: Plain = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key] as Plain, value) : value;
  }
  return out;
}

/** The messages of `bundle` for `lang`, with every key filled from the fallback chain. */
export function resolveMessages<M extends object>(bundle: MessageBundle<M>, lang: string): M {
  const key = `${bundle.name}\u0000${lang}\u0000${version}`;
  const cached = cache.get(key);
  if (cached) return cached as M;
  const chain = fallbackChain(lang).reverse();
  let merged: Plain = {};
  for (const tag of chain) {
    const builtIn = (bundle.builtIn as Record<string, M | undefined>)[tag];
    if (builtIn) merged = deepMerge(merged, builtIn as Plain);
    for (const override of overrides.get(bundle.name)?.get(tag) ?? []) merged = deepMerge(merged, override);
  }
  cache.set(key, merged);
  return merged as M;
}

/** The locale whose built-in messages `lang` resolves to (`en` or `zh-CN`), for `Intl` formatting. */
export function builtInLocaleFor(lang: string, available: readonly string[]): string {
  return fallbackChain(lang).find((t) => available.includes(t)) ?? DEFAULT_LOCALE;
}
