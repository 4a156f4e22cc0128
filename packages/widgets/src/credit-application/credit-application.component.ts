import type { SettlementStanding } from './settlement-options.js';
import { customerMethods, financialsMethods, submissionMethods, type MethodSet } from '@credit-kit/client/resources';
import { type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CreditApplication } from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { FormAssociatedElement, type FormEntry, type FormValidity, type FormValue } from '../base/form-associated.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { DraftController } from './controllers/draft-controller.js';
import { SubmissionController } from './controllers/submission-controller.js';
import { byId, byPart, FocusController } from './controllers/focus-controller.js';
import { UploadController } from './controllers/upload-controller.js';
import { CkApplicationSubmittedEvent, CkAttachmentSelectEvent } from './credit-application.events.js';
import { creditApplicationMessages, type CreditApplicationMessages } from './credit-application.messages.js';
import { creditApplicationStyles } from './credit-application.styles.js';
import { draftScope, draftStorageKey, readFormState } from './draft-store.js';
import { controlId, sectionOf, type SectionId } from './fields.js';
import * as edits from './form-edits.js';
import { blankForm, buildInput, type PartialApplication } from './form-model.js';
import { firstRejectedField, memoizedFormState, type FormState } from './form-state.js';
import { customerPrefill, Prefill } from './prefill.js';
import { renderConfirmation, renderSubmittedElsewhere } from './render/confirmation.js';
import { renderForm, validityAnchor } from './render/form.js';
import { formActions } from './form-actions.js';
import { rejectedFieldIssues } from './validation.js';

/**
 * The credit application form (授信申请): basic information, financials of the base period and the
 * trading history with us, guarantees and collateral, the request, the salesperson's overall
 * impression and attachments, then a review step that submits through the client with the draft's
 * idempotency key.
 *
 * Validation uses the core schemas (`creditApplicationInputSchema`); messages are in the reader's
 * language, shown when a field loses focus and, for every field, on submit — focus then moves to
 * the first invalid field and an error summary is announced. A server `422` is mapped to the
 * fields the same way. Every change is saved as a draft in localStorage (namespaced by backend and
 * customer) and restored on reload; the draft is cleared only once the server confirms. Tabs with
 * one draft open share its key and merge edits; one submitted is closed in the others, never restored.
 *
 * **Inside a host `<form>`** the element is form-associated: its value (FormData entry under its
 * `name`) is the application JSON, its validity follows the schema (so `form.checkValidity()` is
 * false while it is invalid), and form reset returns it to its prefill (`defaultValue` over the
 * customer's data). A host form's
 * `requestSubmit()` does not send the application through the Credit Kit client: either let the
 * form post the JSON to your own endpoint, or handle the form's `submit` event, call
 * `event.preventDefault()` and `await element.submit()`. Either way the form only submits while
 * the application is valid (unless the host form has `novalidate`).
 *
 * @example
 * <ck-credit-application customer-id="C001"></ck-credit-application>
 *
 * @example
 * <!-- In a host form, sent through Credit Kit (idempotent, with draft and confirmation): -->
 * <form id="apply"><ck-credit-application name="application"></ck-credit-application><button>Send</button></form>
 * <script type="module">
 *   const form = document.getElementById('apply');
 *   form.addEventListener('submit', (event) => {
 *     event.preventDefault();
 *     void form.querySelector('ck-credit-application').submit();
 *   });
 * </script>
 *
 * @tagname ck-credit-application
 * @summary Multi-section credit application form with validation, draft autosave and idempotent submit.
 *
 * @attr base-url - Base URL of the host backend when no page-wide client is configured. Default: none.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the element (else the nearest ancestor's or the document's): `en`, `zh-CN`.
 *
 * @prop {CreditKitClient} client - The client to use; default one from `base-url`, else the page-wide client.
 *
 * @event ck-ready - The form is loaded (prefill, restored draft) and usable. Detail: `{}`.
 * @event ck-load-error - Prefill failed; the element shows the error with Retry. Detail: `{ error, message }`.
 * @event ck-application-submitted - The host confirmed the submission. Detail: `{ application: CreditApplication }`.
 * @event ck-attachment-select - With `attachment-mode="event"`: a checked file for the host to handle. Detail: `{ file: File, attachment: { fileName, mimeType, size } }`.
 * @event input - (native, composed) A field changed.
 * @event change - A field's change was committed.
 *
 * @csspart form - The inner form.
 * @csspart title - The form's heading.
 * @csspart draft-note - Draft messages: restored (with Discard), discarded (with Undo), cannot be saved.
 * @csspart discard-button - Discards the restored draft.
 * @csspart undo-button - Brings a discarded draft back.
 * @csspart open-elsewhere - In the draft note: the draft is also open in another tab or window (changes are merged).
 * @csspart nav - The section navigation.
 * @csspart step - A section button; also `step-current`, `step-complete`, `step-error`.
 * @csspart progress - Step and completion text with the bar.
 * @csspart progress-bar - The `<progress>` of completed sections.
 * @csspart summary - The error summary (`role=alert`) shown on submit.
 * @csspart summary-link - A summary entry: focuses its field.
 * @csspart submit-error - Why the submission failed, with Submit again.
 * @csspart submit-error-message - The failure in words.
 * @csspart retry-submit-button - Submits again with the same idempotency key.
 * @csspart section - The current section.
 * @csspart section-heading - The current section's heading.
 * @csspart field - A field: label, control, hint and error.
 * @csspart label - A field's label.
 * @csspart input - A field's control (`input`, `select`, `textarea`).
 * @csspart date-picker-button - The calendar button beside a date field (the browser's date picker; the field shows the page's language).
 * @csspart hint - A field's hint.
 * @csspart record-notice - Beside an existing customer's code or name: it differs from the customer record.
 * @csspart record-change - In the review: a code or name changed from the customer record.
 * @csspart error - A field's error message.
 * @csspart row - One contact or guarantee (a `<fieldset>`).
 * @csspart add-button - Adds a contact or a guarantee.
 * @csspart remove-button - Removes a contact, guarantee or file.
 * @csspart attachment-list - The files of the application.
 * @csspart review - The review step's content.
 * @csspart edit-button - Goes from the review to a section.
 * @csspart actions - Previous / Next / Submit.
 * @csspart previous-button - Goes to the previous section.
 * @csspart next-button - Checks the section and goes to the next.
 * @csspart submit-button - Submits the application (`aria-busy` while sending).
 * @csspart confirmation - The confirmation after a successful submission.
 * @csspart application-number - The application number in the confirmation.
 * @csspart application-status - The application status in the confirmation.
 * @csspart new-application-button - Starts a new application.
 * @csspart skeleton - Shown while prefill data loads.
 * @csspart error - The load error panel.
 * @csspart error-message - The load error in words.
 * @csspart retry-button - Loads again.
 *
 * @cssproperty --ck-credit-application-max-inline-size - Widest the form grows. Default `60rem`.
 * @cssproperty --ck-credit-application-field-min-inline-size - Narrowest a field column gets before the grid wraps. Default `14rem`.
 */
export class CkCreditApplication extends FormAssociatedElement implements FormValue<PartialApplication, PartialApplication | undefined> {
  static override styles = [CreditKitElement.styles, creditApplicationStyles];
  /**
   * The endpoints it calls.
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [customerMethods, financialsMethods, submissionMethods];

  /** Prefills from `GET /customers/{id}` and `GET /customers/{id}/financials` (a 404 on financials leaves them empty). Without it: a blank application. Default: none. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Replaces the backend-and-customer part of the draft's localStorage key (`credit-kit:draft:v1:<draft-key>`), e.g. to add the signed-in user. Default: none. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** `upload` (default): files are uploaded with `client.uploadAttachment`; `event`: they are handed to the host in `ck-attachment-select` and not uploaded. */
  @property({ attribute: 'attachment-mode' }) attachmentMode: 'upload' | 'event' = 'upload';

  /**
   * The customer's grade and payment record (and settlement policy): only the settlement methods the
   * standing allows are offered (core's `allowedSettlementMethods`), or all with the others marked when
   * the policy says `outsideAllowed: 'warn'`. Default: none (every method).
   */
  @property({ attribute: false }) settlementStanding?: SettlementStanding;

  /** What the user has done to the form (immutable; see `form-edits`). */
  @state() private edit: edits.FormEdit = edits.startEdit(blankForm());
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this, creditApplicationMessages);
  private readonly focusing = new FocusController(this);
  private readonly draft = new DraftController(this, {
    snapshot: () => (this.submission.confirmed ? undefined : this.edit),
    merged: (form) => (this.edit = { ...this.edit, form }),
  });
  private readonly submission = new SubmissionController(this, {
    send: (input, idempotencyKey) => this.resolveClient().submitApplication(input, { idempotencyKey }),
    exclusive: (work) => this.draft.exclusive(work),
    confirmed: (application) => {
      this.draft.submitted(application.number);
      this.edit = { ...this.edit, serverErrors: new Map() };
      this.dispatchEvent(new CkApplicationSubmittedEvent(application));
      void this.focusing.focus(byId('ck-confirmation-title'));
    },
    failed: (error) => {
      const serverErrors = rejectedFieldIssues(error);
      if (serverErrors) this.edit = edits.showAllIssues(this.edit, serverErrors);
      const first = firstRejectedField(this.edit.form, serverErrors);
      void (first !== undefined ? this.focusField(first) : this.focusing.focus(byPart('retry-submit-button')));
    },
  });
  private readonly files = new UploadController(this, {
    upload: (file) => this.resolveClient().uploadAttachment(file),
    uploaded: (upload) => this.change(edits.addAttachment(this.edit, upload)),
    selected: (file, attachment) => {
      this.change(edits.addAttachment(this.edit, attachment));
      this.dispatchEvent(new CkAttachmentSelectEvent(file, attachment));
    },
    announce: (fileName, status) => (this.announcement = `${fileName}: ${this.t.attachments[status]}`),
  });
  private readonly deriveState = memoizedFormState();
  /** The form's state at this update, derived in `willUpdate` from `edit` and the uploads. */
  private formState: FormState = this.currentState();

  /** What reset and discard return to: `defaultValue` over the customer's data. */
  private readonly prefill = new Prefill();

  /**
   * The application the form describes now (not validated; `validate()` tells whether it is
   * valid). Setting it is a deprecated alias of setting `defaultValue`.
   */
  get value(): PartialApplication {
    return buildInput(this.edit.form) as PartialApplication;
  }

  /**
   * @deprecated Setting `value` sets `defaultValue` (the prefill reset returns to), as it always
   * has; set `defaultValue` instead. From the next minor version, setting `value` replaces the
   * current application.
   */
  set value(value: PartialApplication | undefined) {
    this.defaultValue = value;
  }

  /**
   * A partial application that prefills the form over the `customer-id` data, for hosts that fetch
   * themselves: what `reset()`, a host form's reset and Discard return to. Setting it also shows it,
   * unless the form holds the user's changes or a restored draft.
   */
  @property({ attribute: false })
  get defaultValue(): PartialApplication | undefined {
    return this.prefill.defaults;
  }

  set defaultValue(value: PartialApplication | undefined) {
    this.prefill.defaults = value;
    if (this.prefill.loaded && !this.draft.hasChanges) this.start(edits.startEdit(this.prefill.form, this.edit.section));
  }

  /**
   * Validates every field and shows the messages (the error summary included). With `focus`
   * (default), moves focus to the first invalid field. Returns whether the application is valid.
   */
  validate(options: { focus?: boolean } = {}): boolean {
    this.edit = edits.showAllIssues(this.edit);
    const first = this.currentState().firstIssue;
    if (first === undefined) return true;
    if (options.focus !== false) void this.focusField(first);
    return false;
  }

  /**
   * Validates, then sends the application with `client.submitApplication` and the draft's
   * idempotency key. Resolves to the stored application, or `undefined` when the form is invalid,
   * a submission is already in flight, or it failed (the element then shows why, with Submit again).
   */
  async submit(): Promise<CreditApplication | undefined> {
    if (this.submission.sending || this.submission.confirmed || this.draft.submittedElsewhere || this.loadStatus !== 'ready' || this.isDisabled) return undefined;
    this.edit = { ...this.edit, serverErrors: new Map() };
    if (!this.validate()) return undefined;
    // Under the draft's lock, the key is stored with the data (and other tabs' changes) before anything is sent.
    return this.submission.send(() => {
      const idempotencyKey = this.draft.keyForSubmit();
      if (idempotencyKey === undefined) return void this.focusing.focus(byId('ck-confirmation-title'));
      const input = this.validate() ? this.currentState().validation.value : undefined;
      return input && { input, idempotencyKey };
    });
  }

  /** Returns to the prefill: clears the messages and the stored draft; the next change starts a new draft. */
  reset(): void {
    this.draft.clear();
    this.returnToPrefill();
  }

  /** Shows the field's section and focuses its control. */
  async focusField(key: string): Promise<void> {
    const section = sectionOf(key);
    if (section) this.moveTo(section);
    await this.focusing.focus(byId(controlId(key)));
  }

  // ——— form association and loading ————————————————————————————————————

  protected formEntry(): FormEntry {
    const { validation } = this.formState;
    return { value: JSON.stringify(validation.value ?? validation.input), state: JSON.stringify({ form: this.edit.form, section: this.edit.section }) };
  }

  protected formValidity(): FormValidity {
    const { blocking, blockingKeys } = this.formState;
    if (blocking.size === 0 && this.loadStatus === 'ready') return { valid: true };
    const anchor = validityAnchor(this.renderRoot, blockingKeys[0]);
    return { valid: false, flags: { customError: true }, message: this.t.validation.validity(Math.max(blocking.size, 1)), anchor };
  }

  protected restoreFormState(stateValue: string): void {
    const restored = readFormState(stateValue);
    if (!restored || this.prefill.holdRestore(restored)) return;
    this.start(edits.startEdit(restored.form, restored.section));
    this.draft.keep({ save: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Pending edits belong to the draft of the customer being left.
    if (this.hasUpdated && this.needsReload(changed)) this.draft.flush();
    super.willUpdate(changed);
    this.formState = this.currentState();
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('customerId') || changed.has('draftKey');
  }

  protected async load(signal: AbortSignal): Promise<void> {
    this.prefill.loaded = false;
    const customerId = this.customerId?.trim() || undefined;
    const customer = customerId ? await customerPrefill(this.resolveClient(), customerId, signal) : blankForm();
    if (signal.aborted) return;
    this.prefill.customer = customer;
    this.submission.clear();
    // Drafts live under the backend they are for: the client's base URL, else the page's origin.
    const draft = this.draft.open(draftStorageKey(draftScope(this.findClient()?.baseUrl), customerId, this.draftKey));
    const starting = this.prefill.starting(draft);
    this.start(starting.edit);
    if (starting.keep) this.draft.keep();
  }

  // ——— state changes ————————————————————————————————————————————————

  private get t(): CreditApplicationMessages {
    return this.i18n.messages;
  }

  /** The state for `edit` and the uploads as they are now (the same object while they do not change). */
  private currentState(): FormState {
    return this.deriveState({ edit: this.edit, uploads: this.files.status });
  }

  /** Starts over on `edit`: running uploads and refused files are forgotten. */
  private start(edit: edits.FormEdit): void {
    this.edit = edit;
    this.files.clear();
  }

  private returnToPrefill(): void {
    this.start(edits.startEdit(this.prefill.form));
    this.submission.clear();
  }

  /** A change of the user's to the data: kept in the draft. */
  private change(edit: edits.FormEdit): void {
    this.edit = edit;
    this.draft.changed();
  }

  private moveTo(section: SectionId): void {
    if (section === this.edit.section) return;
    this.edit = edits.moveTo(this.edit, section);
    this.draft.moved();
  }

  private goTo(section: SectionId): Promise<void> {
    this.moveTo(section);
    return this.focusing.focus(byId('ck-section-heading'));
  }

  /** Next: shows the section's messages and stays on its first invalid field, else goes on. */
  private next(): void {
    const step = edits.next(this.edit, this.currentState().blocking);
    this.edit = step.edit;
    if (step.field !== undefined) void this.focusField(step.field);
    else if (step.section) void this.goTo(step.section);
  }

  /** A field's change was committed (a method, so the manifest sees the `change` event it dispatches). */
  private commitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly actions = formActions({
    edit: () => this.edit,
    setEdit: (edit) => (this.edit = edit),
    change: (edit) => this.change(edit),
    t: () => this.t,
    announce: (text) => (this.announcement = text),
    attachmentMode: () => this.attachmentMode,
    focusing: this.focusing,
    draft: this.draft,
    files: this.files,
    goTo: (section) => this.goTo(section),
    focusField: (key) => this.focusField(key),
    next: () => this.next(),
    submit: () => this.submit(),
    reset: () => this.reset(),
    commitChange: () => this.commitChange(),
    returnToPrefill: () => this.returnToPrefill(),
    start: (edit) => this.start(edit),
  });

  protected renderReady(): TemplateResult {
    const { t, i18n: { lang }, submission: { confirmed }, draft: { submittedElsewhere } } = this;
    if (confirmed) return renderConfirmation({ t, lang, application: confirmed, startNew: this.actions.startNew });
    if (submittedElsewhere) return renderSubmittedElsewhere(t, submittedElsewhere.number, this.actions.startNew);
    const { form, section } = this.edit;
    const { common, formState: state, isDisabled: disabled, submission, draft, files, announcement, actions, settlementStanding, prefill: { record } } = this;
    return renderForm({ t, common: common.messages, lang, form, section, state, disabled, submission, draft, files, announcement, actions, settlementStanding, record });
  }
}
