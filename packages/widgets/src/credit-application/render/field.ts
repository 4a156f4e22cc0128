import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { optionLabels } from '../display.js';
import { controlId, specFor, type FieldSpec } from '../fields.js';
import { getField } from '../form-model.js';
import { recordChangeAt } from '../record-changes.js';
import { settlementOptions, type SettlementOptions } from '../settlement-options.js';
import { fieldHint, fieldLabel } from '../labels.js';
import { renderDatePicker } from '../../i18n/date-picker.js';
import { datePlaceholder, dateText } from '../../i18n/date-text.js';
import { INVALID_DATE } from '../validation.js';
import { messageOf, type FormView } from './view.js';

/** A field: label, control, hint and the issue shown for it now. `nothing` for a key the form does not show. */
export function renderField(view: FormView, key: string): TemplateResult | typeof nothing {
  const spec = specFor(key);
  if (!spec) return nothing;
  const id = controlId(key);
  const issue = view.state.shown.get(key);
  const hint = fieldHint(key, spec, view.t);
  const changed = recordChangeAt(view.form, view.record, key);
  const describedBy = [hint ? `${id}-hint` : '', changed ? `${id}-record` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return html`<div part="field" class="field ${spec.wide ? 'wide' : ''} ${issue ? 'invalid' : ''}">
    <label part="label" for=${id}>${fieldLabel(key, view.t)}${spec.required
        ? html`<span class="required" aria-hidden="true"> *</span>`
        : nothing}</label>
    ${renderControl(view, key, spec, id, describedBy, issue !== undefined)}
    ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${changed ? html`<p part="record-notice" class="record-notice" id="${id}-record">${view.t.record.differs(changed.record)}</p>` : nothing}
    ${issue ? html`<p part="error" class="error" id="${id}-error"><span aria-hidden="true">⚠ </span>${messageOf(view, issue)}</p>` : nothing}
  </div>`;
}

/** The fields of `keys` in one grid. */
export function renderFields(view: FormView, keys: readonly string[]): TemplateResult {
  return html`<div class="fields">${keys.map((key) => renderField(view, key))}</div>`;
}

function renderControl(view: FormView, key: string, spec: FieldSpec, id: string, describedBy: string | undefined, invalid: boolean): TemplateResult {
  const value = getField(view.form, key);
  const required = spec.required ? 'true' : 'false';
  const invalidText = invalid ? 'true' : 'false';
  if (spec.kind === 'choice') {
    const labels = optionLabels(key, view.t);
    return html`<select id=${id} part="input" data-key=${key} aria-required=${required} aria-invalid=${invalidText}
        aria-describedby=${ifDefined(describedBy)} .value=${live(value)}>
      <option value="" ?selected=${value === ''}>${view.t.choose}</option>
      ${choices(view, key, spec).options.map((option) => {
        const label = labels[option] ?? option;
        return html`<option value=${option} ?selected=${option === value}>${choices(view, key, spec).outside.has(option) ? view.t.outsideStanding(label) : label}</option>`;
      })}
    </select>`;
  }
  if (spec.kind === 'longText') {
    return html`<textarea id=${id} part="input" data-key=${key} rows="3" aria-required=${required} aria-invalid=${invalidText}
      aria-describedby=${ifDefined(describedBy)} .value=${live(value)}></textarea>`;
  }
  if (spec.kind === 'date') {
    const pending = view.state.issues.get(key)?.code === INVALID_DATE;
    return html`<span class="date-field"><input id=${id} part="input" data-key=${key} type="text" ${dateText(value, view.lang, pending)}
      placeholder=${datePlaceholder(view.lang)} autocomplete="off" spellcheck="false" aria-required=${required}
      aria-invalid=${invalidText} aria-describedby=${ifDefined(describedBy)} />${renderDatePicker(view.common.chooseDate, view.disabled)}</span>`;
  }
  return html`<input id=${id} part="input" data-key=${key} type=${inputType(spec)} inputmode=${ifDefined(inputMode(spec))}
    autocomplete=${autocompleteFor(key)} spellcheck=${spec.kind === 'text' ? 'true' : 'false'} aria-required=${required}
    aria-invalid=${invalidText} aria-describedby=${ifDefined(describedBy)} .value=${live(value)} />`;
}

/** The options of a choice; the settlement method's follow the customer's standing (core's rule). */
function choices(view: FormView, key: string, spec: FieldSpec): SettlementOptions {
  const all = spec.options ?? [];
  return key === 'request.settlementMethod' ? settlementOptions(all, view.settlementStanding) : { options: all, outside: new Set() };
}

function inputType(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'email':
      return 'email';
    case 'phone':
      return 'tel';
    default:
      return 'text';
  }
}

function inputMode(spec: FieldSpec): string | undefined {
  switch (spec.kind) {
    case 'amount':
    case 'positiveAmount':
    case 'ratio':
      return 'decimal';
    case 'days':
    case 'count':
    case 'score':
      return 'numeric';
    default:
      return undefined;
  }
}

function autocompleteFor(key: string): string {
  if (key === 'applicant.name') return 'organization';
  if (key === 'applicant.address') return 'street-address';
  if (/^applicant\.contacts\[\d+\]\.name$/.test(key)) return 'name';
  if (/^applicant\.contacts\[\d+\]\.role$/.test(key)) return 'organization-title';
  if (/^applicant\.contacts\[\d+\]\.phone$/.test(key)) return 'tel';
  if (/^applicant\.contacts\[\d+\]\.email$/.test(key)) return 'email';
  return 'off';
}
