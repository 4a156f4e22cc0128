import { html, nothing, type TemplateResult } from 'lit';
import { recordChangeAt } from '../record-changes.js';
import { displayValue } from '../display.js';
import { FIELD_SECTIONS, fieldKeys, type SectionId } from '../fields.js';
import { APPLICANT_FIELDS, CONTACT_FIELDS, FINANCIAL_FIELDS, GUARANTEE_FIELDS, HISTORY_FIELDS } from '../form-model.js';
import { fieldLabel } from '../labels.js';
import type { FormView } from './view.js';

/** 确认提交: every section as the application will be sent, each with Edit. */
export function renderReview(view: FormView): TemplateResult {
  const { t, actions } = view;
  return html`<div part="review" class="review">
    ${FIELD_SECTIONS.map(
      (section) => html`<section class="review-group" aria-labelledby="ck-review-${section}">
        <div class="review-head">
          <h4 id="ck-review-${section}">${t.sections[section]}</h4>
          <button type="button" part="edit-button" @click=${() => actions.goTo(section)}>
            ${t.actions.edit}<span class="visually-hidden"> ${t.sections[section]}</span>
          </button>
        </div>
        ${reviewOf(view, section)}
      </section>`,
    )}
  </div>`;
}

function reviewOf(view: FormView, section: SectionId): TemplateResult {
  const { t, form } = view;
  switch (section) {
    case 'basic':
      return html`${reviewList(view, APPLICANT_FIELDS.map((f) => `applicant.${f}`))}
        ${form.applicant.contacts.map(
          (_, i) => html`<p class="review-row-title">${t.rows.contact(i + 1)}</p>
            ${reviewList(view, CONTACT_FIELDS.map((f) => `applicant.contacts[${i}].${f}`))}`,
        )}`;
    case 'financials':
      return html`${reviewList(view, FINANCIAL_FIELDS.map((f) => `financials.${f}`))}
        <p class="review-row-title">${t.history.title}</p>
        ${reviewList(view, HISTORY_FIELDS.map((f) => `history.${f}`))}`;
    case 'guarantees':
      return form.guarantees.length === 0
        ? html`<p>${t.review.none}</p>`
        : html`${form.guarantees.map(
            (_, i) => html`<p class="review-row-title">${t.rows.guarantee(i + 1)}</p>
              ${reviewList(view, GUARANTEE_FIELDS.map((f) => `guarantees[${i}].${f}`))}`,
          )}`;
    case 'attachments':
      return form.attachments.length === 0
        ? html`<p>${t.review.none}</p>`
        : html`<ul class="review-files">${form.attachments.map((a) => html`<li>${a.fileName}</li>`)}</ul>`;
    default:
      return reviewList(view, fieldKeys(form, section));
  }
}

function reviewList(view: FormView, keys: readonly string[]): TemplateResult {
  const { t, lang, form } = view;
  return html`<dl class="review-list">
    ${keys.map((key) => {
      const shown = displayValue(form, key, t, lang);
      const changed = recordChangeAt(form, view.record, key);
      return html`<div class="review-item">
        <dt>${fieldLabel(key, t)}</dt>
        <dd>${shown || html`<span aria-hidden="true">—</span><span class="visually-hidden">${t.review.notGiven}</span>`}${changed
            ? html`<span part="record-change" class="record-notice">${t.record.changedFrom(changed.record)}</span>`
            : nothing}</dd>
      </div>`;
    })}
  </dl>`;
}
