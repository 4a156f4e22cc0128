import { html, type TemplateResult } from 'lit';
import { SECTIONS, type SectionId } from '../fields.js';
import { renderAttachmentsSection } from './attachments-section.js';
import { renderBasicSection } from './basic-section.js';
import { renderFinancialsSection } from './financials-section.js';
import { renderGuaranteesSection } from './guarantees-section.js';
import { renderImpressionSection } from './impression-section.js';
import { renderActions, renderNav, renderProgress } from './navigation.js';
import { renderDraftNote, renderSubmitError, renderSummary } from './notices.js';
import { renderRequestSection } from './request-section.js';
import { renderReview } from './review.js';
import type { FormView } from './view.js';

const SECTION_RENDERERS: Record<SectionId, (view: FormView) => TemplateResult> = {
  basic: renderBasicSection,
  financials: renderFinancialsSection,
  guarantees: renderGuaranteesSection,
  request: renderRequestSection,
  impression: renderImpressionSection,
  attachments: renderAttachmentsSection,
  review: renderReview,
};

/** The frame of the form around the current section: heading, notes, steps, progress, summary, actions. */
export function renderForm(view: FormView, listeners: { submit(e: SubmitEvent): void; input(e: Event): void; change(e: Event): void; focusout(e: FocusEvent): void }): TemplateResult {
  const { t } = view;
  const index = SECTIONS.indexOf(view.section);
  return html`<form part="form" class="form" novalidate aria-labelledby="ck-title"
      @submit=${listeners.submit} @input=${listeners.input} @change=${listeners.change} @focusout=${listeners.focusout}>
    <fieldset class="frame" ?disabled=${view.disabled}>
      <div class="header">
        <h2 id="ck-title" part="title" class="title">${t.title}</h2>
        <p class="required-note">${t.requiredNote}</p>
      </div>
      ${renderDraftNote(view)} ${renderNav(view)} ${renderProgress(view)} ${renderSummary(view)} ${renderSubmitError(view)}
      <section part="section" class="section" aria-labelledby="ck-section-heading">
        <h3 id="ck-section-heading" part="section-heading" class="section-heading" tabindex="-1">${index + 1}. ${t.sections[view.section]}</h3>
        <p class="intro">${t.sectionIntros[view.section]}</p>
        ${SECTION_RENDERERS[view.section](view)}
      </section>
      ${renderActions(view)}
    </fieldset>
    <div class="visually-hidden" role="status">${view.announcement}</div>
  </form>`;
}
