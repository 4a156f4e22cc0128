import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatInteger } from '../../i18n/format.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { ItemRow } from '../data/aging-model.js';
import type { RowExpansion } from '../data/row-expansion.js';
import type { TableState } from '../data/table-state.js';
import type { TableFormat } from '../render/format.js';
import { TimeSlicer } from '../view/time-slice.js';
import { longestItem, longestValues, type LongestValues } from './column-content.js';
import type { Column } from './columns.js';

/** What the widths are measured from. */
export interface ColumnWidthsSource {
  /** Where the grid is drawn. */
  root(): ParentNode;
  readonly state: TableState;
  readonly locale: LocaleController<AgingTableMessages>;
  readonly format: TableFormat;
  /** The expanded rows (their identifiers are never cut). */
  readonly expansion: RowExpansion;
  /** The currency shown. */
  currency(): string;
}

/** Days shown for items not yet due, as wide as they get ("Due in 999 days"). */
const FAR_DAYS = 999;
/** Room for the customer name beside the code and the chevron, px. */
const NAME_ROOM = 140;
/** Sample days for the widest date of the reader's format (month names differ in length). */
const SAMPLE_DATES = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-28`);

/**
 * Column widths sized to their content, as grids do: measured once per data set (rows, currency,
 * language, theme font) from the longest formatted value of each column — not per scroll — so an
 * amount or an identifier is never cut; the table scrolls sideways instead, first column pinned.
 * Until measured, the columns keep their default widths (also the minimum).
 */
export class ColumnWidthsController implements ReactiveController {
  private measuredKey?: string;
  private measuring?: string;
  private widths = new Map<string, number>();
  private applied?: { from: Column[]; widths: Map<string, number>; columns: Column[] };
  private canvas?: CanvasRenderingContext2D | null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: ColumnWidthsSource,
  ) {
    host.addController(this);
  }

  /** `columns` with the measured widths (the same array while nothing changed). */
  apply(columns: Column[]): Column[] {
    const a = this.applied;
    if (a && a.from === columns && a.widths === this.widths) return a.columns;
    const sized = columns.map((c) => {
      const width = Math.max(c.width, this.widths.get(c.id) ?? 0);
      return width === c.width ? c : { ...c, width };
    });
    this.applied = { from: columns, widths: this.widths, columns: sized };
    return sized;
  }

  hostUpdated(): void {
    const { state, locale } = this.source;
    const key = state.data;
    if (!key) return;
    const rows = state.rows();
    const totals = state.totals();
    const currency = this.source.currency();
    const { lang, messages: t } = locale;
    const expanded = [...this.source.expansion.details.readyItems()];
    // Cheap to check on every update (scroll frames included): the font is read only when the set changed.
    const setKey = `${keyId(key)}|${rows.length}|${currency}|${lang}|${expanded.length}|${expanded.reduce((n, l) => n + l.length, 0)}`;
    if (setKey === this.measuredKey || setKey === this.measuring) return;
    const cell = this.source.root().querySelector<HTMLElement>('.foot .cell');
    if (!cell) return;
    const style = getComputedStyle(cell);
    // Not `style.font`: its shorthand is empty when it cannot say `tabular-nums`.
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    this.measuring = setKey;
    const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
    void longestValues(rows, totals, totals?.buckets.length ?? rows[0]?.buckets.length ?? 0, new TimeSlicer(5, () => this.measuring !== setKey)).then(
      (longest) => {
        if (this.measuring !== setKey) return;
        this.measuring = undefined;
        this.measuredKey = setKey;
        const widths = this.widthsOf(longest, expanded, currency, t, font, padding);
        if (widths && !sameWidths(widths, this.widths)) {
          this.widths = widths;
          this.host.requestUpdate();
        }
      },
      () => undefined, // superseded by a newer data set
    );
  }

  private widthsOf(longest: LongestValues, expanded: readonly (readonly ItemRow[])[], currency: string, t: AgingTableMessages, font: string, padding: number): Map<string, number> | undefined {
    const ctx = (this.canvas ??= document.createElement('canvas').getContext('2d'));
    if (!ctx) return undefined;
    ctx.font = font;
    const { format, locale } = this.source;
    const lang = locale.lang;
    const s = { date: (iso: string) => format.date(iso, lang), integer: (n: number) => formatInteger(n, lang) };
    const fit = (...texts: string[]) => Math.ceil(Math.max(...texts.map((text) => ctx.measureText(text).width)) * 1.05 + padding + 2);
    const amount = (value: string) => format.amount(value, currency, lang);
    const widths = new Map<string, number>();
    longest.buckets.forEach((value, k) => widths.set(`bucket-${k}`, fit(amount(value))));
    widths.set('total', fit(amount(longest.total)));
    widths.set('overdue', fit(amount(longest.overdue)));
    widths.set('oldestDueDate', fit(...SAMPLE_DATES.map((d) => s.date(d))));
    const item = longestItem(expanded);
    widths.set('maxDaysOverdue', fit(t.rows.dueToday, t.rows.dueIn(s.integer(Math.max(FAR_DAYS, item.daysAhead)))));
    widths.set('stage', fit(...Object.values(t.stages)));
    // A granted limit may exceed the open amounts: room for a digit more than the largest total.
    const digits = Math.max(9, longest.total.replace(/^-/, '').split('.')[0]!.length + 1);
    widths.set('limit', fit(amount(`${'9'.repeat(digits)}.99`)));
    widths.set('utilisation', fit(t.rows.noLimit, '9,999.9%'));
    const itemText = item.ident + (item.documentDate ? ` ${t.rows.documentDate(s.date(item.documentDate))}` : '');
    widths.set('customer', Math.max(fit(longest.code) + NAME_ROOM, item.ident ? fit(itemText) + 48 : 0));
    return widths;
  }
}

const keyIds = new WeakMap<object, number>();
let nextKeyId = 0;

/** A stable number for a data set's identity. */
function keyId(key: object): number {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = ++nextKeyId));
  return id;
}

function sameWidths(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
