import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CollectionStage } from '@credit-kit/core/lean';
import { formatInteger } from '../../i18n/format.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { CkExportEvent } from '../aging-table.events.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import { tableChunks } from '../chunks.js';
import type { AgingRow } from '../data/aging-model.js';
import type { CustomerDetailsController } from '../data/customer-details.js';
import type { TableState } from '../data/table-state.js';
import type { CsvCell } from './csv.js';
import { bucketLabel } from '../render/bucket-labels.js';
import { TimeSlicer } from './time-slice.js';

/** The table element. */
export type ExportHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Runs `task` after `ms`; returns a function that cancels it. */
export type Scheduler = (task: () => void, ms: number) => () => void;

/** What exporting reads from the table. */
export interface ExportSource {
  readonly locale: LocaleController<AgingTableMessages>;
  /** Settles when the view (filter, sort) is computed and drawn. */
  viewComplete(): Promise<void>;
  /** The data and the rows of the currency shown. */
  readonly state: TableState;
  /** The view's order of the rows. */
  order(): Uint32Array;
  /** Profiles, warnings and blacklist of the customers (the derived columns). */
  readonly details: CustomerDetailsController;
  stageOf(row: AgingRow): CollectionStage | undefined;
  /** The currency shown (in the file name). */
  currency(): string;
  /** Clears the notice later; default `setTimeout`. */
  readonly schedule?: Scheduler;
}

/** Milliseconds before a download's object URL is revoked (the download has started by then). */
const REVOKE_AFTER_MS = 1_000;
/** Milliseconds an outcome notice ("Copied 35 rows…") stays when nothing else happens. */
export const NOTICE_MS = 8_000;
/** What counts as the user's next interaction, which clears an outcome notice. */
const INTERACTIONS = ['pointerdown', 'keydown'] as const;

const timeout: Scheduler = (task, ms) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

/**
 * Export of the customer rows shown — current currency, filters and sort — as a CSV download or
 * tab-separated text on the clipboard, with a status notice and `ck-export`. The writer is its own
 * chunk, loaded with the first export; the outcome notice clears at the user's next interaction
 * or after `NOTICE_MS`.
 */
export class ExportController implements ReactiveController {
  /** The notice beside the export buttons. */
  notice?: { text: string; problem: boolean };

  private readonly locale: LocaleController<AgingTableMessages>;
  private stopClearing?: () => void;

  constructor(
    private readonly host: ExportHost,
    private readonly source: ExportSource,
  ) {
    this.locale = source.locale;
    host.addController(this);
  }

  /** The CSV text (with BOM) of the rows shown; rejects when the export chunk cannot load. */
  async toCsv(): Promise<string> {
    const chunk = await tableChunks.exporter();
    return chunk.toCsv(await this.records(chunk));
  }

  async download(): Promise<void> {
    const t = this.locale.messages.toolbar;
    const chunk = await this.prepare();
    if (!chunk) return;
    const records = await this.records(chunk);
    const rows = records.length - 1;
    const url = URL.createObjectURL(new Blob([chunk.toCsv(records)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `aging-${this.source.state.data?.asOf ?? 'unknown'}-${this.source.currency() || 'all'}.csv`;
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    }
    this.setOutcome(t.exported(formatInteger(rows, this.locale.lang)), false);
    this.host.dispatchEvent(new CkExportEvent({ format: 'csv', rows }));
  }

  async copy(): Promise<void> {
    const t = this.locale.messages.toolbar;
    const chunk = await this.prepare();
    if (!chunk) return;
    const records = await this.records(chunk);
    const rows = records.length - 1;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard API');
      await navigator.clipboard.writeText(chunk.toTsv(records));
    } catch {
      this.setOutcome(t.copyFailed, true);
      return;
    }
    this.setOutcome(t.copied(formatInteger(rows, this.locale.lang)), false);
    this.host.dispatchEvent(new CkExportEvent({ format: 'clipboard', rows }));
  }

  hostDisconnected(): void {
    this.stopClearing?.();
  }

  /** "Preparing…" and the export chunk; a chunk that does not load is said so (the button tries again). */
  private async prepare(): Promise<typeof import('./exporter.js') | undefined> {
    const t = this.locale.messages.toolbar;
    this.stopClearing?.();
    this.notice = { text: t.preparing, problem: false };
    this.host.requestUpdate();
    try {
      return await tableChunks.exporter();
    } catch {
      this.setOutcome(t.exportUnavailable, true);
      return undefined;
    }
  }

  private async records(chunk: typeof import('./exporter.js')): Promise<CsvCell[][]> {
    await this.source.viewComplete();
    await this.source.details.loadWarningLevels();
    await this.locale.pending(); // headers in the reader's language, even right after a `lang` change
    const { details, locale, state } = this.source;
    const rows = state.rows();
    const order = this.source.order();
    const labels = (state.data?.buckets ?? []).map((b) => bucketLabel(b, locale.messages.buckets, locale.lang));
    const columns = chunk.exportColumnsOf(details, locale.messages, labels, (row) => this.source.stageOf(row));
    return chunk.exportRecords(rows, order, columns, locale.messages, new TimeSlicer());
  }

  /** Shows how an export ended until the user's next interaction, or `NOTICE_MS`. */
  private setOutcome(text: string, problem: boolean): void {
    this.stopClearing?.();
    this.notice = { text, problem };
    this.host.requestUpdate();
    const clear = () => {
      this.stopClearing?.();
      this.notice = undefined;
      this.host.requestUpdate();
    };
    const cancelTimer = (this.source.schedule ?? timeout)(clear, NOTICE_MS);
    for (const type of INTERACTIONS) this.host.addEventListener(type, clear, { capture: true });
    this.stopClearing = () => {
      cancelTimer();
      for (const type of INTERACTIONS) this.host.removeEventListener(type, clear, { capture: true });
      this.stopClearing = undefined;
    };
  }
}
