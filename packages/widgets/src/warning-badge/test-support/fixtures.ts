import 'axe-core/axe.min.js';
import type { CreditKitClient } from '@credit-kit/client';
import type { WarningLevel, WarningSignalWire, WarningStatus } from '@credit-kit/core';
import { maybe, q } from '../../test-support/shadow.js';
import { RefreshScheduler } from '../refresh-scheduler.js';
import type { CkWarningBadge } from '../warning-badge.component.js';

/** The as-of day of every test (also the mock's default). */
export { AS_OF } from '../../test-support/dates.js';

/** A wire signal, raised on `raisedOn` (default 2026-11-01). */
export function signal(code: string, severity: WarningSignalWire['severity'], extra: Partial<WarningSignalWire> = {}): WarningSignalWire {
  return { code, severity, raisedOn: '2026-11-01', ...extra };
}

/** A status for `customerId`, with the host's `level` when given. */
export function warningStatus(customerId: string, signals: WarningSignalWire[], level?: WarningLevel): WarningStatus {
  return { customerId, signals, ...(level ? { level } : {}) };
}

/** A scripted answer of the fake client. */
export type Answer = WarningStatus | Error | (() => Promise<WarningStatus>);

/** A client whose `getWarning` answers from a script (the last answer repeats) and records its calls. */
export function fakeWarningClient(answers: Answer[]): CreditKitClient & { calls: string[] } {
  const calls: string[] = [];
  const script = [...answers];
  return {
    calls,
    getWarning(customerId: string, options: { signal?: AbortSignal } = {}) {
      calls.push(customerId);
      const next = script.length > 1 ? script.shift()! : script[0]!;
      options.signal?.throwIfAborted();
      if (next instanceof Error) return Promise.reject(next);
      if (typeof next === 'function') return next();
      return Promise.resolve(next);
    },
  } as unknown as CreditKitClient & { calls: string[] };
}

/** A transport failure as the client reports it. */
export function networkError(): Error {
  return Object.assign(new Error('fetch failed'), { name: 'NetworkError', endpoint: 'GET /customers/{id}/warning' });
}

/** A scheduler on manual timers: `fire(ms)` runs the interval of `ms` as if it elapsed. */
export function manualScheduler() {
  const timers = new Map<number, { ms: number; callback: () => void }>();
  let nextId = 1;
  let created = 0;
  let time = 0;
  const scheduler = new RefreshScheduler({
    now: () => time,
    setInterval(callback, ms) {
      created++;
      const id = nextId++;
      timers.set(id, { ms, callback });
      return id;
    },
    clearInterval(handle) {
      timers.delete(handle as number);
    },
    document,
  });
  return {
    scheduler,
    /** Intervals created so far. */
    get created() {
      return created;
    },
    /** Intervals running now. */
    get running() {
      return timers.size;
    },
    fire(ms: number) {
      for (const timer of [...timers.values()]) if (timer.ms === ms) timer.callback();
    },
    /** Moves the scheduler's clock on (no timer fires by itself). */
    advance(ms: number) {
      time += ms;
    },
  };
}

/** Pretends the page is hidden (or visible) and tells listeners, as the browser would. */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Removes the overrides of `setPageHidden`. */
export function restorePageVisibility(): void {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
}

/** The badge button of a badge. */
export function badgeButton(el: CkWarningBadge): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part~=badge]');
}

/** The popover panel, if open. */
export function popoverOf(el: CkWarningBadge): HTMLElement | null {
  return maybe(el, '[part=popover]');
}

interface AxeNames {
  setup(root: Node): unknown;
  teardown(): void;
  commons: { text: { accessibleText(element: Element): string } };
}

/**
 * The accessible name of `element` as axe-core computes it (its implementation of the W3C
 * accessible-name algorithm, across shadow roots), whitespace collapsed.
 */
export function accessibleName(element: Element): string {
  const axe = (window as unknown as { axe: AxeNames }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

export { renderFixture as mount, unmountAll } from '../../test-support/mount.js';
