import { html, type TemplateResult } from 'lit';
import type { AgingBucketDefinition } from '@credit-kit/core/lean';
import { formatInteger } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import { isFiltering, NO_FILTER, type FilterState } from '../view/row-view.js';
import type { ViewController } from '../view/view-controller.js';
import { bucketLabel } from './bucket-labels.js';

/** What the filter bar shows and does. */
export interface FiltersView {
  readonly t: AgingTableMessages;
  readonly lang: string;
  readonly buckets: readonly AgingBucketDefinition[];
  readonly view: ViewController;
  /** Customer rows of the currency shown. */
  readonly rowCount: number;
  setFilter(filter: Partial<FilterState>): void;
  /** The search box's text changed (filtered once typing pauses). */
  search(text: string): void;
}

function renderSelect(v: FiltersView, field: 'salesperson' | 'region', label: string, values: readonly string[], current: string): TemplateResult {
  const options = current && !values.includes(current) ? [current, ...values] : values;
  return html`<div class="field">
    <label for=${field}>${label}</label>
    <select id=${field} @change=${(e: Event) => v.setFilter({ [field]: (e.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${current === ''}>${v.t.filters.any}</option>
      ${options.map((value) => html`<option .value=${value} ?selected=${value === current}>${value}</option>`)}
    </select>
  </div>`;
}

function renderViewStatus(v: FiltersView): TemplateResult {
  const t = v.t.status;
  const { busy, order } = v.view;
  let text: string;
  if (busy) text = busy === 'sorting' ? t.sorting : t.filtering;
  else if (v.rowCount === 0) text = t.noData;
  else if (order.length === 0) text = t.noMatch;
  else text = t.shown(formatInteger(order.length, v.lang), formatInteger(v.rowCount, v.lang));
  return html`<div class="notice" role="status">${text}</div>`;
}

/** Search, only overdue, bucket, salesperson and region filters, and the view's status line. */
export function renderFilters(v: FiltersView): TemplateResult {
  const t = v.t.filters;
  const f = v.view.filter;
  return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="visually-hidden">${t.label}</span>
      <div class="field">
        <label for="search">${t.search}</label>
        <input id="search" type="search" autocomplete="off" .value=${f.search} @input=${(e: Event) => v.search((e.target as HTMLInputElement).value)} />
      </div>
      <div class="check">
        <input id="only-overdue" type="checkbox" .checked=${f.onlyOverdue} @change=${(e: Event) => v.setFilter({ onlyOverdue: (e.target as HTMLInputElement).checked })} />
        <label for="only-overdue">${t.onlyOverdue}</label>
      </div>
      <div class="field">
        <label for="bucket">${t.bucket}</label>
        <select id="bucket" @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          v.setFilter({ bucket: value === '' ? null : Number(value) });
        }}>
          <option value="" ?selected=${f.bucket === null}>${t.any}</option>
          ${v.buckets.map((b, k) => html`<option value=${k} ?selected=${f.bucket === k}>${bucketLabel(b, v.t.buckets, v.lang)}</option>`)}
        </select>
      </div>
      ${renderSelect(v, 'salesperson', t.salesperson, v.view.salespeople, f.salesperson)}
      ${renderSelect(v, 'region', t.region, v.view.regions, f.region)}
      <button type="button" ?disabled=${!isFiltering(f)} @click=${() => v.setFilter(NO_FILTER)}>${t.clear}</button>
    </div>
    ${renderViewStatus(v)}`;
}
