import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale, MESSAGES_CHANGED_EVENT, messagesPending, resolveMessages, type MessageBundle } from './locale-registry.js';

/** The nearest `lang`: the element's, an ancestor's (across shadow roots), the document's, else `en`. */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return canonicalLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonicalLocale(document.documentElement.lang || 'en');
}

const controllersOf = new WeakMap<HTMLElement, LocaleController<object>[]>();

/**
 * A promise for the messages every LocaleController of `host` needs while some are still loading,
 * else `undefined`. Widgets await it before an update (see `CreditKitElement.scheduleUpdate`).
 */
export function messagesLoading(host: HTMLElement): Promise<unknown> | undefined {
  let pending: Promise<void>[] | undefined;
  for (const controller of controllersOf.get(host) ?? []) {
    const wait = controller.pending();
    if (wait) (pending ??= []).push(wait);
  }
  return pending && Promise.all(pending);
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
    const siblings = controllersOf.get(host);
    if (siblings) siblings.push(this as unknown as LocaleController<object>);
    else controllersOf.set(host, [this as unknown as LocaleController<object>]);
  }

  /** The resolved language tag, e.g. `zh-CN`. */
  get lang(): string {
    return this.current;
  }

  /** The messages in the current language. */
  get messages(): M {
    return resolveMessages(this.bundle, this.current);
  }

  /**
   * A promise for the messages of the host's language while they are still loading (a built-in
   * locale other than `en` arrives on first use), else `undefined`. Hosts await it before
   * rendering so the first frame is already in the reader's language.
   */
  pending(): Promise<void> | undefined {
    return messagesPending(this.bundle as MessageBundle<object>, langOf(this.host));
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
