import { html, nothing, type TemplateResult } from 'lit';
import { ATTACHMENT_TYPES, ATTACHMENT_TYPES_BY_EXTENSION } from '@credit-kit/core/lean';
import { describeError } from '../../base/describe-error.js';
import { apiError } from '../api-error.js';
import { checkFile, fileProblemMessage } from '../attachment-check.js';
import type { PendingUpload } from '../controllers/upload-controller.js';
import { formatFileSize } from '../display.js';
import { ATTACHMENTS_KEY, controlId } from '../fields.js';
import { messageOf, type FormView } from './view.js';

/** `accept` of the file input: the contract's types and their extensions. */
const ACCEPT = [...ATTACHMENT_TYPES, ...Object.keys(ATTACHMENT_TYPES_BY_EXTENSION).map((extension) => `.${extension}`)].join(',');

/** 附件: the file input with its messages, then the files listed, uploading and failed. */
export function renderAttachmentsSection(view: FormView): TemplateResult {
  const { t, lang, actions } = view;
  const id = controlId(ATTACHMENTS_KEY);
  const issue = view.state.shown.get(ATTACHMENTS_KEY);
  const messages = [...view.files.rejected.map((p) => fileProblemMessage(p.problem, p.name, t.validation)), ...(issue ? [messageOf(view, issue)] : [])];
  const describedBy = [`${id}-hint`, messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attachments = view.form.attachments;
  return html`<div class="fields">
      <div part="field" class="field wide ${messages.length ? 'invalid' : ''}">
        <label part="label" for=${id}>${t.fields.attachments}</label>
        <input id=${id} part="input" type="file" multiple accept=${ACCEPT} aria-invalid=${messages.length ? 'true' : 'false'}
          aria-describedby=${describedBy} @change=${onFilesChosen(view)} />
        <p part="hint" class="hint" id="${id}-hint">${t.hints.attachments}</p>
        ${messages.length
          ? html`<div part="error" class="error" id="${id}-error">${messages.map((m) => html`<p><span aria-hidden="true">⚠ </span>${m}</p>`)}</div>`
          : nothing}
      </div>
    </div>
    <h4 class="group-title" id="ck-attachment-list-title">${t.attachments.listLabel}</h4>
    ${attachments.length === 0 && view.files.uploads.length === 0 ? html`<p class="empty-rows">${t.attachments.none}</p>` : nothing}
    <ul part="attachment-list" class="attachment-list" aria-labelledby="ck-attachment-list-title">
      ${attachments.map((a, i) => {
        const size = Number(a.size);
        return html`<li class="attachment">
          <span class="file-name">${a.fileName}</span>
          <span class="file-meta">${Number.isFinite(size) && size > 0 ? formatFileSize(size, lang) : ''} ·
            ${a.uploadId ? t.attachments.uploaded : t.attachments.handedToHost}</span>
          <button type="button" part="remove-button" class="remove" @click=${() => actions.removeRow('attachments', i)}>${t.attachments.remove(a.fileName)}</button>
        </li>`;
      })}
      ${view.files.uploads.map(
        (u) => html`<li class="attachment ${u.status}">
          <span class="file-name">${u.fileName}</span>
          ${u.status === 'uploading'
            ? html`<span class="file-meta">${t.attachments.uploading}</span>`
            : html`<span class="file-meta error-text"><span aria-hidden="true">⚠ </span>${t.attachments.failed}: ${uploadErrorMessage(view, u)}</span>
                <button type="button" @click=${() => actions.retryUpload(u)}>${t.attachments.retry(u.fileName)}</button>`}
          <button type="button" part="remove-button" class="remove" @click=${() => actions.removeUpload(u)}>${t.attachments.remove(u.fileName)}</button>
        </li>`,
      )}
    </ul>`;
}

/** Hands the chosen files to the element, and empties the input so the same file can be chosen again. */
const onFilesChosen = (view: FormView) => (event: Event) => {
  const input = event.target as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  view.actions.chooseFiles(files);
};

/** Why an upload failed: the contract's reason for a file the server refused, else the error in words. */
function uploadErrorMessage(view: FormView, upload: PendingUpload): string {
  const t = view.t.validation;
  const e = apiError(upload.error);
  if (e?.status === 422) {
    const path = e.fieldErrors?.[0]?.path ?? '';
    const code = e.fieldErrors?.[0]?.code ?? '';
    if (path.endsWith('mimeType')) return fileProblemMessage('type', upload.fileName, t);
    if (path.endsWith('size')) return fileProblemMessage(code === 'too_small' ? 'empty' : 'size', upload.fileName, t);
  }
  if ((upload.error as { name?: unknown } | undefined)?.name === 'CreditKitValidationError') {
    const problem = checkFile(upload.file).problem;
    if (problem) return fileProblemMessage(problem, upload.fileName, t);
  }
  return describeError(upload.error, view.common.errors).message;
}
