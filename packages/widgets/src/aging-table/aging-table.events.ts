import { CreditKitEvent } from '../base/events.js';

/** Detail of `ck-aging-loaded`. */
export interface AgingLoadedDetail {
  /** The as-of date aged on. */
  readonly asOf: string;
  /** The currency shown. */
  readonly currency: string;
  /** Customer rows in that currency (loaded rows in server mode). */
  readonly customers: number;
  /** Open items in that currency, when known (0 when the source does not say). */
  readonly items: number;
  /** Every currency with open items. */
  readonly currencies: readonly string[];
}

/** The data is loaded and aged (every load, not only user actions). */
export class CkAgingLoadedEvent extends CreditKitEvent<AgingLoadedDetail> {
  static readonly eventName = 'ck-aging-loaded';
  constructor(detail: AgingLoadedDetail) {
    super(CkAgingLoadedEvent.eventName, detail);
  }
}

/** Detail of `ck-row-toggle`. */
export interface RowToggleDetail {
  readonly customerId: string;
  readonly currency: string;
  readonly expanded: boolean;
}

/** The user expanded or collapsed a customer row. */
export class CkRowToggleEvent extends CreditKitEvent<RowToggleDetail> {
  static readonly eventName = 'ck-row-toggle';
  constructor(detail: RowToggleDetail) {
    super(CkRowToggleEvent.eventName, detail);
  }
}

/** Detail of `ck-export`. */
export interface ExportDetail {
  readonly format: 'csv' | 'clipboard';
  /** Data rows exported (header not counted). */
  readonly rows: number;
}

/** The user exported the rows shown, as a CSV download or to the clipboard. */
export class CkExportEvent extends CreditKitEvent<ExportDetail> {
  static readonly eventName = 'ck-export';
  constructor(detail: ExportDetail) {
    super(CkExportEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-aging-loaded': CkAgingLoadedEvent;
    'ck-row-toggle': CkRowToggleEvent;
    'ck-export': CkExportEvent;
  }
}
