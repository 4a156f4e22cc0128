/** Shadow-DOM queries for widget tests. */

/** The first match in `el`'s shadow root; throws when there is none. */
export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** The first match in `el`'s shadow root, or null. */
export function maybe<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** Every match in `el`'s shadow root. */
export function qa<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The text of the first match, whitespace collapsed; '' when there is none. */
export function text(el: Element, selector: string): string {
  return maybe(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
