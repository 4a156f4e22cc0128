import { defineElement, DEFAULT_PREFIX } from './define-element.js';

/**
 * What an element declares, Shoelace-style, about the elements it renders: their classes, by name
 * without prefix (`warning-badge`). They are registered with the element's own prefix, so an
 * `<acme-aging-table>` renders `<acme-warning-badge>`s. Classes, not lazy loaders: under a host's
 * code splitting a lazy `import()` costs more than it saves (see `aging-table/chunks.ts`); a page that
 * wants each widget on demand uses the CDN autoloader, which loads whole widgets by tag.
 */
export interface DeclaresDependencies {
  readonly dependencies?: Readonly<Record<string, CustomElementConstructor>>;
}

/** Where `defineElement` keeps a registered class's prefix. */
const PREFIX = Symbol.for('credit-kit.prefix');

/**
 * The tag of `host`'s dependency `name` for `host`'s prefix, registered (under that prefix) if it
 * was not yet.
 */
export function dependencyTag(host: HTMLElement, name: string): string {
  const prefix = (host.constructor as unknown as Record<symbol, string | undefined>)[PREFIX] ?? DEFAULT_PREFIX;
  const tag = `${prefix}-${name}`;
  if (customElements.get(tag)) return tag;
  const dependency = (host.constructor as DeclaresDependencies).dependencies?.[name];
  if (!dependency) throw new Error(`<${host.localName}> does not declare a dependency on ${name}`);
  defineElement(name, dependency, prefix);
  return tag;
}
