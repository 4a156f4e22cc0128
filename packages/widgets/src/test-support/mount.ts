import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';

/** A widget: it loads, then is ready or shows an error. */
interface Loading extends HTMLElement {
  readonly ready: boolean;
  readonly error: unknown;
  readonly updateComplete: Promise<boolean>;
  /** Elements with background view work (the aging table) settle it here. */
  readonly viewComplete?: Promise<void>;
}

/**
 * Creates `tag` with `attrs` (a query string) and `props` set before it connects — as a host
 * page would — and attaches it to a fresh fixture. `fixtureSync`: waiting for a frame would hang
 * while the runner's page is in the background.
 */
export function mountSync<T extends HTMLElement>(tag: string, props: Partial<T> = {}, attrs = ''): T {
  const el = document.createElement(tag) as T;
  for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  fixtureSync<HTMLDivElement>(html`<div></div>`).appendChild(el);
  return el;
}

/** Waits until a widget has loaded (or failed) and, where it has one, its view is complete and drawn. */
export async function settled<T extends Loading>(el: T, timeout = 60_000): Promise<T> {
  await waitUntil(() => el.ready || el.error !== undefined, `<${el.localName}> loads or fails`, { timeout });
  if (el.viewComplete) await el.viewComplete;
  await el.updateComplete;
  return el;
}

/** `mountSync`, then `settled`. */
export async function mount<T extends Loading>(tag: string, props: Partial<T> = {}, attrs = ''): Promise<T> {
  return settled(mountSync<T>(tag, props, attrs));
}

const rendered: HTMLElement[] = [];

/**
 * Renders a Lit `template` into a new container in the page, without waiting for an animation
 * frame (unlike open-wc's `fixture` for plain elements, which hangs while the runner's tab is in
 * the background). `unmountAll()` removes what was rendered.
 */
export function renderFixture(template: unknown): HTMLElement {
  const container = document.createElement('div');
  render(template, container);
  document.body.append(container);
  rendered.push(container);
  return container;
}

/** Removes every container `renderFixture` added. */
export function unmountAll(): void {
  for (const container of rendered.splice(0)) container.remove();
}
