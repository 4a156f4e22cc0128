import { settlementOptions, type SettlementStanding } from './settlement-options.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { newIdempotencyKey } from '@credit-kit/client';
import { ATTACHMENT_TYPES, type AttachmentUpload, type CreditApplication, type FieldError } from '@credit-kit/core';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { describeError } from '../base/describe-error.js';
import { formatMoney } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { checkFile, fileProblemMessage, type FileProblem } from './attachment-check.js';
import { CkApplicationSubmittedEvent, CkAttachmentSelectEvent } from './credit-application.events.js';
import { creditApplicationMessages, type CreditApplicationMessages } from './credit-application.messages.js';
import { creditApplicationStyles } from './credit-application.styles.js';
import { displayValue, formatFileSize, formatTimestamp, optionLabels } from './display.js';
import { Debounced, draftStorageKey, DraftStore, type Draft } from './draft-store.js';
import {
  allFieldKeys,
  ATTACHMENTS_KEY,
  controlId,
  FIELD_SECTIONS,
  fieldKeys,
  SECTIONS,
  sectionOf,
  specFor,
  type FieldSpec,
  type SectionId,
} from './fields.js';
import {
  APPLICANT_FIELDS,
  blankForm,
  buildInput,
  cloneForm,
  CONTACT_FIELDS,
  emptyContact,
  emptyGuarantee,
  FINANCIAL_FIELDS,
  formFromCustomer,
  formFromPartial,
  getField,
  getRows,
  GUARANTEE_FIELDS,
  HISTORY_FIELDS,
  IMPRESSION_FIELDS,
  normalizeForm,
  parseKey,
  REQUEST_FIELDS,
  setField,
  setRows,
  type ApplicationForm,
  type AttachmentForm,
  type PartialApplication,
  type RowList,
} from './form-model.js';
import {
  INVALID_DATE,
  issueMessage,
  serverIssues,
  UPLOAD_FAILED,
  UPLOAD_PENDING,
  validateForm,
  type FieldIssue,
  type FormValidation,
} from './validation.js';

/** How long after the last change the draft is written. */
const AUTOSAVE_DELAY_MS = 250;

type SectionState = 'complete' | 'error' | 'incomplete';
type DraftNote = { kind: 'restored'; savedAt: string } | { kind: 'discarded' } | { kind: 'undone' };

/** A file being uploaded, or whose upload failed (kept so it can be retried). */
interface PendingUpload {
  readonly id: number;
  readonly file: File;
  readonly fileName: string;
  readonly status: 'uploading' | 'failed';
  readonly error?: unknown;
}

interface ErrorLike {
  name?: string;
  status?: number;
  fieldErrors?: readonly FieldError[];
  problem?: { type?: string };
}

const asErrorLike = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? (error as ErrorLike) : {});
const isNotFound = (error: unknown) => asErrorLike(error).name === 'ApiError' && asErrorLike(error).status === 404;

/** `accept` of the file input: the contract's types and their extensions. */
const ACCEPT = [...ATTACHMENT_TYPES, '.pdf', '.jpg', '.jpeg', '.png', '.xlsx'].join(',');

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
 * customer) and restored on reload; the draft is cleared only once the server confirms.
 *
 * **Inside a host `<form>`** the element is form-associated: its value (FormData entry under its
 * `name`) is the application JSON, its validity follows the schema (so `form.checkValidity()` is
 * false while it is invalid), and form reset returns it to its prefill. A host form's
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
 * @attr customer-id - Prefills from `GET /customers/{id}` and `GET /customers/{id}/financials` (a 404 on financials leaves them empty). Without it: a blank application. Default: none.
 * @attr base-url - Base URL of the host backend when no page-wide client is configured. Default: none.
 * @attr draft-key - Replaces the backend-and-customer part of the draft's localStorage key (`credit-kit:draft:v1:<draft-key>`), e.g. to add the signed-in user. Default: none.
 * @attr attachment-mode - `upload` (default): files are uploaded with `client.uploadAttachment`; `event`: they are handed to the host in `ck-attachment-select` and not uploaded.
 * @attr name - Name of the element's entry in a host form's FormData (the application JSON). Default: none.
 * @attr disabled - Disables every control (also set by a disabled ancestor `<fieldset>`). Default: false.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the element (else the nearest ancestor's or the document's): `en`, `zh-CN`.
 *
 * @prop {CreditKitClient} client - The client to use; default one from `base-url`, else the page-wide client.
 * @prop {SettlementStanding | undefined} settlementStanding - The customer's grade and payment record (and settlement policy): only the settlement methods the standing allows are offered, or all with the others marked when the policy says `outsideAllowed: 'warn'`.
 * @prop {PartialApplication} value - Set: a partial application that prefills the form (over the `customer-id` data), for hosts that fetch themselves. Get: the application the form describes now (unvalidated).
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
 * @csspart hint - A field's hint.
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
export class CkCreditApplication extends CreditKitElement {
  static override styles = [CreditKitElement.styles, creditApplicationStyles];
  static formAssociated = true;

  /** Customer to prefill from; without it the application is blank. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Replaces the backend-and-customer part of the draft's storage key. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** `upload` (default) through the client, or `event` to hand files to the host. */
  @property({ attribute: 'attachment-mode' }) attachmentMode: 'upload' | 'event' = 'upload';

  /** Name of the FormData entry in a host form. */
  @property({ reflect: true }) name?: string;

  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The customer's grade and payment record: the settlement methods offered follow them (core's rule). */
  @property({ attribute: false }) settlementStanding?: SettlementStanding;

  @state() private model: ApplicationForm = blankForm();
  @state() private section: SectionId = 'basic';
  @state() private visited: ReadonlySet<SectionId> = new Set();
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private showAll = false;
  @state() private validation: FormValidation = validateForm(blankForm());
  @state() private issues: ReadonlyMap<string, FieldIssue> = new Map();
  @state() private serverErrors: ReadonlyMap<string, FieldIssue> = new Map();
  @state() private submitting = false;
  @state() private submitError: unknown = undefined;
  @state() private confirmation?: CreditApplication;
  @state() private draftNote?: DraftNote;
  @state() private storageFailed = false;
  @state() private uploads: readonly PendingUpload[] = [];
  @state() private fileProblems: readonly { problem: FileProblem; name: string }[] = [];
  @state() private formDisabled = false;
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this, creditApplicationMessages);
  private readonly internals: ElementInternals;
  private readonly autosave = new Debounced(() => this.saveDraft(), AUTOSAVE_DELAY_MS);
  private readonly onPageHide = () => this.autosave.flush();

  /** The `value` the host set, applied over the customer's data. */
  private prefillValue?: PartialApplication;
  /** What the customer's data (or nothing) gives, before `value`. */
  private customerPrefill: ApplicationForm = blankForm();
  /** What reset and discard return to. */
  private prefill: ApplicationForm = blankForm();
  private prefillLoaded = false;
  private store?: DraftStore;
  private idempotencyKey?: string;
  /** The user changed something since the prefill (so there is a draft to keep). */
  private dirty = false;
  private undoSnapshot?: { form: ApplicationForm; section: SectionId; idempotencyKey?: string };
  private pendingRestore?: { form: ApplicationForm; section: SectionId };
  private readonly badDates = new Set<string>();
  private uploadSequence = 0;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  // ——— public API ———————————————————————————————————————————————

  /** The application the form describes now (not validated; `validate()` tells whether it is valid). */
  get value(): PartialApplication {
    return buildInput(this.model) as PartialApplication;
  }

  /** Prefills the form with a partial application (over the `customer-id` data); reset and discard return to it. */
  set value(value: PartialApplication | undefined) {
    this.prefillValue = value;
    if (!this.prefillLoaded) return;
    this.prefill = formFromPartial(this.customerPrefill, value);
    // A restored draft or the user's edits are not overwritten; discard returns to the new prefill.
    if (!this.dirty) this.applyForm(cloneForm(this.prefill), this.section);
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state in the host form (`customError` while the application is invalid). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid, in the reader's language (`''` when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether a host form would validate this element. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Like an input's: `false` (and an `invalid` event) while the application is invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like an input's: also shows the browser's message at the first invalid field. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Validates every field and shows the messages (the error summary included). With `focus`
   * (default), moves focus to the first invalid field. Returns whether the application is valid.
   */
  validate(options: { focus?: boolean } = {}): boolean {
    this.showAll = true;
    const first = this.orderedIssueKeys(this.issues)[0];
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
    if (this.submitting || this.loadStatus !== 'ready' || this.confirmation || this.isDisabled) return undefined;
    this.serverErrors = new Map();
    if (!this.validate()) return undefined;
    const input = this.validation.value!;
    this.submitting = true;
    this.idempotencyKey ??= newIdempotencyKey();
    const idempotencyKey = this.idempotencyKey;
    // The key is stored with the data before anything is sent: a reload after a lost answer resubmits with it.
    this.dirty = true;
    this.autosave.cancel();
    this.saveDraft();
    try {
      const application = await this.resolveClient().submitApplication(input, { idempotencyKey });
      this.submitting = false;
      void this.completeSubmission(application);
      return application;
    } catch (error) {
      this.submitting = false;
      void this.failSubmission(error);
      return undefined;
    }
  }

  /** Returns to the prefill: clears the messages and the stored draft; the next change starts a new draft. */
  reset(): void {
    this.autosave.cancel();
    this.store?.clear();
    this.applyForm(cloneForm(this.prefill), 'basic');
    this.idempotencyKey = undefined;
    this.dirty = false;
    this.draftNote = undefined;
    this.undoSnapshot = undefined;
    this.confirmation = undefined;
    this.submitError = undefined;
  }

  // ——— form-associated callbacks ———————————————————————————————————————

  /** A host form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** The browser restores the form state (history navigation, autofill). */
  formStateRestoreCallback(stateValue: unknown): void {
    if (typeof stateValue !== 'string') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(stateValue);
    } catch {
      return;
    }
    const raw = (parsed ?? {}) as { form?: unknown; section?: unknown };
    const form = normalizeForm(raw.form);
    if (!form) return;
    const section = (SECTIONS as readonly unknown[]).includes(raw.section) ? (raw.section as SectionId) : 'basic';
    if (!this.prefillLoaded) {
      this.pendingRestore = { form, section };
      return;
    }
    this.applyForm(form, section);
    this.dirty = true;
    this.autosave.schedule();
  }

  /** A host `<fieldset disabled>` or the element's own `disabled` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ——— lifecycle ——————————————————————————————————————————————————

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    this.autosave.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Pending edits belong to the draft of the customer being left.
    if (this.hasUpdated && this.needsReload(changed)) this.autosave.flush();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncInternals();
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('customerId') || changed.has('draftKey');
  }

  protected async load(signal: AbortSignal): Promise<void> {
    this.prefillLoaded = false;
    let base = blankForm();
    const customerId = this.customerId?.trim() || undefined;
    if (customerId) {
      const client = this.resolveClient();
      const [customer, financials] = await Promise.all([
        client.getCustomer(customerId, { signal }),
        client.getFinancials(customerId, { signal }).catch((error: unknown) => {
          if (isNotFound(error)) return undefined;
          throw error;
        }),
      ]);
      if (signal.aborted) return;
      base = formFromCustomer(base, customer, financials);
    }
    this.customerPrefill = base;
    this.prefill = formFromPartial(base, this.prefillValue);
    this.prefillLoaded = true;
    this.store = new DraftStore(draftStorageKey(this.draftScope(), customerId, this.draftKey));
    this.storageFailed = !this.store.available;
    this.confirmation = undefined;
    this.submitError = undefined;
    this.undoSnapshot = undefined;
    const draft = this.store.load();
    const restore = this.pendingRestore;
    this.pendingRestore = undefined;
    if (draft) {
      this.applyForm(draft.form, draft.section);
      this.visited = new Set(SECTIONS.slice(0, SECTIONS.indexOf(draft.section)));
      this.idempotencyKey = draft.idempotencyKey;
      this.dirty = true;
      this.draftNote = { kind: 'restored', savedAt: draft.savedAt };
    } else {
      this.applyForm(restore ? restore.form : cloneForm(this.prefill), restore ? restore.section : 'basic');
      this.idempotencyKey = undefined;
      this.dirty = restore !== undefined;
      this.draftNote = undefined;
    }
  }

  // ——— state changes ————————————————————————————————————————————————

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get t(): CreditApplicationMessages {
    return this.i18n.messages;
  }

  /** Where drafts of this backend live: the client's base URL made absolute, else the page's origin. */
  private draftScope(): string {
    const origin = globalThis.location?.origin ?? '';
    let base: string | undefined;
    try {
      base = this.resolveClient().baseUrl;
    } catch {
      base = undefined;
    }
    if (!base) return origin;
    try {
      return new URL(base, origin || undefined).href.replace(/\/+$/, '');
    } catch {
      return base;
    }
  }

  private applyForm(form: ApplicationForm, section: SectionId): void {
    this.model = form;
    this.section = section;
    this.visited = new Set();
    this.touched = new Set();
    this.showAll = false;
    this.serverErrors = new Map();
    this.badDates.clear();
    this.fileProblems = [];
    this.uploads = [];
    this.revalidate();
  }

  private revalidate(): void {
    this.validation = validateForm(this.model);
    const issues = new Map(this.validation.issues);
    for (const key of this.badDates) issues.set(key, { key, path: key, code: INVALID_DATE, source: 'client' });
    if (!issues.has(ATTACHMENTS_KEY)) {
      const code = this.uploads.some((u) => u.status === 'uploading') ? UPLOAD_PENDING : this.uploads.length ? UPLOAD_FAILED : undefined;
      if (code) issues.set(ATTACHMENTS_KEY, { key: ATTACHMENTS_KEY, path: ATTACHMENTS_KEY, code, source: 'client' });
    }
    this.issues = issues;
  }

  /** Client issues with the server's on top: what blocks the application. */
  private mergedIssues(): Map<string, FieldIssue> {
    const merged = new Map(this.issues);
    for (const [key, issue] of this.serverErrors) merged.set(key, issue);
    return merged;
  }

  /** Keys with an issue, in the order the fields are shown; issues of fields the form lacks last. */
  private orderedIssueKeys(issues: ReadonlyMap<string, FieldIssue>): string[] {
    const shown = allFieldKeys(this.model).filter((key) => issues.has(key));
    const rest = [...issues.keys()].filter((key) => !shown.includes(key));
    return [...shown, ...rest];
  }

  /** The issue shown beside a field now: the server's, or the schema's once the field was left or a submit was tried. */
  private shownIssue(key: string): FieldIssue | undefined {
    const server = this.serverErrors.get(key);
    if (server) return server;
    const issue = this.issues.get(key);
    return issue && (this.showAll || this.touched.has(key)) ? issue : undefined;
  }

  private message(issue: FieldIssue): string {
    return issueMessage(issue, this.model, this.t.validation, this.common.messages.validation);
  }

  private changeForm(next: ApplicationForm): void {
    this.model = next;
    this.dirty = true;
    if (this.draftNote && this.draftNote.kind !== 'restored') this.draftNote = undefined;
    this.undoSnapshot = undefined;
    this.revalidate();
    this.autosave.schedule();
  }

  private changeField(key: string, value: string): void {
    if (this.serverErrors.has(key)) {
      const next = new Map(this.serverErrors);
      next.delete(key);
      this.serverErrors = next;
    }
    this.changeForm(setField(this.model, key, value));
  }

  private touch(keys: Iterable<string>): void {
    this.touched = new Set([...this.touched, ...keys]);
  }

  private saveDraft(): void {
    if (!this.store || !this.dirty || this.confirmation) return;
    this.idempotencyKey ??= newIdempotencyKey();
    const draft: Draft = { form: this.model, idempotencyKey: this.idempotencyKey, section: this.section, savedAt: new Date().toISOString() };
    const saved = this.store.save(draft);
    if (this.storageFailed === saved) this.storageFailed = !saved;
  }

  private setSection(section: SectionId): void {
    if (section === this.section) return;
    this.visited = new Set([...this.visited, this.section]);
    this.section = section;
    if (this.dirty) this.autosave.schedule();
  }

  private async goTo(section: SectionId): Promise<void> {
    this.setSection(section);
    await this.updateComplete;
    this.shadowRoot?.getElementById('ck-section-heading')?.focus();
  }

  /** Shows the field's section and focuses its control. */
  async focusField(key: string): Promise<void> {
    const section = sectionOf(key);
    if (section) this.setSection(section);
    await this.updateComplete;
    this.shadowRoot?.getElementById(controlId(key))?.focus();
  }

  private async next(): Promise<void> {
    const index = SECTIONS.indexOf(this.section);
    const keys = fieldKeys(this.model, this.section);
    this.touch(keys);
    const merged = this.mergedIssues();
    const firstBad = keys.find((key) => merged.has(key));
    if (firstBad !== undefined) {
      await this.focusField(firstBad);
      return;
    }
    const nextSection = SECTIONS[index + 1];
    if (nextSection) await this.goTo(nextSection);
  }

  private async previous(): Promise<void> {
    const previous = SECTIONS[SECTIONS.indexOf(this.section) - 1];
    if (previous) await this.goTo(previous);
  }

  private async completeSubmission(application: CreditApplication): Promise<void> {
    this.autosave.cancel();
    this.store?.clear();
    this.dirty = false;
    this.idempotencyKey = undefined;
    this.draftNote = undefined;
    this.submitError = undefined;
    this.serverErrors = new Map();
    this.confirmation = application;
    this.dispatchEvent(new CkApplicationSubmittedEvent(application));
    await this.updateComplete;
    this.shadowRoot?.getElementById('ck-confirmation-title')?.focus();
  }

  private async failSubmission(error: unknown): Promise<void> {
    this.submitError = error;
    const e = asErrorLike(error);
    if (e.name === 'ApiError' && e.status === 422 && e.fieldErrors?.length) {
      this.serverErrors = serverIssues(e.fieldErrors);
      this.showAll = true;
      const first = this.orderedIssueKeys(this.serverErrors)[0];
      if (first !== undefined && (specFor(first) || first === ATTACHMENTS_KEY)) {
        await this.focusField(first);
        return;
      }
    }
    await this.updateComplete;
    (this.shadowRoot?.querySelector('[part~="retry-submit-button"]') as HTMLElement | null)?.focus();
  }

  private async startNew(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.shadowRoot?.getElementById('ck-section-heading')?.focus();
  }

  private async discardDraft(): Promise<void> {
    const snapshot = { form: this.model, section: this.section, ...(this.idempotencyKey ? { idempotencyKey: this.idempotencyKey } : {}) };
    this.reset();
    this.undoSnapshot = snapshot;
    this.draftNote = { kind: 'discarded' };
    await this.updateComplete;
    (this.shadowRoot?.querySelector('[part~="undo-button"]') as HTMLElement | null)?.focus();
  }

  private async undoDiscard(): Promise<void> {
    const snapshot = this.undoSnapshot;
    if (!snapshot) return;
    this.undoSnapshot = undefined;
    this.applyForm(snapshot.form, snapshot.section);
    this.idempotencyKey = snapshot.idempotencyKey;
    this.dirty = true;
    this.saveDraft();
    this.draftNote = { kind: 'undone' };
    await this.updateComplete;
    this.shadowRoot?.getElementById('ck-section-heading')?.focus();
  }

  /** Keeps the form value and validity of ElementInternals in step with the form. */
  private syncInternals(): void {
    const value = this.validation.value ?? this.validation.input;
    this.internals.setFormValue(JSON.stringify(value), JSON.stringify({ form: this.model, section: this.section }));
    const issues = this.mergedIssues();
    if (issues.size === 0 && this.loadStatus === 'ready') {
      this.internals.setValidity({});
      return;
    }
    const count = Math.max(issues.size, 1);
    const first = this.orderedIssueKeys(issues)[0];
    const root = this.shadowRoot;
    const anchor =
      (first !== undefined ? root?.getElementById(controlId(first)) : null) ??
      (first !== undefined ? root?.querySelector<HTMLElement>(`[data-step="${sectionOf(first) ?? ''}"]`) : null) ??
      root?.querySelector<HTMLElement>('[part~="step"]') ??
      undefined;
    this.internals.setValidity({ customError: true }, this.t.validation.validity(count), anchor ?? undefined);
  }

  // ——— rows ————————————————————————————————————————————————————————

  private async addRow(list: 'applicant.contacts' | 'guarantees'): Promise<void> {
    const rows = getRows(this.model, list as 'guarantees') as unknown[];
    const next = [...rows, list === 'guarantees' ? emptyGuarantee() : emptyContact()];
    this.changeForm(setRows(this.model, list, next));
    const label = list === 'guarantees' ? this.t.rows.guarantee(next.length) : this.t.rows.contact(next.length);
    this.announcement = this.t.rows.added(label);
    await this.updateComplete;
    const firstField = list === 'guarantees' ? 'kind' : 'name';
    this.shadowRoot?.getElementById(controlId(`${list}[${next.length - 1}].${firstField}`))?.focus();
  }

  private async removeRow(list: RowList, index: number): Promise<void> {
    const rows = getRows(this.model, list as 'guarantees') as unknown[];
    const next = rows.filter((_, i) => i !== index);
    const reindex = (keys: Iterable<string>) => [...keys].map((key) => shiftKey(key, list, index)).filter((key): key is string => key !== undefined);
    this.touched = new Set(reindex(this.touched));
    const server = new Map<string, FieldIssue>();
    for (const [key, issue] of this.serverErrors) {
      const shifted = shiftKey(key, list, index);
      if (shifted !== undefined) server.set(shifted, { ...issue, key: shifted });
    }
    this.serverErrors = server;
    const dates = reindex(this.badDates);
    this.badDates.clear();
    for (const key of dates) this.badDates.add(key);
    this.changeForm(setRows(this.model, list, next));
    const t = this.t;
    this.announcement =
      list === 'attachments'
        ? t.rows.removed((rows[index] as AttachmentForm | undefined)?.fileName ?? '')
        : t.rows.removed(list === 'guarantees' ? t.rows.guarantee(index + 1) : t.rows.contact(index + 1));
    await this.updateComplete;
    const root = this.shadowRoot;
    if (list === 'attachments') {
      root?.getElementById(controlId(ATTACHMENTS_KEY))?.focus();
      return;
    }
    const firstField = list === 'guarantees' ? 'kind' : 'name';
    const target = next.length > index ? index : next.length - 1;
    const focusTarget =
      target >= 0 ? root?.getElementById(controlId(`${list}[${target}].${firstField}`)) : root?.querySelector<HTMLElement>(`[data-add="${list}"]`);
    focusTarget?.focus();
  }

  // ——— attachments ——————————————————————————————————————————————————

  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: { problem: FileProblem; name: string }[] = [];
    for (const file of files) {
      const checked = checkFile(file);
      if (checked.problem) {
        problems.push({ problem: checked.problem, name: checked.fileName });
        continue;
      }
      const attachment = { fileName: checked.fileName, mimeType: checked.mimeType, size: checked.size };
      if (this.attachmentMode === 'event') {
        this.addAttachment({ ...attachment, size: String(attachment.size), uploadId: '' });
        this.dispatchEvent(new CkAttachmentSelectEvent(file, attachment));
      } else {
        void this.upload(file, checked.fileName);
      }
    }
    this.fileProblems = problems;
    this.touch([ATTACHMENTS_KEY]);
  }

  private addAttachment(attachment: AttachmentForm): void {
    this.changeForm(setRows(this.model, 'attachments', [...this.model.attachments, attachment]));
  }

  private async upload(file: File, fileName: string, id = ++this.uploadSequence): Promise<void> {
    const pending: PendingUpload = { id, file, fileName, status: 'uploading' };
    this.uploads = [...this.uploads.filter((u) => u.id !== id), pending];
    this.announcement = `${fileName}: ${this.t.attachments.uploading}`;
    this.revalidate();
    try {
      const result: AttachmentUpload = await this.resolveClient().uploadAttachment(file);
      if (!this.uploads.some((u) => u.id === id)) return; // removed meanwhile
      this.uploads = this.uploads.filter((u) => u.id !== id);
      this.addAttachment({ fileName: result.fileName, mimeType: result.mimeType, size: String(result.size), uploadId: result.uploadId });
      this.announcement = `${fileName}: ${this.t.attachments.uploaded}`;
    } catch (error) {
      if (!this.uploads.some((u) => u.id === id)) return;
      this.uploads = this.uploads.map((u) => (u.id === id ? { ...u, status: 'failed', error } : u));
      this.announcement = `${fileName}: ${this.t.attachments.failed}`;
      this.revalidate();
    }
  }

  private removeUpload(id: number): void {
    this.uploads = this.uploads.filter((u) => u.id !== id);
    this.revalidate();
  }

  private uploadErrorMessage(upload: PendingUpload): string {
    const e = asErrorLike(upload.error);
    if (e.name === 'ApiError' && e.status === 422) {
      const path = e.fieldErrors?.[0]?.path ?? '';
      const code = e.fieldErrors?.[0]?.code ?? '';
      if (path.endsWith('mimeType')) return fileProblemMessage('type', upload.fileName, this.t.validation);
      if (path.endsWith('size')) return fileProblemMessage(code === 'too_small' ? 'empty' : 'size', upload.fileName, this.t.validation);
    }
    if (e.name === 'CreditKitValidationError') {
      const problem = checkFile(upload.file).problem;
      if (problem) return fileProblemMessage(problem, upload.fileName, this.t.validation);
    }
    return describeError(upload.error, this.common.messages.errors).message;
  }

  // ——— events from the controls ———————————————————————————————————————

  private onFormSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.section === 'review') void this.submit();
    else void this.next();
  }

  private onInput(event: Event): void {
    const control = event.composedPath()[0] as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const key = control.dataset?.key;
    if (!key) return;
    const spec = specFor(key);
    let value = control.value;
    if ((spec?.kind === 'code' || spec?.kind === 'currency') && value !== value.toUpperCase()) {
      value = value.toUpperCase();
      if (control instanceof HTMLInputElement) {
        const { selectionStart, selectionEnd } = control;
        control.value = value;
        control.setSelectionRange(selectionStart, selectionEnd);
      }
    }
    if (spec?.kind === 'date') this.trackBadDate(key, control);
    this.changeField(key, value);
  }

  private onChange(event: Event): void {
    const control = event.composedPath()[0] as HTMLElement;
    if (control.dataset?.key || control.id === controlId(ATTACHMENTS_KEY)) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onFocusOut(event: FocusEvent): void {
    const control = event.composedPath()[0] as HTMLInputElement;
    const key = control.dataset?.key;
    if (!key) return;
    if (specFor(key)?.kind === 'date' && this.trackBadDate(key, control)) this.revalidate();
    this.touch([key]);
  }

  /** Remembers whether a date control holds a partial date (its value is then `''`); returns whether that changed. */
  private trackBadDate(key: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): boolean {
    const bad = control instanceof HTMLInputElement && control.validity.badInput;
    if (bad === this.badDates.has(key)) return false;
    if (bad) this.badDates.add(key);
    else this.badDates.delete(key);
    return true;
  }

  // ——— rendering ————————————————————————————————————————————————————

  protected renderReady(): TemplateResult {
    if (this.confirmation) return this.renderConfirmation(this.confirmation);
    const t = this.t;
    const index = SECTIONS.indexOf(this.section);
    return html`<form part="form" class="form" novalidate aria-labelledby="ck-title"
        @submit=${this.onFormSubmit} @input=${this.onInput} @change=${this.onChange} @focusout=${this.onFocusOut}>
      <fieldset class="frame" ?disabled=${this.isDisabled}>
        <div class="header">
          <h2 id="ck-title" part="title" class="title">${t.title}</h2>
          <p class="required-note">${t.requiredNote}</p>
        </div>
        ${this.renderDraftNote()} ${this.renderNav()} ${this.renderProgress()} ${this.renderSummary()} ${this.renderSubmitError()}
        <section part="section" class="section" aria-labelledby="ck-section-heading">
          <h3 id="ck-section-heading" part="section-heading" class="section-heading" tabindex="-1">${index + 1}. ${t.sections[this.section]}</h3>
          <p class="intro">${t.sectionIntros[this.section]}</p>
          ${this.renderSection(this.section)}
        </section>
        <div part="actions" class="actions">
          ${index > 0
            ? html`<button type="button" part="previous-button" @click=${() => void this.previous()}>${t.actions.previous}</button>`
            : nothing}
          ${this.section === 'review'
            ? html`<button type="submit" part="submit-button" class="primary" ?disabled=${this.submitting}
                aria-busy=${this.submitting ? 'true' : 'false'}>${this.submitting ? t.actions.submitting : t.actions.submit}</button>`
            : html`<button type="submit" part="next-button" class="primary">${t.actions.next}</button>`}
        </div>
      </fieldset>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </form>`;
  }

  private renderDraftNote(): TemplateResult {
    const t = this.t;
    const note = this.draftNote;
    const lang = this.i18n.lang;
    const empty = !note && !this.storageFailed;
    return html`<div part="draft-note" class="draft-note ${empty ? 'empty' : ''}" role="status">
      ${note?.kind === 'restored'
        ? html`<span>${t.draft.restored(formatTimestamp(note.savedAt, lang))}</span>
            <button type="button" part="discard-button" @click=${() => void this.discardDraft()}>${t.actions.discardDraft}</button>`
        : nothing}
      ${note?.kind === 'discarded'
        ? html`<span>${t.draft.discarded}</span>
            <button type="button" part="undo-button" @click=${() => void this.undoDiscard()}>${t.actions.undo}</button>`
        : nothing}
      ${note?.kind === 'undone' ? html`<span>${t.draft.undone}</span>` : nothing}
      ${this.storageFailed ? html`<span class="warning">${t.draft.unavailable}</span>` : nothing}
    </div>`;
  }

  private sectionStates(): Record<SectionId, SectionState> {
    const merged = this.mergedIssues();
    const states = {} as Record<SectionId, SectionState>;
    for (const section of SECTIONS) {
      const keys = fieldKeys(this.model, section);
      const shownError = keys.some((key) => this.shownIssue(key));
      const anyIssue = keys.some((key) => merged.has(key));
      const started = this.visited.has(section) || keys.some((key) => !/currency$/.test(key) && getField(this.model, key).trim() !== '');
      states[section] = shownError ? 'error' : section !== 'review' && !anyIssue && started ? 'complete' : 'incomplete';
    }
    return states;
  }

  private renderNav(): TemplateResult {
    const t = this.t;
    const states = this.sectionStates();
    return html`<nav part="nav" class="nav" aria-label=${t.nav.label}>
      <ol class="steps">
        ${SECTIONS.map((section, i) => {
          const current = section === this.section;
          const sectionState = states[section];
          const parts = ['step', current ? 'step-current' : '', sectionState === 'complete' ? 'step-complete' : '', sectionState === 'error' ? 'step-error' : '']
            .filter(Boolean)
            .join(' ');
          const marker = sectionState === 'complete' ? '✓' : sectionState === 'error' ? '!' : String(i + 1);
          const stateText = sectionState === 'complete' ? t.nav.complete : sectionState === 'error' ? t.nav.hasErrors : t.nav.incomplete;
          return html`<li>
            <button type="button" part=${parts} class="step ${sectionState}" data-step=${section}
              aria-current=${current ? 'step' : nothing} @click=${() => void this.goTo(section)}>
              <span class="step-marker" aria-hidden="true">${marker}</span>
              <span class="step-label">${t.sections[section]}</span>
              ${section === 'review' ? nothing : html`<span class="visually-hidden">(${stateText})</span>`}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderProgress(): TemplateResult {
    const t = this.t;
    const states = this.sectionStates();
    const done = FIELD_SECTIONS.filter((s) => states[s] === 'complete').length;
    const index = SECTIONS.indexOf(this.section);
    return html`<div part="progress" class="progress">
      <span id="ck-progress-label">${t.progress.step(index + 1, SECTIONS.length)} · ${t.progress.done(done, FIELD_SECTIONS.length)}</span>
      <progress part="progress-bar" max=${FIELD_SECTIONS.length} .value=${done} aria-labelledby="ck-progress-label"></progress>
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.showAll) return nothing;
    const merged = this.mergedIssues();
    const keys = this.orderedIssueKeys(merged);
    if (keys.length === 0) return nothing;
    const t = this.t;
    return html`<div part="summary" class="summary" role="alert" aria-labelledby="ck-summary-title">
      <h3 id="ck-summary-title" class="summary-title">${t.summary.title(keys.length)}</h3>
      <ul>
        ${keys.map((key) => {
          const text = t.summary.item(this.labelFor(key), this.message(merged.get(key)!));
          return specFor(key) || key === ATTACHMENTS_KEY
            ? html`<li><button type="button" part="summary-link" class="link" @click=${() => void this.focusField(key)}>${text}</button></li>`
            : html`<li>${text}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderSubmitError(): TemplateResult | typeof nothing {
    const error = this.submitError;
    if (error === undefined) return nothing;
    const t = this.t;
    const e = asErrorLike(error);
    const fieldErrors = e.name === 'ApiError' && e.status === 422 && (e.fieldErrors?.length ?? 0) > 0;
    let message: string;
    if (fieldErrors) message = t.submit.fieldsRejected;
    else if (e.name === 'ApiError' && e.status === 422) message = /idempotency-key-reused/.test(e.problem?.type ?? '') ? t.submit.keyReused : t.submit.rejected;
    else message = describeError(error, this.common.messages.errors).message;
    return html`<div part="submit-error" class="submit-error" role="alert">
      <strong>${t.submit.failedTitle}</strong>
      <span part="submit-error-message">${message}</span>
      <span>${t.submit.kept}</span>
      ${fieldErrors
        ? nothing
        : html`<button type="button" part="retry-submit-button" class="primary" ?disabled=${this.submitting}
            aria-busy=${this.submitting ? 'true' : 'false'} @click=${() => void this.submit()}>${this.submitting ? t.actions.submitting : t.actions.retry}</button>`}
    </div>`;
  }

  /** A field's own label ("E-mail"). */
  private fieldLabel(key: string): string {
    const t = this.t;
    if (key === ATTACHMENTS_KEY) return t.fields.attachments;
    const path = parseKey(key);
    const [head, second] = path;
    const name = String(path.at(-1));
    const group =
      head === 'applicant' && second === 'contacts'
        ? t.fields.contacts
        : head === 'guarantees'
          ? t.fields.guarantees
          : t.fields[head as 'applicant' | 'financials' | 'history' | 'request' | 'impression'];
    return (typeof group === 'object' && (group as Record<string, string>)[name]) || key;
  }

  /** A field's label for the error summary: with its row ("Contact 2 – E-mail"), the section for attachments. */
  private labelFor(key: string): string {
    const t = this.t;
    if (key === ATTACHMENTS_KEY) return t.sections.attachments;
    const [head, second, third] = parseKey(key);
    if (head === 'applicant' && second === 'contacts' && typeof third === 'number') return `${t.rows.contact(third + 1)} – ${this.fieldLabel(key)}`;
    if (head === 'guarantees' && typeof second === 'number') return `${t.rows.guarantee(second + 1)} – ${this.fieldLabel(key)}`;
    return this.fieldLabel(key);
  }

  private hintFor(key: string, spec: FieldSpec): string | undefined {
    const h = this.t.hints;
    const path = parseKey(key);
    const name = path.at(-1);
    if (path[0] === 'history') return h.history[name as string];
    if (name === 'effectiveAssets') return h.effectiveAssets;
    if (name === 'groupId') return h.groupId;
    switch (spec.kind) {
      case 'code':
        return h.code;
      case 'amount':
      case 'positiveAmount':
        return h.amount;
      case 'signedAmount':
        return h.signedAmount;
      case 'currency':
        return h.currency;
      case 'ratio':
        return h.ratio;
      case 'score':
        return h.score;
      default:
        return undefined;
    }
  }

  private renderField(key: string): TemplateResult | typeof nothing {
    const spec = specFor(key);
    if (!spec) return nothing;
    const id = controlId(key);
    const issue = this.shownIssue(key);
    const hint = this.hintFor(key, spec);
    const describedBy = [hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div part="field" class="field ${spec.wide ? 'wide' : ''} ${issue ? 'invalid' : ''}">
      <label part="label" for=${id}>${this.fieldLabel(key)}${spec.required
          ? html`<span class="required" aria-hidden="true"> *</span>`
          : nothing}</label>
      ${this.renderControl(key, spec, id, describedBy, issue !== undefined)}
      ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${issue
        ? html`<p part="error" class="error" id="${id}-error"><span aria-hidden="true">⚠ </span>${this.message(issue)}</p>`
        : nothing}
    </div>`;
  }

  private choiceOptions(key: string, spec: FieldSpec): readonly string[] {
    return key === 'request.settlementMethod' ? settlementOptions(spec.options ?? [], this.settlementStanding).options : (spec.options ?? []);
  }

  private optionText(key: string, option: string, label: string): string {
    const outside = key === 'request.settlementMethod' && settlementOptions([option], this.settlementStanding).outside.has(option);
    return outside ? this.t.outsideStanding(label) : label;
  }

  private renderControl(key: string, spec: FieldSpec, id: string, describedBy: string | undefined, invalid: boolean): TemplateResult {
    const value = getField(this.model, key);
    const required = spec.required ? 'true' : 'false';
    const invalidText = invalid ? 'true' : 'false';
    if (spec.kind === 'choice') {
      const labels = optionLabels(key, this.t);
      return html`<select id=${id} part="input" data-key=${key} aria-required=${required} aria-invalid=${invalidText}
          aria-describedby=${ifDefined(describedBy)} .value=${live(value)}>
        <option value="" ?selected=${value === ''}>${this.t.choose}</option>
        ${this.choiceOptions(key, spec).map((option) => html`<option value=${option} ?selected=${option === value}>${this.optionText(key, option, labels[option] ?? option)}</option>`)}
      </select>`;
    }
    if (spec.kind === 'longText') {
      return html`<textarea id=${id} part="input" data-key=${key} rows="3" aria-required=${required} aria-invalid=${invalidText}
        aria-describedby=${ifDefined(describedBy)} .value=${live(value)}></textarea>`;
    }
    return html`<input id=${id} part="input" data-key=${key} type=${inputType(spec)} inputmode=${ifDefined(inputMode(spec))}
      autocomplete=${autocompleteFor(key)} spellcheck=${spec.kind === 'text' ? 'true' : 'false'} aria-required=${required}
      aria-invalid=${invalidText} aria-describedby=${ifDefined(describedBy)} .value=${live(value)} />`;
  }

  private renderSection(section: SectionId): TemplateResult {
    switch (section) {
      case 'basic':
        return html`<div class="fields">
            ${APPLICANT_FIELDS.filter((f) => f !== 'groupId' && f !== 'parentCompany').map((f) => this.renderField(`applicant.${f}`))}
          </div>
          ${this.renderContacts()}
          <div class="fields">${this.renderField('applicant.groupId')} ${this.renderField('applicant.parentCompany')}</div>`;
      case 'financials':
        return html`<div class="fields">${FINANCIAL_FIELDS.map((f) => this.renderField(`financials.${f}`))}</div>
          <fieldset class="group" aria-describedby="ck-history-intro">
            <legend class="group-title">${this.t.history.title}</legend>
            <p class="intro" id="ck-history-intro">${this.t.history.intro}</p>
            <div class="fields">${HISTORY_FIELDS.map((f) => this.renderField(`history.${f}`))}</div>
          </fieldset>`;
      case 'guarantees':
        return this.renderGuarantees();
      case 'request':
        return html`<div class="fields">${REQUEST_FIELDS.map((f) => this.renderField(`request.${f}`))}</div>`;
      case 'impression':
        return html`<div class="fields">${IMPRESSION_FIELDS.map((f) => this.renderField(`impression.${f}`))}</div>`;
      case 'attachments':
        return this.renderAttachments();
      case 'review':
        return this.renderReview();
    }
  }

  private renderContacts(): TemplateResult {
    const t = this.t;
    const contacts = this.model.applicant.contacts;
    return html`<fieldset class="group">
      <legend class="group-title">${t.rows.contacts}</legend>
      ${contacts.length === 0 ? html`<p class="empty-rows">${t.rows.noContacts}</p>` : nothing}
      ${contacts.map(
        (_, i) => html`<fieldset part="row" class="row">
          <legend>${t.rows.contact(i + 1)}</legend>
          <div class="fields">${CONTACT_FIELDS.map((f) => this.renderField(`applicant.contacts[${i}].${f}`))}</div>
          <button type="button" part="remove-button" class="remove" @click=${() => void this.removeRow('applicant.contacts', i)}>${t.rows.removeContact(i + 1)}</button>
        </fieldset>`,
      )}
      <button type="button" part="add-button" data-add="applicant.contacts" @click=${() => void this.addRow('applicant.contacts')}>+ ${t.rows.addContact}</button>
    </fieldset>`;
  }

  private renderGuarantees(): TemplateResult {
    const t = this.t;
    const guarantees = this.model.guarantees;
    return html`${guarantees.length === 0 ? html`<p class="empty-rows">${t.rows.noGuarantees}</p>` : nothing}
      ${guarantees.map(
        (_, i) => html`<fieldset part="row" class="row">
          <legend>${t.rows.guarantee(i + 1)}</legend>
          <div class="fields">${GUARANTEE_FIELDS.map((f) => this.renderField(`guarantees[${i}].${f}`))}</div>
          <button type="button" part="remove-button" class="remove" @click=${() => void this.removeRow('guarantees', i)}>${t.rows.removeGuarantee(i + 1)}</button>
        </fieldset>`,
      )}
      <button type="button" part="add-button" data-add="guarantees" @click=${() => void this.addRow('guarantees')}>+ ${t.rows.addGuarantee}</button>`;
  }

  private renderAttachments(): TemplateResult {
    const t = this.t;
    const lang = this.i18n.lang;
    const id = controlId(ATTACHMENTS_KEY);
    const issue = this.shownIssue(ATTACHMENTS_KEY);
    const messages = [
      ...this.fileProblems.map((p) => fileProblemMessage(p.problem, p.name, t.validation)),
      ...(issue ? [this.message(issue)] : []),
    ];
    const describedBy = [`${id}-hint`, messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    const attachments = this.model.attachments;
    return html`<div class="fields">
        <div part="field" class="field wide ${messages.length ? 'invalid' : ''}">
          <label part="label" for=${id}>${t.fields.attachments}</label>
          <input id=${id} part="input" type="file" multiple accept=${ACCEPT} aria-invalid=${messages.length ? 'true' : 'false'}
            aria-describedby=${describedBy} @change=${this.onFilesChosen} />
          <p part="hint" class="hint" id="${id}-hint">${t.hints.attachments}</p>
          ${messages.length
            ? html`<div part="error" class="error" id="${id}-error">${messages.map((m) => html`<p><span aria-hidden="true">⚠ </span>${m}</p>`)}</div>`
            : nothing}
        </div>
      </div>
      <h4 class="group-title" id="ck-attachment-list-title">${t.attachments.listLabel}</h4>
      ${attachments.length === 0 && this.uploads.length === 0 ? html`<p class="empty-rows">${t.attachments.none}</p>` : nothing}
      <ul part="attachment-list" class="attachment-list" aria-labelledby="ck-attachment-list-title">
        ${attachments.map((a, i) => {
          const size = Number(a.size);
          return html`<li class="attachment">
            <span class="file-name">${a.fileName}</span>
            <span class="file-meta">${Number.isFinite(size) && size > 0 ? formatFileSize(size, lang) : ''} ·
              ${a.uploadId ? t.attachments.uploaded : t.attachments.handedToHost}</span>
            <button type="button" part="remove-button" class="remove" @click=${() => void this.removeRow('attachments', i)}>${t.attachments.remove(a.fileName)}</button>
          </li>`;
        })}
        ${this.uploads.map(
          (u) => html`<li class="attachment ${u.status}">
            <span class="file-name">${u.fileName}</span>
            ${u.status === 'uploading'
              ? html`<span class="file-meta">${t.attachments.uploading}</span>`
              : html`<span class="file-meta error-text"><span aria-hidden="true">⚠ </span>${t.attachments.failed}: ${this.uploadErrorMessage(u)}</span>
                  <button type="button" @click=${() => void this.upload(u.file, u.fileName, u.id)}>${t.attachments.retry(u.fileName)}</button>`}
            <button type="button" part="remove-button" class="remove" @click=${() => this.removeUpload(u.id)}>${t.attachments.remove(u.fileName)}</button>
          </li>`,
        )}
      </ul>`;
  }

  private renderReviewList(keys: readonly string[]): TemplateResult {
    const t = this.t;
    const lang = this.i18n.lang;
    return html`<dl class="review-list">
      ${keys.map((key) => {
        const shown = displayValue(this.model, key, t, lang);
        return html`<div class="review-item">
          <dt>${this.fieldLabel(key)}</dt>
          <dd>${shown || html`<span aria-hidden="true">—</span><span class="visually-hidden">${t.review.notGiven}</span>`}</dd>
        </div>`;
      })}
    </dl>`;
  }

  private renderReview(): TemplateResult {
    const t = this.t;
    const form = this.model;
    const body = (section: SectionId): TemplateResult => {
      switch (section) {
        case 'basic':
          return html`${this.renderReviewList(APPLICANT_FIELDS.map((f) => `applicant.${f}`))}
            ${form.applicant.contacts.map(
              (_, i) => html`<p class="review-row-title">${t.rows.contact(i + 1)}</p>
                ${this.renderReviewList(CONTACT_FIELDS.map((f) => `applicant.contacts[${i}].${f}`))}`,
            )}`;
        case 'financials':
          return html`${this.renderReviewList(FINANCIAL_FIELDS.map((f) => `financials.${f}`))}
            <p class="review-row-title">${t.history.title}</p>
            ${this.renderReviewList(HISTORY_FIELDS.map((f) => `history.${f}`))}`;
        case 'guarantees':
          return form.guarantees.length === 0
            ? html`<p>${t.review.none}</p>`
            : html`${form.guarantees.map(
                (_, i) => html`<p class="review-row-title">${t.rows.guarantee(i + 1)}</p>
                  ${this.renderReviewList(GUARANTEE_FIELDS.map((f) => `guarantees[${i}].${f}`))}`,
              )}`;
        case 'attachments':
          return form.attachments.length === 0
            ? html`<p>${t.review.none}</p>`
            : html`<ul class="review-files">${form.attachments.map((a) => html`<li>${a.fileName}</li>`)}</ul>`;
        default:
          return this.renderReviewList(fieldKeys(form, section));
      }
    };
    return html`<div part="review" class="review">
      ${FIELD_SECTIONS.map(
        (section) => html`<section class="review-group" aria-labelledby="ck-review-${section}">
          <div class="review-head">
            <h4 id="ck-review-${section}">${t.sections[section]}</h4>
            <button type="button" part="edit-button" @click=${() => void this.goTo(section)}>
              ${t.actions.edit}<span class="visually-hidden"> ${t.sections[section]}</span>
            </button>
          </div>
          ${body(section)}
        </section>`,
      )}
    </div>`;
  }

  private renderConfirmation(application: CreditApplication): TemplateResult {
    const t = this.t;
    const lang = this.i18n.lang;
    let amount = `${application.request.amount} ${application.request.currency}`;
    try {
      amount = formatMoney(application.request.amount, application.request.currency, lang);
    } catch {
      // An unknown currency code: shown as sent.
    }
    return html`<section part="confirmation" class="confirmation" aria-labelledby="ck-confirmation-title">
      <h2 id="ck-confirmation-title" class="title" tabindex="-1">${t.confirmation.title}</h2>
      <p role="status">${t.confirmation.message(application.number)}</p>
      <dl class="review-list">
        <div class="review-item"><dt>${t.confirmation.number}</dt><dd part="application-number">${application.number}</dd></div>
        <div class="review-item">
          <dt>${t.confirmation.status}</dt>
          <dd part="application-status">${t.options.status[application.status] ?? application.status}</dd>
        </div>
        <div class="review-item"><dt>${t.confirmation.submittedAt}</dt><dd>${formatTimestamp(application.submittedAt, lang)}</dd></div>
        <div class="review-item"><dt>${t.confirmation.amount}</dt><dd>${amount}</dd></div>
      </dl>
      <button type="button" part="new-application-button" class="primary" @click=${() => void this.startNew()}>${t.actions.newApplication}</button>
    </section>`;
  }
}

/** `guarantees[3].owner` after row 1 of `guarantees` is removed: `guarantees[2].owner`; a key of row 1 itself: `undefined`. */
function shiftKey(key: string, list: string, removed: number): string | undefined {
  const prefix = `${list}[`;
  if (!key.startsWith(prefix)) return key;
  const close = key.indexOf(']', prefix.length);
  const index = Number(key.slice(prefix.length, close));
  if (index === removed) return undefined;
  return index > removed ? `${prefix}${index - 1}${key.slice(close)}` : key;
}

function inputType(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'date':
      return 'date';
    case 'email':
      return 'email';
    case 'phone':
      return 'tel';
    default:
      return 'text';
  }
}

function inputMode(spec: FieldSpec): string | undefined {
  switch (spec.kind) {
    case 'amount':
    case 'positiveAmount':
    case 'ratio':
      return 'decimal';
    case 'days':
    case 'count':
    case 'score':
      return 'numeric';
    default:
      return undefined;
  }
}

function autocompleteFor(key: string): string {
  if (key === 'applicant.name') return 'organization';
  if (key === 'applicant.address') return 'street-address';
  if (/^applicant\.contacts\[\d+\]\.name$/.test(key)) return 'name';
  if (/^applicant\.contacts\[\d+\]\.role$/.test(key)) return 'organization-title';
  if (/^applicant\.contacts\[\d+\]\.phone$/.test(key)) return 'tel';
  if (/^applicant\.contacts\[\d+\]\.email$/.test(key)) return 'email';
  return 'off';
}
