import { html, type TemplateResult } from 'lit';
import { renderDatePicker } from '../../i18n/date-picker.js';
import { datePlaceholder, dateText, formatDateText, readDateField } from '../../i18n/date-text.js';
import type { AgingTableMessages } from '../aging-table.messages.js';

/** What the toolbar shows and does. */
export interface ToolbarView {
  readonly t: AgingTableMessages['toolbar'];
  readonly lang: string;
  /** The calendar button's label. */
  readonly chooseDate: string;
  readonly asOf: string;
  readonly currency: string;
  readonly currencies: readonly string[];
  readonly notice?: { readonly text: string; readonly problem: boolean } | undefined;
  /** The date picker chose a (valid) day. */
  setAsOf(day: string): void;
  selectCurrency(code: string): void;
  /** Focuses a currency's tab once drawn. */
  focusTab(code: string): void;
  exportCsv(): void;
  copy(): void;
}

function onTabKey(v: ToolbarView, event: KeyboardEvent): void {
  const codes = v.currencies;
  const next = nextTab(event.key, codes.indexOf(v.currency), codes.length);
  if (next === undefined) return;
  event.preventDefault();
  v.selectCurrency(codes[next]!);
  v.focusTab(codes[next]!);
}

/** The as-of date, the currency tabs (one tab per currency: amounts are never added across them), export and copy. */
export function renderToolbar(v: ToolbarView): TemplateResult {
  const t = v.t;
  const codes = v.currencies;
  return html`<div class="toolbar" part="toolbar">
      <div class="field">
        <label for="as-of">${t.asOf}</label>
        <span class="date-field">
          <input id="as-of" type="text" ${dateText(v.asOf, v.lang)} placeholder=${datePlaceholder(v.lang)} autocomplete="off" spellcheck="false"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const { iso } = readDateField(input);
            // Text that is no day gives the table no date: the field goes back to the one shown.
            if (iso) v.setAsOf(iso);
            else input.value = formatDateText(v.asOf, v.lang);
          }} />
          ${renderDatePicker(v.chooseDate)}
        </span>
      </div>
      ${codes.length > 1
        ? html`<div class="field">
            <span id="currency-label" class="muted">${t.currencies}</span>
            <div role="tablist" aria-labelledby="currency-label" @keydown=${(e: KeyboardEvent) => onTabKey(v, e)}>
              ${codes.map(
                (code) => html`<button
                  type="button"
                  role="tab"
                  id=${`tab-${code}`}
                  aria-selected=${code === v.currency ? 'true' : 'false'}
                  aria-controls="panel"
                  tabindex=${code === v.currency ? 0 : -1}
                  @click=${() => v.selectCurrency(code)}
                >${code}</button>`,
              )}
            </div>
          </div>`
        : html`<div class="field"><span class="muted">${t.currency}</span><span>${v.currency}</span></div>`}
      <span class="spacer"></span>
      <button type="button" part="export-button" @click=${v.exportCsv}>${t.exportCsv}</button>
      <button type="button" part="export-button" @click=${v.copy}>${t.copy}</button>
    </div>
    <div class="notice ${v.notice?.problem ? 'problem' : ''}" role="status">${v.notice?.text ?? ''}</div>`;
}

/** The tab a key in the currency tab list moves to, or `undefined` for another key. */
function nextTab(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
