import type { ReactiveControllerHost } from 'lit';
import { formatInteger } from '../../i18n/format.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { CkExportEvent } from '../aging-table.events.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { AgingRow } from '../data/aging-model.js';
import { toCsv, toTsv, type CsvCell } from './csv.js';
import { exportRecords, type ExportColumns } from './csv-export.js';
import { TimeSlicer } from './time-slice.js';

/** The table element. */
export type ExportHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What exporting reads from the table. */
export interface ExportSource {
  readonly locale: LocaleController<AgingTableMessages>;
  /** Settles when the view (filter, sort) is computed and drawn. */
  viewComplete(): Promise<void>;
  /** The rows of the currency shown and the view's order of them. */
  rows(): { rows: readonly AgingRow[]; order: Uint32Array };
  columns(): ExportColumns;
  /** Loads what the warning column needs. */
  loadWarningLevels(): Promise<void>;
  /** The download's file name. */
  fileName(): string;
}

/** Milliseconds before a download's object URL is revoked (the download has started by then). */
const REVOKE_AFTER_MS = 1_000;

/**
 * Export of the customer rows shown — current currency, filters and sort — as a CSV download or
 * tab-separated text on the clipboard, with a status notice and `ck-export`.
 */
export class ExportController {
  /** The notice beside the export buttons. */
  notice?: { text: string; problem: boolean };

  private readonly locale: LocaleController<AgingTableMessages>;

  constructor(
    private readonly host: ExportHost,
    private readonly source: ExportSource,
  ) {
    this.locale = source.locale;
  }

  /** The CSV text (with BOM) of the rows shown. */
  async toCsv(): Promise<string> {
    return toCsv(await this.records());
  }

  async download(): Promise<void> {
    const t = this.locale.messages.toolbar;
    this.setNotice(t.preparing, false);
    const records = await this.records();
    const rows = records.length - 1;
    const url = URL.createObjectURL(new Blob([toCsv(records)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.source.fileName();
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    }
    this.setNotice(t.exported(formatInteger(rows, this.locale.lang)), false);
    this.host.dispatchEvent(new CkExportEvent({ format: 'csv', rows }));
  }

  async copy(): Promise<void> {
    const t = this.locale.messages.toolbar;
    this.setNotice(t.preparing, false);
    const records = await this.records();
    const rows = records.length - 1;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
      await navigator.clipboard.writeText(toTsv(records));
    } catch {
      this.setNotice(t.copyFailed, true);
      return;
    }
    this.setNotice(t.copied(formatInteger(rows, this.locale.lang)), false);
    this.host.dispatchEvent(new CkExportEvent({ format: 'clipboard', rows }));
  }

  private async records(): Promise<CsvCell[][]> {
    await this.source.viewComplete();
    await this.source.loadWarningLevels();
    await this.locale.pending(); // headers in the reader's language, even right after a `lang` change
    const { rows, order } = this.source.rows();
    return exportRecords(rows, order, this.source.columns(), this.locale.messages, new TimeSlicer());
  }

  private setNotice(text: string, problem: boolean): void {
    this.notice = { text, problem };
    this.host.requestUpdate();
  }
}
