import { html, nothing } from 'lit';
import { formatInteger } from '../../i18n/format.js';
import type { ItemRow } from '../data/aging-model.js';
import { bucketIndex, type Column } from '../grid/columns.js';
import { amountCell, stageCell, type CellContent, type CellView } from './cells.js';

/** An item's days overdue, never negative: a count once overdue, else when it falls due (the signed value stays for its stage). */
function daysCell(v: CellView, days: number): CellContent {
  const t = v.t.rows;
  if (days >= 1) return html`<span class="visually-hidden">${t.daysOverdue}: </span>${formatInteger(days, v.lang)}`;
  return html`<span class="muted">${days === 0 ? t.dueToday : t.dueIn(formatInteger(-days, v.lang))}</span>`;
}

/** The cell of `column` in an item row. */
export function itemCell(v: CellView, column: Column, item: ItemRow): CellContent {
  const t = v.t.rows;
  switch (column.id) {
    case 'customer':
      return html`<span class="ident">${item.documentNumber ?? item.id}</span>${item.documentDate
        ? html`<span class="code">${t.documentDate(v.date(item.documentDate))}</span>`
        : nothing}${item.disputed ? html`<span class="tag disputed">${t.disputed}</span>` : nothing}`;
    case 'total':
      return amountCell(v, item.open);
    case 'overdue':
      return item.daysOverdue >= 1 ? amountCell(v, item.open) : nothing;
    case 'oldestDueDate':
      return html`<span class="visually-hidden">${t.dueDate}: </span>${v.date(item.dueDate)}`;
    case 'maxDaysOverdue':
      return daysCell(v, item.daysOverdue);
    case 'stage':
      return stageCell(v, v.itemStage(item));
    case 'limit':
    case 'utilisation':
    case 'warning':
      return nothing;
    default:
      return item.bucket === bucketIndex(column.id) ? amountCell(v, item.open) : nothing;
  }
}

