/**
 * Every user-visible string lives in a typed message bundle per component (`en` defines the shape,
 * other locales must match it). Hosts add locales and partners relabel with `registerMessages`;
 * a lookup falls back `zh-Hans-CN` → `zh-CN` → `zh` → `en`.
 *
 * Only `en` ships in a widget's module. Other built-in locales (`zh-CN`) are separate modules,
 * loaded the first time a widget needs them: a page in English never downloads Chinese. Widgets
 * hold their update until the messages of their language have arrived (see `messagesPending`), so
 * a reader never sees a flash of English.
 */

type Plain = Record<string, unknown>;

/** A bundle's messages, with every nested key optional: what an override or a new locale gives. */
export type PartialMessages<M> = { [K in keyof M]?: M[K] extends (...args: never[]) => unknown ? M[K] : M[K] extends object ? PartialMessages<M[K]> : M[K] };

/** Loads one built-in locale of a bundle: a dynamic `import()` of its module. */
export type MessageLoader<M> = () => Promise<{ default: M }>;

/** A named bundle of messages with its built-in locales: `en` at hand, the others loaded on demand. */
export interface MessageBundle<M extends object> {
  readonly name: string;
  readonly builtIn: { readonly en: M } & Readonly<Record<string, M>>;
  /** Built-in locales loaded on first use, by canonical tag (`zh-CN`). */
  readonly lazy: Readonly<Record<string, MessageLoader<M>>>;
  /**
   * The bundle name whose registered messages this one takes: its own `name`, or its widget's when it
   * is the lazily loaded part of a widget's text (the badge's popover takes those of `warning-badge`).
   */
  readonly overriddenAs: string;
}

export const DEFAULT_LOCALE = 'en';

const overrides = new Map<string, Map<string, Plain[]>>();
const cache = new Map<string, unknown>();
let version = 0;
const bundles: MessageBundle<object>[] = [];
/** Lazily loaded built-in messages, by their loader (one per bundle and locale). */
const loaded = new Map<MessageLoader<object>, Plain>();
/** Loads in flight, by their loader. */
const loading = new Map<MessageLoader<object>, Promise<void>>();
const chains = new Map<string, string[]>();

/** Event fired on `window` when messages change at runtime, so live widgets re-render. */
export const MESSAGES_CHANGED_EVENT = 'ck-messages-changed';

/**
 * Declares a bundle; components call it once at module load, with `en` and a loader per other
 * built-in locale: a function returning the dynamic `import()` of that locale's module (see
 * `aging-table.messages.ts`). A part of a widget loaded on demand may bring its text as a bundle of
 * its own that takes the widget's registered messages (`overriddenAs`, see `popover-part.ts`), so
 * partners relabel it under the widget's name.
 */
export function defineMessages<M extends object>(
  name: string,
  builtIn: { en: M } & Record<string, M>,
  lazy: Record<string, MessageLoader<M>> = {},
  overriddenAs = name,
): MessageBundle<M> {
  const bundle: MessageBundle<M> = { name, builtIn, lazy, overriddenAs };
  bundles.push(bundle as MessageBundle<object>);
  return bundle;
}

function messagesChanged(): void {
  version++;
  cache.clear();
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(MESSAGES_CHANGED_EVENT));
}

function loadBuiltIn(bundle: MessageBundle<object>, tag: string): Promise<void> | undefined {
  const loader = bundle.lazy[tag];
  if (!loader || loaded.has(loader)) return undefined;
  let pending = loading.get(loader);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(loader, module.default as Plain);
        loading.delete(loader);
        messagesChanged();
      },
      (error: unknown) => {
        // A chunk that fails to load (offline, a CDN hiccup) leaves the widget in English rather
        // than blank; the next widget that needs the locale tries again.
        loading.delete(loader);
        console.warn(`Credit Kit: could not load the ${tag} messages of ${bundle.name}; showing ${DEFAULT_LOCALE}.`, error);
      },
    );
    loading.set(loader, pending);
  }
  return pending;
}

/**
 * Starts loading what `bundle` needs for `lang` and returns a promise for it, or `undefined` when
 * everything is already at hand (the common case, checked without allocating). Never rejects.
 */
export function messagesPending(bundle: MessageBundle<object>, lang: string): Promise<void> | undefined {
  let pending: Promise<void>[] | undefined;
  for (const tag of cachedChain(lang)) {
    const load = loadBuiltIn(bundle, tag);
    if (load) (pending ??= []).push(load);
  }
  return pending && Promise.all(pending).then(() => undefined);
}

/**
 * Loads every built-in message bundle for `lang` ahead of time — e.g. before switching a page to
 * Chinese — so widgets switch in one step. Resolves when done; never rejects.
 */
export async function loadMessages(lang: string): Promise<void> {
  await Promise.all(bundles.map((bundle) => messagesPending(bundle, canonicalLocale(lang))));
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
  messagesChanged();
}

/** Removes every registered override (tests, or a partner switching brands). */
export function resetMessages(): void {
  overrides.clear();
  messagesChanged();
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
    // An undefined locale adds nothing before `en`.
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

function cachedChain(lang: string): string[] {
  let chain = chains.get(lang);
  if (!chain) chains.set(lang, (chain = fallbackChain(lang)));
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

/**
 * The messages of `bundle` for `lang`, with every key filled from the fallback chain. A built-in
 * locale still loading is filled from its fallback meanwhile (and the load is started).
 */
export function resolveMessages<M extends object>(bundle: MessageBundle<M>, lang: string): M {
  const key = `${bundle.name}\u0000${lang}\u0000${version}`;
  const cached = cache.get(key);
  if (cached) return cached as M;
  void messagesPending(bundle as MessageBundle<object>, lang);
  const chain = [...cachedChain(lang)].reverse();
  let merged: Plain = {};
  for (const tag of chain) {
    const builtIn = (bundle.builtIn as Record<string, M | undefined>)[tag] ?? loaded.get(bundle.lazy[tag]!);
    if (builtIn) merged = deepMerge(merged, builtIn as Plain);
    for (const override of overrides.get(bundle.overriddenAs)?.get(tag) ?? []) merged = deepMerge(merged, override);
  }
  cache.set(key, merged);
  return merged as M;
}

