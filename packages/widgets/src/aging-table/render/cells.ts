import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { isPositiveDecimal, type CollectionStage } from '@credit-kit/core/lean';
import { formatInteger, formatPercent } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { AgingRow, ItemRow } from '../data/aging-model.js';
import type { CustomerDetailsController } from '../data/customer-details.js';
import type { ExpandedRow, RowDetailsController } from '../data/row-details.js';
import { bucketIndex, type Column } from '../grid/columns.js';

/** A cell's content. */
export type CellContent = TemplateResult | string | typeof nothing;

/** What the cells of customer and item rows read. */
export interface CellView {
  readonly t: AgingTableMessages;
  readonly lang: string;
  readonly asOf?: string;
  /** Customer rows can be expanded (their items can be found). */
  readonly canExpand: boolean;
  /** Profiles, warnings and blacklist of the customers. */
  readonly details: CustomerDetailsController;
  /** Expanded rows and their items. */
  readonly expansions: RowDetailsController;
  amount(value: string, currency?: string): string;
  date(iso: string): string;
  toggleRow(rowIndex: number): void;
  customerStage(row: AgingRow): CollectionStage | undefined;
  itemStage(item: ItemRow): CollectionStage;
  /** The badge's tag once registered (it is loaded on first use). */
  badgeTag(): string;
  /** The table's theme: the badges it renders take it. */
  readonly theme: string;
  /** Draws the cells of item rows, once their module has loaded (with the first expansion). */
  itemCell(): ItemCellRenderer;
}

/** The cell of a column in an item row (render/item-cells.ts). */
export type ItemCellRenderer = (v: CellView, column: Column, item: ItemRow) => CellContent;

/** An amount; negative ones marked. */
export function amountCell(v: CellView, value: string): TemplateResult | string {
  const text = v.amount(value);
  return value.startsWith('-') ? html`<span class="negative">${text}</span>` : text;
}

/** `…` while a detail is being fetched, `—` when there is none. */
function pendingDetail(pending: boolean): string {
  return pending ? '…' : '—';
}

export function stageCell(v: CellView, stage: CollectionStage): TemplateResult {
  return html`<span class=${`stage-${stage}`}>${v.t.stages[stage]}</span>`;
}

/** The warning badge of a customer row, drawn from a status the table holds. */
function warningCell(v: CellView, row: AgingRow): TemplateResult | string {
  const status = v.details.warningStatus(row.customerId);
  if (!status) return pendingDetail(v.details.warningPending(row.customerId));
  if (status instanceof Error) return html`<span class="muted">${v.t.rows.unknown}</span>`;
  const tag = v.badgeTag();
  return staticHtml`<${unsafeStatic(tag)}
    class="badge"
    tabindex="-1"
    size="small"
    variant="pill"
    theme=${v.theme}
    as-of=${v.asOf ?? nothing}
    .warningStatus=${status}
  ></${unsafeStatic(tag)}>`;
}

/** Utilisation with nothing granted (core's `noLimit`): said so, and over the limit by the whole exposure when anything is used. */
function noLimitCell(v: CellView, overBy: string, currency: string): TemplateResult {
  const t = v.t.rows;
  if (!isPositiveDecimal(overBy)) return html`<span title=${t.noLimit}>${t.noLimit}</span>`;
  const over = t.noLimitOver(v.amount(overBy, currency));
  return html`<span class="negative" title=${`${t.noLimit} — ${over}`}>${t.noLimit}<span class="visually-hidden"> — ${over}</span></span>`;
}

/** The cell of `column` in the customer row `row` (at `rowIndex` of its currency). */
export function customerCell(v: CellView, column: Column, row: AgingRow, rowIndex: number): CellContent {
  const t = v.t;
  switch (column.id) {
    case 'customer': {
      const name = row.customerName ?? row.customerId;
      const expanded = !!v.expansions.of(row);
      return html`${v.canExpand
        ? html`<button
            type="button"
            class="toggle"
            tabindex="-1"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-label=${expanded ? t.rows.collapse(name) : t.rows.expand(name)}
            @click=${() => v.toggleRow(rowIndex)}
          ><span class="chevron" aria-hidden="true">▸</span></button>`
        : nothing}<span class="name" title=${row.customerName ? `${name} (${row.customerId})` : name} @click=${v.canExpand ? () => v.toggleRow(rowIndex) : nothing}
        >${name}</span>${row.customerName ? html`<span class="code">${row.customerId}</span>` : nothing}${v.details.isBlacklisted(row)
        ? html`<span class="tag blacklisted">${t.rows.blacklisted}</span>`
        : nothing}`;
    }
    case 'total':
      return amountCell(v, row.total);
    case 'overdue':
      return amountCell(v, row.overdue);
    case 'oldestDueDate':
      return v.date(row.oldestDueDate);
    case 'maxDaysOverdue':
      return formatInteger(row.maxDaysOverdue, v.lang);
    case 'stage': {
      const stage = v.customerStage(row);
      return stage ? stageCell(v, stage) : html`<span class="muted">—</span>`;
    }
    case 'limit': {
      const p = v.details.profileView(row.customerId);
      if (!p) return pendingDetail(v.details.profilePending(row.customerId));
      if (p instanceof Error) return html`<span class="muted">${t.rows.unknown}</span>`;
      return v.amount(p.granted, p.currency);
    }
    case 'utilisation': {
      const p = v.details.profileView(row.customerId);
      if (!p) return pendingDetail(v.details.profilePending(row.customerId));
      if (p instanceof Error) return html`<span class="muted">${t.rows.unknown}</span>`;
      if (p.noLimit) return noLimitCell(v, p.overBy, p.currency);
      return p.utilisation === null ? html`<span class="muted">${t.rows.unknown}</span>` : formatPercent(p.utilisation, v.lang, 1);
    }
    case 'warning':
      return warningCell(v, row);
    default:
      return amountCell(v, row.buckets[bucketIndex(column.id)] ?? '0');
  }
}

/** The first cell of an item row of `row` whose items are not there: loading, failed (with Retry), or none. */
export function itemPlaceholder(v: CellView, row: AgingRow, expansion: ExpandedRow | undefined): TemplateResult {
  const t = v.t.rows;
  if (!expansion || expansion.status === 'loading') return html`<span class="muted">${t.loadingItems}</span>`;
  if (expansion.status === 'error') {
    return html`<span class="negative">${t.itemsFailed}</span>
      <button type="button" tabindex="-1" @click=${() => void v.expansions.load(row)}>${t.retry}</button>`;
  }
  return html`<span class="muted">${t.noItems}</span>`;
}
