/**
 * Domain events are `ck-`-prefixed `CustomEvent` subclasses with a typed, frozen `detail`; they
 * bubble and cross shadow roots, so a host can listen on any ancestor.
 */
export class CreditKitEvent<T> extends CustomEvent<Readonly<T>> {
  constructor(type: string, detail: T) {
    super(type, { detail: Object.freeze(detail), bubbles: true, composed: true });
  }
}

/** The widget has its data and is usable. */
export class CkReadyEvent extends CreditKitEvent<Record<string, never>> {
  static readonly eventName = 'ck-ready';
  constructor() {
    super(CkReadyEvent.eventName, {});
  }
}

/** Loading failed; the widget shows an error panel with Retry. */
export class CkLoadErrorEvent extends CreditKitEvent<{ error: unknown; message: string }> {
  static readonly eventName = 'ck-load-error';
  constructor(error: unknown, message: string) {
    super(CkLoadErrorEvent.eventName, { error, message });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-ready': CkReadyEvent;
    'ck-load-error': CkLoadErrorEvent;
  }
}
