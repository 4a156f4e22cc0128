/**
 * Entry of the CDN autoloader (`dist/cdn/autoloader.js`) for pages with no build step that use a few
 * widgets: a small module that loads a widget's code when its tag appears in the page, so a customer
 * list with a badge in every row downloads the badge and nothing of the form, the calculator or the
 * table. The widgets share their chunks (lit, zod, core, the client), so two widgets on one page load
 * the common code once. `dist/cdn/credit-kit.js` stays the one-file bundle of everything.
 *
 * It watches the document for `<ck-…>` elements not yet defined (and `autoload({ prefix })` for another
 * prefix); elements in a host's own shadow roots are found with `discover(root)`. Each widget's module
 * (`dist/cdn/<widget>.js`, e.g. `warning-badge.js`) exports its class, events, messages and define
 * function, as `@credit-kit/widgets` does.
 *
 * @example
 * <ck-warning-badge customer-id="C004"></ck-warning-badge>
 * <script type="module">
 *   import { configureWidgets } from 'https://cdn.example.invalid/@credit-kit/widgets/dist/cdn/autoloader.js';
 *   configureWidgets({ baseUrl: '/api/credit/v1' });
 * </script>
 */
import { DEFAULT_PREFIX } from './base/define-element.js';

export {
  ApiError,
  configureWidgets,
  CreditKitError,
  CreditKitValidationError,
  findDefaultClient,
  NetworkError,
  ResponseValidationError,
  setDefaultClient,
  TimeoutError,
} from '@credit-kit/client';
export { registerMessages, resetMessages } from './i18n/locale-registry.js';

type Define = (prefix: string) => string;

/** Each widget's module, by tag name without prefix: loaded on first sight of its tag. */
const WIDGETS: Readonly<Record<string, () => Promise<Define>>> = {
  'credit-application': () => import('./credit-application/credit-application.js').then((m) => m.defineCreditApplication),
  'limit-calculator': () => import('./limit-calculator/limit-calculator.js').then((m) => m.defineLimitCalculator),
  'warning-badge': () => import('./warning-badge/warning-badge.js').then((m) => m.defineWarningBadge),
  'aging-table': () => import('./aging-table/aging-table.js').then((m) => m.defineAgingTable),
  'credit-check': () => import('./credit-check/credit-check.js').then((m) => m.defineCreditCheck),
  'credit-review': () => import('./credit-review/credit-review.js').then((m) => m.defineCreditReview),
};

const prefixes = new Set<string>();
/** Tags loaded or loading; a tag whose module failed to load is removed, so the next discovery tries again. */
const loading = new Map<string, Promise<string>>();

/** The tag names of widgets that `discover` found and loaded, once each has been defined. */
function load(tag: string, prefix: string, name: string): Promise<string> {
  let pending = loading.get(tag);
  if (!pending) {
    pending = WIDGETS[name]!().then(
      (define) => define(prefix),
      (error: unknown) => {
        loading.delete(tag);
        console.error(`Credit Kit: could not load <${tag}>`, error);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * Loads the widgets whose tags (with an autoloaded prefix) are in `root` and not yet defined: the
 * document is watched already; call this for a shadow root of your own. Resolves with the tags
 * defined (a widget whose module failed to load is left out; a later call tries it again).
 */
export async function discover(root: Document | Element | ShadowRoot = document): Promise<string[]> {
  const found = new Map<string, Promise<string>>();
  const visit = (element: Element) => {
    const tag = element.localName;
    if (found.has(tag) || customElements.get(tag)) return;
    for (const prefix of prefixes) {
      const name = tag.startsWith(`${prefix}-`) ? tag.slice(prefix.length + 1) : undefined;
      if (name !== undefined && name in WIDGETS) found.set(tag, load(tag, prefix, name));
    }
  };
  if (root instanceof Element) visit(root);
  for (const element of root.querySelectorAll(':not(:defined)')) visit(element);
  const settled = await Promise.allSettled(found.values());
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

let observer: MutationObserver | undefined;

/**
 * Loads widgets with `prefix` (default `ck`) as their tags appear in the document, and those already
 * in it. Runs for `ck` on import; call it for another prefix (`autoload({ prefix: 'acme' })`).
 */
export function autoload(options: { prefix?: string } = {}): void {
  prefixes.add(options.prefix ?? DEFAULT_PREFIX);
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  void discover(document);
}

autoload();
