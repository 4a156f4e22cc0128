import { html, type TemplateResult } from 'lit';
import { fieldControl, holdsBadDate, readControlInput } from '../control-input.js';
import { ATTACHMENTS_KEY, controlId, SECTIONS, sectionOf, type SectionId } from '../fields.js';
import { renderAttachmentsSection } from './attachments-section.js';
import { renderBasicSection } from './basic-section.js';
import { renderFinancialsSection } from './financials-section.js';
import { renderGuaranteesSection } from './guarantees-section.js';
import { renderImpressionSection } from './impression-section.js';
import { renderActions, renderNav, renderProgress } from './navigation.js';
import { renderDraftNote, renderSubmitError, renderSummary } from './notices.js';
import { renderRequestSection } from './request-section.js';
import { renderReview } from './review.js';
import type { FormActions, FormView } from './view.js';

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
/**
 * Where the browser shows why the form is invalid: the control of the field with the first
 * issue, else its section's step, else the first step.
 */
export function validityAnchor(root: ParentNode, firstKey: string | undefined): HTMLElement | undefined {
  const control = firstKey === undefined ? null : root.querySelector<HTMLElement>(`#${controlId(firstKey)}`);
  const step = firstKey === undefined ? null : root.querySelector<HTMLElement>(`[data-step="${sectionOf(firstKey) ?? ''}"]`);
  return control ?? step ?? root.querySelector<HTMLElement>('[part~="step"]') ?? undefined;
}

/** The form's own listeners, made once per actions object (so Lit does not re-bind them on every render). */
const listenersOf = new WeakMap<FormActions, ReturnType<typeof makeListeners>>();

function makeListeners(actions: FormActions) {
  return {
    submit: (event: SubmitEvent) => {
      event.preventDefault();
      actions.proceed();
    },
    input: (event: Event) => {
      const input = readControlInput(event);
      if (input) actions.edited(input.key, input.value, input.badDate);
    },
    change: (event: Event) => {
      const control = event.composedPath()[0] as HTMLElement;
      if (control.dataset?.key || control.id === controlId(ATTACHMENTS_KEY)) actions.committed();
    },
    focusout: (event: FocusEvent) => {
      const control = fieldControl(event);
      if (control) actions.left(control.dataset.key!, holdsBadDate(control));
    },
  };
}

export function renderForm(view: FormView): TemplateResult {
  const { t } = view;
  let listeners = listenersOf.get(view.actions);
  if (!listeners) listenersOf.set(view.actions, (listeners = makeListeners(view.actions)));
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
