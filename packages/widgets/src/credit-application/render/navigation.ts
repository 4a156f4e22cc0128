import { html, nothing, type TemplateResult } from 'lit';
import { FIELD_SECTIONS, SECTIONS } from '../fields.js';
import type { FormView } from './view.js';

/** The section buttons, each marked complete, with errors or to do. */
export function renderNav(view: FormView): TemplateResult {
  const { t, actions } = view;
  return html`<nav part="nav" class="nav" aria-label=${t.nav.label}>
    <ol class="steps">
      ${SECTIONS.map((section, i) => {
        const current = section === view.section;
        const state = view.state.sections[section];
        const parts = ['step', current ? 'step-current' : '', state === 'complete' ? 'step-complete' : '', state === 'error' ? 'step-error' : '']
          .filter(Boolean)
          .join(' ');
        const marker = state === 'complete' ? '✓' : state === 'error' ? '!' : String(i + 1);
        const stateText = state === 'complete' ? t.nav.complete : state === 'error' ? t.nav.hasErrors : t.nav.incomplete;
        return html`<li>
          <button type="button" part=${parts} class="step ${state}" data-step=${section}
            aria-current=${current ? 'step' : nothing} @click=${() => actions.goTo(section)}>
            <span class="step-marker" aria-hidden="true">${marker}</span>
            <span class="step-label">${t.sections[section]}</span>
            ${section === 'review' ? nothing : html`<span class="visually-hidden">(${stateText})</span>`}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** "Step 2 of 7 · 1 of 6 sections complete" with its bar. */
export function renderProgress(view: FormView): TemplateResult {
  const { t } = view;
  const index = SECTIONS.indexOf(view.section);
  const done = view.state.completed;
  return html`<div part="progress" class="progress">
    <span id="ck-progress-label">${t.progress.step(index + 1, SECTIONS.length)} · ${t.progress.done(done, FIELD_SECTIONS.length)}</span>
    <progress part="progress-bar" max=${FIELD_SECTIONS.length} .value=${done} aria-labelledby="ck-progress-label"></progress>
  </div>`;
}

/** Previous, and Next or (on the review) Submit, busy while sending. */
export function renderActions(view: FormView): TemplateResult {
  const { t, actions } = view;
  const submitting = view.submission.sending;
  const index = SECTIONS.indexOf(view.section);
  return html`<div part="actions" class="actions">
    ${index > 0 ? html`<button type="button" part="previous-button" @click=${actions.previous}>${t.actions.previous}</button>` : nothing}
    ${view.section === 'review'
      ? html`<button type="submit" part="submit-button" class="primary" ?disabled=${submitting}
          aria-busy=${submitting ? 'true' : 'false'}>${submitting ? t.actions.submitting : t.actions.submit}</button>`
      : html`<button type="submit" part="next-button" class="primary">${t.actions.next}</button>`}
  </div>`;
}
