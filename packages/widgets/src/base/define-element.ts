/** The default tag prefix: `ck-aging-table`. */
export const DEFAULT_PREFIX = 'ck';

/**
 * Registers `base` as `<prefix>-<name>`. A second call for the same tag is harmless. Another
 * prefix registers a subclass, so two versions (or two partners' brands) coexist in one portal.
 * The element's declared `dependencies` are registered with the same prefix. Returns the tag name.
 */
export function defineElement(name: string, base: CustomElementConstructor, prefix: string = DEFAULT_PREFIX): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(prefix)) throw new TypeError(`Invalid tag prefix ${JSON.stringify(prefix)}: use lower-case letters, digits and "-".`);
  const tag = `${prefix}-${name}`;
  if (customElements.get(tag)) return tag;
  const registered = registeredClasses.get(base);
  const element = registered === undefined ? base : class extends (base as unknown as typeof HTMLElement) {};
  registeredClasses.set(base, tag);
  (element as unknown as Record<symbol, string>)[PREFIX] = prefix;
  customElements.define(tag, element as CustomElementConstructor);
  // The elements it renders (`static dependencies`), under the same prefix.
  const dependencies = (element as { dependencies?: Record<string, CustomElementConstructor> }).dependencies ?? {};
  for (const [dependency, definition] of Object.entries(dependencies)) defineElement(dependency, definition, prefix);
  return tag;
}

/** Where a registered class keeps the prefix it was defined with (read by `dependencyTag`). */
const PREFIX = Symbol.for('credit-kit.prefix');

const registeredClasses = new Map<CustomElementConstructor, string>();
