import { html, nothing, type TemplateResult } from 'lit';
import { CONTRACT_LIMITS } from '@credit-kit/core/lean';
import { APPLICANT_FIELDS, CONTACT_FIELDS } from '../form-model.js';
import { renderAddRow } from './add-row.js';
import { renderField, renderFields } from './field.js';
import type { FormView } from './view.js';

/** 客户基础信息: the applicant, its contacts (rows), then the group it belongs to. */
export function renderBasicSection(view: FormView): TemplateResult {
  return html`${renderFields(
      view,
      APPLICANT_FIELDS.filter((f) => f !== 'groupId' && f !== 'parentCompany').map((f) => `applicant.${f}`),
    )}
    ${renderContacts(view)} ${renderFields(view, ['applicant.groupId', 'applicant.parentCompany'])}`;
}

function renderContacts(view: FormView): TemplateResult {
  const { t, actions } = view;
  const contacts = view.form.applicant.contacts;
  return html`<fieldset class="group">
    <legend class="group-title">${t.rows.contacts}</legend>
    ${contacts.length === 0 ? html`<p class="empty-rows">${t.rows.noContacts}</p>` : nothing}
    ${contacts.map(
      (_, i) => html`<fieldset part="row" class="row">
        <legend>${t.rows.contact(i + 1)}</legend>
        <div class="fields">${CONTACT_FIELDS.map((f) => renderField(view, `applicant.contacts[${i}].${f}`))}</div>
        <button type="button" part="remove-button" class="remove" @click=${() => actions.removeRow('applicant.contacts', i)}>${t.rows.removeContact(i + 1)}</button>
      </fieldset>`,
    )}
    ${renderAddRow(view, 'applicant.contacts', contacts.length, CONTRACT_LIMITS.contacts, t.rows.addContact)}
  </fieldset>`;
}
