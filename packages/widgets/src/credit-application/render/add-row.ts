import { html, type TemplateResult } from 'lit';
import type { FormView } from './view.js';

/**
 * The "Add …" button of a row list, or, once the list holds as many rows as the contract allows
 * (core's `CONTRACT_LIMITS`), a note saying so: the form never builds what the backend must refuse.
 */
export function renderAddRow(view: FormView, list: 'applicant.contacts' | 'guarantees', count: number, max: number, label: string): TemplateResult {
  if (count >= max) return html`<p part="row-limit" class="hint row-limit" role="status">${view.t.rows.limitReached(max)}</p>`;
  return html`<button type="button" part="add-button" data-add=${list} @click=${() => view.actions.addRow(list)}>+ ${label}</button>`;
}
