import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ALL_GRADES } from '@credit-kit/core/lean';
import { renderDatePicker } from '../../i18n/date-picker.js';
import { datePlaceholder, dateText, readDateField } from '../../i18n/date-text.js';
import { formatDate } from '../../i18n/format.js';
import { AMOUNT_FIELDS, OPTIONAL_AMOUNT_FIELDS, WHAT_IF_FIELDS, type AmountField, type FieldProblem, type WhatIfField } from '../what-if-form.js';
import type { CalculatorView } from './view.js';

export interface FormHandlers {
  readonly input: (field: WhatIfField, value: string) => void;
  readonly reset: () => void;
}

const AMOUNT_FIELD_SET: ReadonlySet<WhatIfField> = new Set(AMOUNT_FIELDS);

/** A field's problem in the reader's words. */
export function problemText(problem: FieldProblem, v: CalculatorView): string {
  const common = v.common.validation;
  const p = v.t.problems;
  switch (problem.code) {
    case 'required':
      return common.required;
    case 'amount':
      return common.amount;
    case 'negative':
      return p.negative;
    case 'tooManyDecimals':
      return p.tooManyDecimals(problem.places);
    case 'tooBig':
      return common.too_big;
    case 'date':
      return common.date;
    case 'grade':
      return common.invalid_value;
    case 'effectiveAboveTotal':
      return p.effectiveAboveTotal;
    case 'establishedAfterAsOf':
      return p.establishedAfterAsOf(formatDate(problem.asOf, v.lang));
    case 'paidInCapitalRequired':
      return p.paidInCapitalRequired;
  }
}

/** The what-if form: every field with its hint and message, and "Reset to customer data". */
export function renderForm(v: CalculatorView, on: FormHandlers): TemplateResult {
  const t = v.t;
  return html`<form class="form" part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => e.preventDefault()}>
    <h3 id="form-title">${t.form.title}</h3>
    <p class="intro">${t.form.intro}</p>
    <div class="fields">${WHAT_IF_FIELDS.map((field) => renderField(field, v, on))}</div>
    <button type="button" class="reset" part="reset-button" @click=${() => on.reset()}>${t.form.reset}</button>
  </form>`;
}

function renderField(field: WhatIfField, v: CalculatorView, on: FormHandlers): TemplateResult {
  const t = v.t.form;
  const { values, problems, unit: valuesUnit } = v.state;
  const currency = v.data.financials.currency;
  const id = `field-${field}`;
  const problem = problems[field];
  const hint = (t.hints as Partial<Record<WhatIfField, string>>)[field];
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = problem ? 'true' : nothing;
  const required = field === 'paidInCapital' || OPTIONAL_AMOUNT_FIELDS.has(field as AmountField) ? nothing : 'true';
  const onInput = (event: Event) => on.input(field, (event.target as HTMLInputElement | HTMLSelectElement).value);
  let control: TemplateResult;
  if (field === 'grade') {
    control = html`<select id=${id} part="input grade-select" aria-invalid=${invalid} aria-describedby=${describedBy} aria-required="true" @input=${onInput}>
      ${values.grade === '' ? html`<option value="" .selected=${true}>${t.chooseGrade}</option>` : nothing}
      ${ALL_GRADES.map((grade) => html`<option value=${grade} .selected=${grade === values.grade}>${grade}</option>`)}
    </select>`;
  } else if (field === 'establishedOn') {
    control = html`<span class="date-field"><input id=${id} part="input" type="text" ${dateText(values.establishedOn, v.lang)} placeholder=${datePlaceholder(v.lang)}
      autocomplete="off" spellcheck="false" aria-invalid=${invalid} aria-describedby=${describedBy} aria-required="true"
      @input=${(event: Event) => on.input(field, readDateField(event.target as HTMLInputElement).iso)} />${renderDatePicker(v.common.chooseDate)}</span>`;
  } else {
    control = html`<input id=${id} part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
      .value=${live(values[field])} aria-invalid=${invalid} aria-describedby=${describedBy} aria-required=${required} @input=${onInput} />`;
  }
  const unit = AMOUNT_FIELD_SET.has(field) ? html` <span class="unit">(${t.amountUnit[valuesUnit](currency)})</span>` : nothing;
  return html`<div class="field" part=${problem ? 'field field-invalid' : 'field'}>
    <label for=${id}>${t.fields[field]}${unit}</label>
    ${control}
    ${hint ? html`<span class="hint" id=${`${id}-hint`} part="field-hint">${hint}</span>` : nothing}
    ${problem ? html`<span class="field-error" id=${`${id}-error`} part="field-error">${problemText(problem, v)}</span>` : nothing}
  </div>`;
}

/** Read-only mode: the values the result is based on. */
export function renderSummary(v: CalculatorView): TemplateResult {
  const t = v.t;
  const f = v.formatters(v.data.financials.currency);
  const input = v.state.current?.input;
  const show = (field: WhatIfField): string => {
    if (!input) return '—';
    if (field === 'grade') return input.grade;
    if (field === 'establishedOn') return f.date(input.establishedOn);
    const amount = input[field];
    return amount === undefined ? '—' : f.money(amount);
  };
  return html`<div role="group" class="summary" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${t.summary.title}</h3>
    <dl>
      ${WHAT_IF_FIELDS.filter((field) => field !== 'paidInCapital' || v.data.customer.paidInCapital !== undefined).map(
        (field) => html`<dt>${t.form.fields[field]}</dt><dd>${show(field)}</dd>`,
      )}
    </dl>
  </div>`;
}
