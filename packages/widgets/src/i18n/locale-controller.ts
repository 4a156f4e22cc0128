import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale, MESSAGES_CHANGED_EVENT, resolveMessages, type MessageBundle } from './locale-registry.js';

/** The nearest `lang`: the element's, an ancestor's (across shadow roots), the document's, else `en`. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return canonicalLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonicalLocale(document.documentElement.lang || 'en');
}

/**
 * Gives a component its messages in the current language and re-renders it when the language
 * changes at runtime: `lang` on the element or on `<html>`, or messages registered later.
 * (A `lang` change on some other ancestor is picked up on the next render.)
 */
export class LocaleController<M extends object> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly bundle: MessageBundle<M>;
  private observer?: MutationObserver;
  private current = 'en';
  private readonly onMessagesChanged = () => this.refresh(true);

  constructor(host: ReactiveControllerHost & HTMLElement, bundle: MessageBundle<M>) {
    this.host = host;
    this.bundle = bundle;
    host.addController(this);
  }

  /** The resolved language tag, e.g. `zh-CN`. */
  get lang(): string {
    return this.current;
  }

  /** The messages in the current language. */
  get messages(): M {
    return resolveMessages(this.bundle, this.current);
  }

  hostConnected(): void {
    this.current = langOf(this.host);
    this.observer = new MutationObserver(() => this.refresh(false));
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    window.addEventListener(MESSAGES_CHANGED_EVENT, this.onMessagesChanged);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    window.removeEventListener(MESSAGES_CHANGED_EVENT, this.onMessagesChanged);
  }

  hostUpdate(): void {
    this.current = langOf(this.host);
  }

  private refresh(force: boolean): void {
    const next = langOf(this.host);
    if (force || next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
