import { html, type TemplateResult } from 'lit';
import { FINANCIAL_FIELDS, HISTORY_FIELDS } from '../form-model.js';
import { renderFields } from './field.js';
import type { FormView } from './view.js';

/** 财务信息: the base period's figures, then the trading history with us (历史交易信息) as a group. */
export function renderFinancialsSection(view: FormView): TemplateResult {
  const { t } = view;
  return html`${renderFields(view, FINANCIAL_FIELDS.map((f) => `financials.${f}`))}
    <fieldset class="group" aria-describedby="ck-history-intro">
      <legend class="group-title">${t.history.title}</legend>
      <p class="intro" id="ck-history-intro">${t.history.intro}</p>
      ${renderFields(view, HISTORY_FIELDS.map((f) => `history.${f}`))}
    </fieldset>`;
}
