import type { SettlementStanding } from '../settlement-options.js';
import type { CustomerRecord } from '../record-changes.js';
import type { CreditApplication } from '@credit-kit/core/lean';
import type { CommonMessages } from '../../i18n/common-messages.js';
import type { DraftNote } from '../controllers/draft-controller.js';
import type { PendingUpload, RejectedFile } from '../controllers/upload-controller.js';
import type { CreditApplicationMessages } from '../credit-application.messages.js';
import type { SectionId } from '../fields.js';
import type { FormState } from '../form-state.js';
import type { ApplicationForm, RowList } from '../form-model.js';
import { issueMessage, type FieldIssue } from '../validation.js';

/** What the user can do from the rendered form; the element implements each. */
export interface FormActions {
  goTo(section: SectionId): void;
  previous(): void;
  focusField(key: string): void;
  addRow(list: 'applicant.contacts' | 'guarantees'): void;
  removeRow(list: RowList, index: number): void;
  /** The user typed into the field at `key`; `badDate` for a date control: whether it holds a partial date. */
  edited(key: string, value: string, badDate?: boolean): void;
  /** The user left the field at `key`. */
  left(key: string, badDate?: boolean): void;
  /** A field's change was committed (its `change` event). */
  committed(): void;
  /** Enter or Next: check the section and go on (Submit on the review). */
  proceed(): void;
  chooseFiles(files: readonly File[]): void;
  retryUpload(upload: PendingUpload): void;
  removeUpload(upload: PendingUpload): void;
  submit(): void;
  discardDraft(): void;
  undoDiscard(): void;
  startNew(): void;
}

/** Everything a render module reads: the element's state at this render, in one object. */
export interface FormView {
  readonly t: CreditApplicationMessages;
  readonly common: CommonMessages;
  readonly lang: string;
  readonly form: ApplicationForm;
  readonly state: FormState;
  readonly section: SectionId;
  readonly disabled: boolean;
  /** Whether a submission is in flight, and why the last one failed. */
  readonly submission: { readonly sending: boolean; readonly error: unknown };
  readonly draft: { readonly note?: DraftNote | undefined; readonly storageFailed: boolean; readonly openElsewhere: boolean };
  readonly files: { readonly uploads: readonly PendingUpload[]; readonly rejected: readonly RejectedFile[] };
  /** The live region's text. */
  readonly announcement: string;
  readonly actions: FormActions;
  /** The existing customer's record, to mark a code or name the form changes. */
  readonly record?: CustomerRecord | undefined;
  /** The standing that limits the settlement methods offered, when the host gave one. */
  readonly settlementStanding?: SettlementStanding | undefined;
}

/** The confirmation's view: the stored application and how to start again. */
export interface ConfirmationView {
  readonly t: CreditApplicationMessages;
  readonly lang: string;
  readonly application: CreditApplication;
  startNew(): void;
}

/** An issue in the reader's language. */
export function messageOf(view: FormView, issue: FieldIssue): string {
  return issueMessage(issue, view.form, view.t.validation, view.common.validation);
}
