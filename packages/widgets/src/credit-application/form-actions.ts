import type { DraftController } from './controllers/draft-controller.js';
import { byId, byPart, type FocusController } from './controllers/focus-controller.js';
import type { UploadController } from './controllers/upload-controller.js';
import type { CreditApplicationMessages } from './credit-application.messages.js';
import { ATTACHMENTS_KEY, controlId, SECTIONS, type SectionId } from './fields.js';
import * as edits from './form-edits.js';
import type { AttachmentForm } from './form-model.js';
import { rowLabel } from './labels.js';
import type { FormActions } from './render/view.js';

/** What the form's controls act on: the element's state, its controllers and its steps. */
export interface FormActionsContext {
  edit(): edits.FormEdit;
  setEdit(edit: edits.FormEdit): void;
  /** A change of the user's to the data: kept in the draft. */
  change(edit: edits.FormEdit): void;
  t(): CreditApplicationMessages;
  /** Says `text` in the form's live region. */
  announce(text: string): void;
  attachmentMode(): 'upload' | 'event';
  readonly focusing: FocusController;
  readonly draft: DraftController;
  readonly files: UploadController;
  goTo(section: SectionId): Promise<void>;
  focusField(key: string): Promise<void>;
  next(): void;
  submit(): Promise<unknown>;
  reset(): void;
  commitChange(): void;
  returnToPrefill(): void;
  start(edit: edits.FormEdit): void;
}

/** What each control of the form does (rows added and removed are announced, focus follows). */
export function formActions(c: FormActionsContext): FormActions {
  return {
    goTo: (section) => void c.goTo(section),
    previous: () => void c.goTo(SECTIONS[Math.max(SECTIONS.indexOf(c.edit().section) - 1, 0)]!),
    focusField: (key) => void c.focusField(key),
    addRow: (list) => {
      const added = edits.addRow(c.edit(), list);
      c.change(added.edit);
      c.announce(c.t().rows.added(rowLabel(list, added.rows - 1, c.t())));
      void c.focusing.focus(byId(controlId(added.focus)));
    },
    removeRow: (list, index) => {
      const removed = edits.removeRow(c.edit(), list, index);
      c.change(removed.edit);
      c.announce(c.t().rows.removed(rowLabel(list, index, c.t(), (removed.removed as AttachmentForm | undefined)?.fileName)));
      // No row left: focus goes to Add.
      void c.focusing.focus(removed.focus ? byId(controlId(removed.focus)) : (root) => root.querySelector<HTMLElement>(`[data-add="${list}"]`));
    },
    edited: (key, value, badDate) => c.change(edits.editField(c.edit(), key, value, badDate)),
    left: (key, badDate) => c.setEdit(edits.leave(c.edit(), key, badDate)),
    committed: () => c.commitChange(),
    proceed: () => (c.edit().section === 'review' ? void c.submit() : c.next()),
    chooseFiles: (files) => {
      c.files.choose(files, c.attachmentMode());
      c.setEdit(edits.touch(c.edit(), [ATTACHMENTS_KEY]));
    },
    retryUpload: (upload) => void c.files.start(upload.file, upload.fileName, upload.id),
    removeUpload: (upload) => c.files.remove(upload.id),
    submit: () => void c.submit(),
    discardDraft: () => {
      c.draft.discard(c.edit());
      c.returnToPrefill();
      void c.focusing.focus(byPart('undo-button'));
    },
    undoDiscard: () => {
      if (c.draft.restoreDiscarded((undo) => c.start(edits.startEdit(undo.form, undo.section)))) void c.focusing.focus(byId('ck-section-heading'));
    },
    startNew: () => {
      c.reset();
      void c.focusing.focus(byId('ck-section-heading'));
    },
  };
}
