import { recordDefinition } from './dependencies.js';

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
  customElements.define(tag, element as CustomElementConstructor);
  recordDefinition(element as CustomElementConstructor, prefix);
  return tag;
}

const registeredClasses = new Map<CustomElementConstructor, string>();
