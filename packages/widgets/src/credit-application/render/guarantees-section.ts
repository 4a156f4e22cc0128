import { html, nothing, type TemplateResult } from 'lit';
import { CONTRACT_LIMITS } from '@credit-kit/core/lean';
import { GUARANTEE_FIELDS } from '../form-model.js';
import { renderAddRow } from './add-row.js';
import { renderField } from './field.js';
import type { FormView } from './view.js';

/** 担保及抵押: one row per guarantor or piece of collateral. */
export function renderGuaranteesSection(view: FormView): TemplateResult {
  const { t, actions } = view;
  const guarantees = view.form.guarantees;
  return html`${guarantees.length === 0 ? html`<p class="empty-rows">${t.rows.noGuarantees}</p>` : nothing}
    ${guarantees.map(
      (_, i) => html`<fieldset part="row" class="row">
        <legend>${t.rows.guarantee(i + 1)}</legend>
        <div class="fields">${GUARANTEE_FIELDS.map((f) => renderField(view, `guarantees[${i}].${f}`))}</div>
        <button type="button" part="remove-button" class="remove" @click=${() => actions.removeRow('guarantees', i)}>${t.rows.removeGuarantee(i + 1)}</button>
      </fieldset>`,
    )}
    ${renderAddRow(view, 'guarantees', guarantees.length, CONTRACT_LIMITS.guarantees, t.rows.addGuarantee)}`;
}
