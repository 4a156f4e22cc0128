import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../../base/describe-error.js';
import { apiError, submissionInProgress } from '../api-error.js';
import { formatTimestamp } from '../display.js';
import { ATTACHMENTS_KEY, specFor } from '../fields.js';
import { summaryLabel } from '../labels.js';
import { rejectedFieldIssues } from '../validation.js';
import { messageOf, type FormView } from './view.js';

/** What happened to the draft (restored, discarded, brought back) and whether it can be saved at all. */
export function renderDraftNote(view: FormView): TemplateResult {
  const { t, lang, actions } = view;
  const { note, storageFailed, openElsewhere } = view.draft;
  const empty = !note && !storageFailed && !openElsewhere;
  return html`<div part="draft-note" class="draft-note ${empty ? 'empty' : ''}" role="status">
    ${note?.kind === 'restored'
      ? html`<span>${t.draft.restored(formatTimestamp(note.savedAt, lang))}</span>
          <button type="button" part="discard-button" @click=${actions.discardDraft}>${t.actions.discardDraft}</button>`
      : nothing}
    ${note?.kind === 'discarded'
      ? html`<span>${t.draft.discarded}</span> <button type="button" part="undo-button" @click=${actions.undoDiscard}>${t.actions.undo}</button>`
      : nothing}
    ${note?.kind === 'undone' ? html`<span>${t.draft.undone}</span>` : nothing}
    ${storageFailed ? html`<span class="warning">${t.draft.unavailable}</span>` : nothing}
    ${openElsewhere ? html`<span part="open-elsewhere">${t.tabs.openElsewhere}</span>` : nothing}
  </div>`;
}

/** The error summary after a submit was tried: every blocking issue, each a link to its field. */
export function renderSummary(view: FormView): TemplateResult | typeof nothing {
  const keys = view.state.blockingKeys;
  if (!view.state.showAll || keys.length === 0) return nothing;
  const { t, actions } = view;
  return html`<div part="summary" class="summary" role="alert" aria-labelledby="ck-summary-title">
    <h3 id="ck-summary-title" class="summary-title">${t.summary.title(keys.length)}</h3>
    <ul>
      ${keys.map((key) => {
        const text = t.summary.item(summaryLabel(key, t), messageOf(view, view.state.blocking.get(key)!));
        return specFor(key) || key === ATTACHMENTS_KEY
          ? html`<li><button type="button" part="summary-link" class="link" @click=${() => actions.focusField(key)}>${text}</button></li>`
          : html`<li>${text}</li>`;
      })}
    </ul>
  </div>`;
}

/** Why the submission failed, with Submit again (not when the server named the fields: they show it). */
export function renderSubmitError(view: FormView): TemplateResult | typeof nothing {
  const { error, sending: submitting } = view.submission;
  if (error === undefined) return nothing;
  const { t, actions } = view;
  const e = apiError(error);
  const fieldErrors = rejectedFieldIssues(error) !== undefined;
  const inProgress = submissionInProgress(error);
  let message: string;
  if (inProgress) message = t.submit.stillProcessing;
  else if (fieldErrors) message = t.submit.fieldsRejected;
  else if (e?.status === 422) message = /idempotency-key-reused/.test(e.problem?.type ?? '') ? t.submit.keyReused : t.submit.rejected;
  else message = describeError(error, view.common.errors).message;
  return html`<div part="submit-error" class="submit-error" role="alert">
    <strong>${inProgress ? t.submit.stillProcessingTitle : t.submit.failedTitle}</strong>
    <span part="submit-error-message">${message}</span>
    <span>${t.submit.kept}</span>
    ${fieldErrors
      ? nothing
      : html`<button type="button" part="retry-submit-button" class="primary" ?disabled=${submitting}
          aria-busy=${submitting ? 'true' : 'false'} @click=${actions.submit}>${submitting ? t.actions.submitting : inProgress ? t.submit.checkAgain : t.actions.retry}</button>`}
  </div>`;
}
