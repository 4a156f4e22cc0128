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
  constructor(detail: Record<string, never> = {}) {
    super(CkReadyEvent.eventName, detail);
  }
}

/** Detail of `ck-load-error`. */
export interface LoadErrorDetail {
  readonly error: unknown;
  /** The problem in the reader's language, as the error panel shows it. */
  readonly message: string;
}

/** Loading failed; the widget shows an error panel with Retry. */
export class CkLoadErrorEvent extends CreditKitEvent<LoadErrorDetail> {
  static readonly eventName = 'ck-load-error';
  /** Like every Credit Kit event, from its detail. */
  constructor(detail: LoadErrorDetail);
  /** @deprecated The two-argument form, kept for one minor version: pass `{ error, message }`. */
  constructor(error: unknown, message: string);
  constructor(detailOrError: unknown, message?: string) {
    super(CkLoadErrorEvent.eventName, message === undefined ? (detailOrError as LoadErrorDetail) : { error: detailOrError, message });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-ready': CkReadyEvent;
    'ck-load-error': CkLoadErrorEvent;
  }
}
