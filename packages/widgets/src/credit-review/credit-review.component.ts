import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { applicationMethods, creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods, limitRequestMethods, reviewMethods, warningMethods, type MethodSet } from '@credit-kit/client/resources';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ApiError } from '@credit-kit/client';
import {
  computeCreditLimit,
  creditLimitInputOf,
  CreditKitValidationError,
  isIsoDate,
  suggestReviewDates,
  verifyReceipt,
  type CreditApplication,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type Decision,
  type LimitRequest,
  type ReceiptVerification,
  type ReviewWorklist,
  type ReviewWorklistEntry,
} from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { dependencyTag } from '../base/dependencies.js';
import { describeError } from '../base/describe-error.js';
import { formatMoney } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { CkDecisionEvent, CkReviewOpenEvent } from './credit-review.events.js';
import { creditReviewMessages } from './credit-review.messages.js';
import { creditReviewStyles } from './credit-review.styles.js';
import { decisionInput, proposeDecision, type DecisionDraft, type DecisionField } from './decision-draft.js';
import { renderDecisionForm } from './render-decision-form.js';
import { renderCustomer, renderSubject } from './render-facts.js';
import { renderDecisionOutcome } from './render-receipt.js';
import { renderWorklist } from './render-worklist.js';
import { CkLimitCalculator } from '../limit-calculator/limit-calculator.component.js';
import { CkWarningBadge } from '../warning-badge/warning-badge.component.js';

/** Everything the desk shows about one item. */
interface DeskData {
  readonly kind: 'application' | 'limit-request';
  readonly subject: CreditApplication | LimitRequest;
  readonly customer: Customer;
  readonly profile: CreditProfile;
  readonly policy: CreditPolicy;
  /** The computed maximum (core's `computeCreditLimit`), when the statements allow one. */
  readonly maximum?: string;
  readonly reviewMonths: number;
}

const OPEN = new Set(['submitted', 'under_review']);
const DECIDED_STATUS = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The approver's desk: one credit application or limit request with what a decision needs side by
 * side — the request, the customer and the source of its grade, the limit and its working (a
 * read-only `<ck-limit-calculator>`), the early-warning status (`<ck-warning-badge>`) — and the
 * decision: approve with conditions (granted limit, term, settlement, valid-until and next review
 * dates), reject or return with reason codes. The backend enforces approval levels and
 * maker-checker; its refusal is shown in words. The decision's receipt is recomputed in the browser
 * (core's `verifyReceipt`) and shown as verified, or where it differs. With `mode="worklist"` it is
 * the list of limits due for review instead, each opening its calculator.
 *
 * @tagname ck-credit-review
 * @summary Decide an application or a limit request; work through the review list.
 *
 * @dependency limit-calculator
 * @dependency warning-badge
 *
 * @event ck-ready - The item (or the worklist) is loaded.
 * @event ck-load-error - Loading failed; the widget shows the error with Retry.
 * @event ck-decision - A decision was recorded; `detail.decision` with its receipt and `detail.verification`.
 * @event ck-review-open - A worklist entry was opened; `detail.entry`.
 *
 * @csspart base - The desk's frame.
 * @csspart subject - What is asked.
 * @csspart customer - The customer, the grade and its source.
 * @csspart limit - The limit and its working (the calculator).
 * @csspart warning - The early-warning status (the badge).
 * @csspart decision-form - The decision form.
 * @csspart decision-submit - Records the decision.
 * @csspart date-picker-button - The calendar button beside a date field (the browser's date picker; the field shows the page's language).
 * @csspart decision-error - The backend's refusal or a failure.
 * @csspart decision - The recorded decision.
 * @csspart receipt - The receipt with its digest.
 * @csspart receipt-verified - The line saying the receipt recomputes.
 * @csspart receipt-failed - The line saying where it differs.
 * @csspart receipt-download - The link to the receipt as JSON.
 * @csspart worklist - The review worklist.
 * @csspart worklist-entry - One limit to review.
 * @csspart worklist-state - Expired, overdue, due or due soon.
 * @csspart worklist-open - Opens or closes an entry's calculator.
 * @csspart skeleton - Shown while loading.
 * @csspart error - The error panel, with `error-message` and `retry-button`.
 *
 * @cssproperty [--ck-credit-review-columns=2] - Columns of the facts side by side (1 on a narrow desk).
 */
export class CkCreditReview extends CreditKitElement {
  static override styles = [CreditKitElement.styles, creditReviewStyles];
  /**
   * The endpoints it calls (and, for a client it hands on, those of the elements it nests).
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [applicationMethods, creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods, limitRequestMethods, reviewMethods, warningMethods];
  static dependencies = { 'limit-calculator': CkLimitCalculator, 'warning-badge': CkWarningBadge };

  /** The credit application to decide. */
  @property({ attribute: 'application-id' }) applicationId = '';

  /** The limit request to decide (wins over `application-id`). */
  @property({ attribute: 'limit-request-id' }) limitRequestId = '';

  /** `desk` (default): one item; `worklist`: the limits due for review. */
  @property({ reflect: true }) mode: 'desk' | 'worklist' = 'desk';

  /**
   * Day (`YYYY-MM-DD`) of the decision and of the worklist. Default: for the worklist, the day the
   * backend's data is as of (the worklist's own `asOf`, not the browser's clock); for a decision, today.
   */
  @property({ attribute: 'as-of' }) asOf?: string;

  @state() private desk?: DeskData;
  @state() private worklist?: ReviewWorklist;
  @state() private draft?: DecisionDraft;
  @state() private errors: ReadonlySet<DecisionField> = new Set();
  @state() private sending = false;
  @state() private problem?: { title: string; lines: string[] };
  @state() private decided?: { decision: Decision; verification?: ReceiptVerification; download?: string };
  @state() private openEntry?: string;

  private readonly locale = new LocaleController(this, creditReviewMessages);

  /** The decision recorded from this desk, once there is one. */
  get decision(): Decision | undefined {
    return this.decided?.decision;
  }

  /** The as-of day the host gave, if it is one. */
  private givenDay(): string | undefined {
    return this.asOf && isIsoDate(this.asOf) ? this.asOf : undefined;
  }

  /** The day to work on: the host's, else the worklist's (the backend's), else today. */
  private day(): string {
    return this.givenDay() ?? (this.mode === 'worklist' ? this.worklist?.asOf : undefined) ?? today();
  }

  protected async load(signal: AbortSignal): Promise<void> {
    const client = this.resolveClient();
    this.resetDecision();
    if (this.mode === 'worklist') {
      const asOf = this.givenDay();
      this.worklist = await client.getReviewWorklist(asOf ? { asOf } : {}, { signal });
      return;
    }
    if (!this.limitRequestId && !this.applicationId) {
      throw new CreditKitValidationError(`<${this.localName}>`, [
        { path: 'limitRequestId', code: 'required', message: 'or applicationId is needed: which item is to be decided' },
      ]);
    }
    const kind = this.limitRequestId ? 'limit-request' : 'application';
    const subject = kind === 'limit-request' ? await client.getLimitRequest(this.limitRequestId, { signal }) : await client.getApplication(this.applicationId, { signal });
    const customerId = subject.customerId;
    if (!customerId) {
      throw new CreditKitValidationError('credit review', [{ path: 'customerId', code: 'required', message: 'is missing on the item: there is no customer to review' }]);
    }
    const [customer, financials, profile, policy] = await Promise.all([
      client.getCustomer(customerId, { signal }),
      client.getFinancials(customerId, { signal }),
      client.getCreditProfile(customerId, { signal }),
      client.getCreditPolicy({ signal }),
    ]);
    if (signal.aborted) return;
    const limit = computeCreditLimit(creditLimitInputOf({ customer, financials, profile }, this.day()), policy.limit);
    const asked = 'requestedBy' in subject ? subject.amount : subject.request.amount;
    const dates = suggestReviewDates({ grade: profile.grade, granted: asked, newCustomer: limit.newCompany }, this.day());
    this.desk = { kind, subject, customer, profile, policy, maximum: limit.maximum, reviewMonths: dates.everyMonths };
    this.draft = proposeDecision({
      asked,
      maximum: limit.maximum,
      termDays: ('requestedBy' in subject ? subject.termDays : subject.request.termDays) ?? profile.termDays,
      settlementMethod: 'requestedBy' in subject ? 'open_credit' : subject.request.settlementMethod,
      validUntil: dates.validUntil,
      nextReviewOn: dates.nextReviewOn,
    });
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('applicationId') || changed.has('limitRequestId') || changed.has('mode') || changed.has('asOf');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.decided?.download) URL.revokeObjectURL(this.decided.download);
  }

  private resetDecision(): void {
    if (this.decided?.download) URL.revokeObjectURL(this.decided.download);
    this.decided = undefined;
    this.problem = undefined;
    this.errors = new Set();
    this.sending = false;
  }

  private async submit(): Promise<void> {
    const desk = this.desk;
    if (!desk || !this.draft || this.sending) return;
    const built = decisionInput(this.draft, desk.maximum);
    if ('errors' in built) {
      this.errors = built.errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    this.errors = new Set();
    this.problem = undefined;
    this.sending = true;
    const t = this.locale.messages.decision;
    try {
      const client = this.resolveClient();
      const decision =
        desk.kind === 'limit-request' ? await client.decideLimitRequest(desk.subject.id, built.input) : await client.decideApplication(desk.subject.id, built.input);
      const download = URL.createObjectURL(new Blob([JSON.stringify(decision.receipt, null, 2)], { type: 'application/json' }));
      this.decided = { decision, download };
      this.sending = false;
      const verification = await verifyReceipt(decision.receipt);
      this.decided = { decision, verification, download };
      // The profile after the decision: the new limit, valid-until and next review.
      const profile = await client.getCreditProfile(desk.customer.id).catch(() => desk.profile);
      this.desk = { ...desk, profile, subject: { ...desk.subject, status: DECIDED_STATUS[decision.outcome] } };
      this.dispatchEvent(new CkDecisionEvent({ subject: { kind: desk.kind, id: desk.subject.id }, decision, verification }));
    } catch (error) {
      this.sending = false;
      const refusals = error instanceof ApiError ? (error.problem as { refusals?: { message: string }[] }).refusals : undefined;
      this.problem = refusals?.length
        ? { title: t.refused, lines: refusals.map((r) => r.message) }
        : { title: t.failed, lines: [describeError(error, this.common.messages.errors).message] };
    }
  }

  private toggleEntry(entry: ReviewWorklistEntry): void {
    const opening = this.openEntry !== entry.customerId;
    this.openEntry = opening ? entry.customerId : undefined;
    if (opening) this.dispatchEvent(new CkReviewOpenEvent({ entry }));
  }

  private calculator(customerId: string, readOnly: boolean): TemplateResult {
    const tag = dependencyTag(this, 'limit-calculator');
    // No theme given: the calculator takes the desk's (base/theme-controller.ts).
    return staticHtml`<${unsafeStatic(tag)} part="limit" customer-id=${customerId} as-of=${this.day()} ?readonly=${readOnly}
      .client=${this.findClient()}></${unsafeStatic(tag)}>`;
  }

  private badge(customerId: string): TemplateResult {
    const tag = dependencyTag(this, 'warning-badge');
    return staticHtml`<${unsafeStatic(tag)} part="warning" variant="full" customer-id=${customerId}
      .client=${this.findClient()}></${unsafeStatic(tag)}>`;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const t = this.locale.messages;
    const lang = this.locale.lang;
    if (this.mode === 'worklist') {
      if (!this.worklist) return nothing;
      return renderWorklist(
        { worklist: this.worklist, open: this.openEntry, lang, calculator: (entry) => this.calculator(entry.customerId, false) },
        t,
        (entry) => this.toggleEntry(entry),
      );
    }
    const desk = this.desk;
    if (!desk || !this.draft) return nothing;
    const number = desk.subject.number;
    const title = desk.kind === 'limit-request' ? `${t.title.limitRequest(number)} · ${t.kinds[(desk.subject as LimitRequest).kind]}` : t.title.application(number);
    const open = OPEN.has(desk.subject.status);
    return html`<article class="desk" part="base" aria-labelledby="desk-title">
      <header class="head">
        <h2 id="desk-title">${title}</h2>
        <span class="status" data-status=${desk.subject.status}>${t.statuses[desk.subject.status] ?? desk.subject.status}</span>
      </header>
      <div class="facts-grid">
        ${renderSubject(desk.subject, desk.profile, lang, t)}
        ${renderCustomer(desk.customer, desk.profile, lang, t)}
        <div role="group" class="facts" aria-labelledby="warning-heading"><h3 id="warning-heading">${t.warningHeading}</h3>${this.badge(desk.customer.id)}</div>
      </div>
      <div role="group" class="limit" aria-labelledby="limit-heading">
        <h3 id="limit-heading">${t.limitHeading}</h3>
        ${this.calculator(desk.customer.id, true)}
      </div>
      ${this.decided
        ? renderDecisionOutcome(this.decided.decision, this.decided.verification, this.decided.download, t)
        : open
          ? renderDecisionForm(
              {
                draft: this.draft,
                errors: this.errors,
                sending: this.sending,
                maximum: desk.maximum,
                maximumText: desk.maximum === undefined ? undefined : formatMoney(desk.maximum, desk.profile.currency, lang),
                reviewMonths: desk.reviewMonths,
                lang,
                chooseDate: this.common.messages.chooseDate,
                ...(this.problem ? { problem: this.problem } : {}),
              },
              t,
              {
                change: (patch) => {
                  this.draft = { ...this.draft!, ...patch };
                  this.errors = new Set();
                },
                submit: () => void this.submit(),
              },
            )
          : html`<p class="closed">${t.decision.closed}</p>`}
    </article>`;
  }
}
