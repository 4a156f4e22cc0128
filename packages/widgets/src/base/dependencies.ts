import { defineElement, DEFAULT_PREFIX } from './define-element.js';

/**
 * An element another renders: its class, or a loader for it, loaded when first used. The built-in
 * elements declare classes: a lazy `import()` costs more than it saves in a host's esbuild bundle
 * (see `aging-table/chunks.ts`).
 */
export type ElementDependency = CustomElementConstructor | { readonly load: () => Promise<CustomElementConstructor> };

/**
 * What an element declares, Shoelace-style, about the elements it renders: by name without
 * prefix (`warning-badge`). They are registered with the element's own prefix, so an
 * `<acme-aging-table>` renders `<acme-warning-badge>`s.
 */
export interface DeclaresDependencies {
  readonly dependencies?: Readonly<Record<string, ElementDependency>>;
}

const loading = new Map<string, Promise<void>>();
/** Where `defineElement` keeps a registered class's prefix. */
const PREFIX = Symbol.for('credit-kit.prefix');

/**
 * The tag of `host`'s dependency `name` for `host`'s prefix, when it is registered; else
 * `undefined`, and a lazy dependency starts loading (registered under the same prefix), after
 * which `onDefined` runs (the host re-renders).
 */
export function dependencyTag(host: HTMLElement, name: string, onDefined: () => void): string | undefined {
  const prefix = (host.constructor as unknown as Record<symbol, string | undefined>)[PREFIX] ?? DEFAULT_PREFIX;
  const tag = `${prefix}-${name}`;
  if (customElements.get(tag)) return tag;
  const dependency = (host.constructor as DeclaresDependencies).dependencies?.[name];
  if (!dependency) throw new Error(`<${host.localName}> does not declare a dependency on ${name}`);
  if (!('load' in dependency)) {
    defineElement(name, dependency, prefix);
    return tag;
  }
  let pending = loading.get(tag);
  if (!pending) {
    pending = dependency.load().then((element) => void defineElement(name, element, prefix));
    loading.set(tag, pending);
  }
  void pending.then(onDefined);
  return undefined;
}
