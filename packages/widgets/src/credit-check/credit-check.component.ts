import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods, limitRequestMethods, type MethodSet } from '@credit-kit/client/resources';
import { property, state } from 'lit/decorators.js';
import {
  CREDIT_CHECK_STAGES,
  CreditKitValidationError,
  creditCheckAtStage,
  creditLimitInputOf,
  pathToYes,
  todayIso,
  creditPolicySchema,
  creditProfileSchema,
  parseMoneyInput,
  parseWith,
  SETTLEMENT_METHODS,
  type CreditCheckStage,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type Financials,
  type PathToYes,
  type SettlementMethod,
  type StagedCreditCheck,
} from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { describeError } from '../base/describe-error.js';
import { LoadController } from '../base/load-controller.js';
import { formatDate, formatDecimal, formatMoney, formatPercent } from '../i18n/format.js';
import { breakableFigure } from '../i18n/breakable-figure.js';
import type { PathToYesMessages } from '../limit-calculator/path-to-yes/path-to-yes.messages.js';
import type { PathToYesPart } from '../limit-calculator/path-to-yes/path-to-yes-part.js';
import { loadPathToYesFor } from '../limit-calculator/path-to-yes/load-path-to-yes.js';
import { renderPathUnavailable } from '../limit-calculator/path-to-yes/render-path-unavailable.js';
import { LazyPart } from '../base/lazy-part.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { reasonTexts, renderReasons, type ReasonContext } from './check-reasons.js';
import { creditCheckStyles } from './credit-check.styles.js';
import { CkCreditCheckChangeEvent, CkLimitRequestSubmittedEvent } from './credit-check.events.js';
import { creditCheckMessages } from './credit-check.messages.js';
import { draftFromCheck, renderRequestForm, requestInput, type LimitRequestDraft } from './limit-request-form.js';

export type CreditCheckVariant = 'full' | 'compact';

/**
 * Headroom and the credit decision on a deal, where the salesperson is: the credit available, the
 * outcome (ok / warning / blocked, and what that means at this stage: go ahead, hold, refuse) and
 * every reason in words with its figures. When the deal cannot go ahead, the user can send a limit
 * request (an increase or a temporary exception) prefilled with the shortfall. The decision is
 * core's `creditCheckAtStage`; the element adds no rule.
 *
 * @tagname ck-credit-check
 * @summary The order credit check, with the exception request.
 *
 * @event ck-ready - The profile and policy are loaded and the check is shown.
 * @event ck-load-error - Loading failed; `detail.message` says why (the widget shows it with Retry).
 * @event ck-credit-check-change - The outcome for the deal is new (also after the first load); `detail.action` is what the host's own buttons follow.
 * @event ck-limit-request-submitted - The user sent a limit request and the backend accepted it; `detail.request` is the stored request.
 *
 * @csspart base - The check's frame.
 * @csspart status - The outcome word (OK, Warning, Blocked).
 * @csspart action - What the outcome means at this stage (go ahead, hold, refuse).
 * @csspart figures - Available credit, granted limit, used and the deal.
 * @csspart available - The available credit.
 * @csspart reasons - The list of reasons (or the all-clear line).
 * @csspart reason - One reason; also `reason-block` or `reason-warning`.
 * @csspart request-button - Opens the limit request form.
 * @csspart date-picker-button - The calendar button beside a date field (the browser's date picker; the field shows the page's language).
 * @csspart request-form - The limit request form.
 * @csspart request-submit - Sends the request.
 * @csspart request-cancel - Closes the form.
 * @csspart request-error - Why sending failed.
 * @csspart request-receipt - The line naming the request that was sent.
 * @csspart path-to-yes - In the request form: the largest limit the rule allows today and, when the limit asked for is above it, each change that would make it approvable, with its working (core's `pathToYes` on the customer's financials).
 * @csspart path-to-yes-error - In place of the path to yes when its code could not be loaded (a network failure), with `path-to-yes-retry`.
 * @csspart path-to-yes-retry - Loads the path to yes's code again.
 * @csspart skeleton - Shown while loading.
 * @csspart error - The error panel, with `error-message` and `retry-button`.
 *
 * @cssproperty [--ck-credit-check-blocked=var(--ck-color-danger)] - Colour of a blocked outcome.
 * @cssproperty [--ck-credit-check-warning=var(--ck-level-orange)] - Colour of a warning.
 * @cssproperty [--ck-credit-check-ok=var(--ck-color-success)] - Colour of an all-clear.
 */
export class CkCreditCheck extends CreditKitElement {
  static override styles = [CreditKitElement.styles, creditCheckStyles];
  /**
   * The endpoints it calls.
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods, limitRequestMethods];

  /** The customer whose profile and the policy are loaded through the client. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** The deal's amount as a decimal string (grouping allowed, e.g. `1,250,000.00`); none checks the standing alone. */
  @property() amount?: string;

  /** Where the deal is: `quote`, `order` (default), `delivery` or `invoice`. The policy says what a block means at each. */
  @property() stage: CreditCheckStage = 'order';

  /** How the deal is to be settled (`cash`, `bank_acceptance_bill`, `installments`, `open_credit`); checked against the standing when the profile has a payment record. */
  @property({ attribute: 'settlement-method' }) settlementMethod?: SettlementMethod;

  /** The deal opens a new credit relationship (BBB and worse may not open one). */
  @property({ type: Boolean, attribute: 'new-relationship' }) newRelationship = false;

  /** `full` (default) or `compact` (one line, reasons folded: a CRM deal sidebar). */
  @property({ reflect: true }) variant: CreditCheckVariant = 'full';

  /** Hide the limit request action (a host that requests limits elsewhere). */
  @property({ type: Boolean, attribute: 'no-request' }) noRequest = false;

  /** The credit profile, for a host that fetches it itself (validated with core's `creditProfileSchema`). */
  @property({ attribute: false }) profile?: CreditProfile;

  /** The credit policy, for a host that fetches it itself (validated with core's `creditPolicySchema`). */
  @property({ attribute: false }) policy?: CreditPolicy;

  @state() private data?: { profile: CreditProfile; policy: CreditPolicy };
  @state() private draft?: LimitRequestDraft;
  @state() private detailsOpen = false;
  /** The user opened a limit request: the limit rule's inputs are wanted for the path to yes. */
  @state() private pathWanted = false;

  private readonly locale = new LocaleController(this, creditCheckMessages);
  /** The path to yes's text, which comes with its part. */
  private pathText?: LocaleController<PathToYesMessages>;
  /** The path to yes's code, loaded the first time the request form shows one. */
  private readonly pathPart = new LazyPart(this, () => this.loadPathToYesPart(), () => (this.constructor as typeof CkCreditCheck).elementStyles);
  /** The customer and financials behind the limit rule, loaded when a request is first opened. */
  private readonly limitSources = new LoadController<[string, boolean], { customer: Customer; financials: Financials } | undefined>(this, {
    args: () => [this.data?.profile.customerId ?? '', this.pathWanted],
    task: async ([customerId, wanted], signal) => {
      const client = wanted && customerId ? this.findClient() : undefined;
      if (!client) return undefined;
      const [customer, financials] = await Promise.all([client.getCustomer(customerId, { signal }), client.getFinancials(customerId, { signal })]);
      return { customer, financials };
    },
  });
  private announced?: string;

  /** The outcome on screen, once loaded (core's `creditCheckAtStage`). */
  get result(): StagedCreditCheck | undefined {
    return this.data ? this.evaluate(this.data) : undefined;
  }

  protected async load(signal: AbortSignal): Promise<void> {
    const given = { profile: this.profile, policy: this.policy };
    if ((!given.profile || !given.policy) && !this.customerId) {
      throw new CreditKitValidationError(`<${this.localName}>`, [
        { path: 'customerId', code: 'required', message: 'is needed to load the credit profile (or give profile and policy by property)' },
      ]);
    }
    const client = !given.profile || !given.policy ? this.resolveClient() : undefined;
    const [profile, policy] = await Promise.all([
      given.profile ? parseWith(creditProfileSchema, given.profile, 'profile property') : client!.getCreditProfile(this.customerId, { signal }),
      given.policy ? parseWith(creditPolicySchema, given.policy, 'policy property') : client!.getCreditPolicy({ signal }),
    ]);
    if (signal.aborted) return;
    this.data = { profile, policy };
    this.draft = undefined;
    this.pathWanted = false;
    this.announced = undefined;
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('customerId') || changed.has('profile') || changed.has('policy');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announce();
  }

  /** The amount typed by the host, read as people write it; undefined when absent or not an amount. */
  private dealAmount(): string | undefined {
    if (this.amount === undefined || this.amount.trim() === '') return undefined;
    const parsed = parseMoneyInput(this.amount);
    return parsed.ok ? parsed.value : undefined;
  }

  private evaluate({ profile, policy }: { profile: CreditProfile; policy: CreditPolicy }): StagedCreditCheck {
    const amount = this.dealAmount();
    const stage = (CREDIT_CHECK_STAGES as readonly string[]).includes(this.stage) ? this.stage : 'order';
    const method = (SETTLEMENT_METHODS as readonly string[]).includes(this.settlementMethod ?? '') ? this.settlementMethod : undefined;
    return creditCheckAtStage(
      {
        grade: profile.grade,
        granted: profile.granted,
        components: profile.components,
        overdueAmount: profile.overdueAmount,
        oldestOverdueDays: profile.oldestOverdueDays,
        blacklisted: profile.blacklisted,
      },
      amount === undefined ? undefined : { amount, newRelationship: this.newRelationship, ...(method ? { settlementMethod: method } : {}) },
      stage,
      policy.creditCheck,
      policy.settlement,
    );
  }

  /** Fires `ck-credit-check-change` when the outcome differs from the one last announced. */
  private announce(): void {
    if (!this.ready || !this.data) return;
    const result = this.evaluate(this.data);
    const detail = {
      customerId: this.data.profile.customerId,
      stage: result.stage,
      amount: this.dealAmount(),
      status: result.status,
      action: result.action,
      available: result.available,
      shortfall: result.shortfall,
      reasons: result.reasons.map((r) => r.code),
    };
    const key = JSON.stringify(detail);
    if (key === this.announced) return;
    this.announced = key;
    this.dispatchEvent(new CkCreditCheckChangeEvent(detail));
  }

  private context(result: StagedCreditCheck): ReasonContext {
    const policy = this.data!.policy.creditCheck;
    return {
      result,
      profile: this.data!.profile,
      grace: policy.overdueGraceDays ?? policy.maxOverdueDays ?? 0,
      settlementMethod: this.settlementMethod,
      lang: this.locale.lang,
    };
  }

  private openRequest(result: StagedCreditCheck): void {
    const t = this.locale.messages;
    const line = reasonTexts(this.context(result), t).map((r) => r.text).join(' ');
    this.draft = draftFromCheck(result, line, t);
    this.pathWanted = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#request-amount')?.focus());
  }

  private async submitRequest(): Promise<void> {
    const draft = this.draft;
    if (!draft || draft.sending || !this.data) return;
    const result = this.evaluate(this.data);
    const built = requestInput(draft, { customerId: this.data.profile.customerId, profile: this.data.profile, result });
    if ('errors' in built) {
      this.draft = { ...draft, errors: built.errors };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    this.draft = { ...draft, errors: {}, sending: true, failure: undefined };
    try {
      const request = await this.resolveClient().createLimitRequest(built.input, { idempotencyKey: draft.idempotencyKey });
      this.draft = { ...this.draft, sending: false, sent: request };
      this.dispatchEvent(new CkLimitRequestSubmittedEvent({ request }));
    } catch (failure) {
      // The same key is kept: sending again cannot make a second request.
      this.draft = { ...this.draft, sending: false, failure };
    }
  }

  /**
   * Core's `pathToYes` of the limit the draft asks for: what would make it approvable under the
   * limit rule. None until the customer's financials are in, or when the amount is not one.
   */
  private pathOf(draft: LimitRequestDraft): PathToYes | undefined {
    const sources = this.limitSources.value;
    const profile = this.data?.profile;
    const amount = parseMoneyInput(draft.amount);
    if (!sources || !profile || !amount.ok || sources.financials.currency !== profile.currency) return undefined;
    try {
      const input = creditLimitInputOf({ ...sources, profile }, todayIso(), { requested: amount.value });
      return pathToYes(input, this.data!.policy.limit);
    } catch (error) {
      if (error instanceof CreditKitValidationError) return undefined;
      throw error;
    }
  }

  /** Loads the path to yes's code (once per page); a subclass may load it otherwise (tests). */
  protected loadPathToYesPart(): Promise<PathToYesPart> {
    return loadPathToYesFor(this);
  }

  /** Complete once the path to yes, when one is shown, has loaded and rendered too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pathPart.completeAfter(() => super.getUpdateComplete());
  }

  private renderPath(draft: LimitRequestDraft): TemplateResult | typeof nothing {
    const path = this.pathOf(draft);
    const sources = this.limitSources.value;
    if (!path || !sources) return nothing;
    const part = this.pathPart.request();
    if (!part) return this.pathPart.failed ? renderPathUnavailable(this.locale.messages.pathUnavailable, this.common.messages.retry, () => this.pathPart.retry()) : nothing;
    const lang = this.locale.lang;
    const currency = this.data!.profile.currency;
    const f = {
      money: (amount: string) => formatMoney(amount, currency, lang),
      coefficient: (value: string) => formatDecimal(value, lang, 4),
      percent: (ratio: string) => formatPercent(ratio, lang, 2),
      date: (iso: string) => formatDate(iso, lang),
    };
    return part.render({ path, totalAssets: sources.financials.totalAssets, f, t: (this.pathText ??= new LocaleController(this, part.messages)).messages, level: 5 });
  }

  protected renderReady(): TemplateResult | typeof nothing {
    if (!this.data) return nothing;
    const t = this.locale.messages;
    const result = this.evaluate(this.data);
    const { profile } = this.data;
    const money = (amount: string) => breakableFigure(formatMoney(amount, profile.currency, this.locale.lang), this.locale.lang);
    const amount = this.dealAmount();
    const canRequest = !this.noRequest && amount !== undefined && result.action !== 'proceed';
    const compact = this.variant === 'compact';
    const reasons = renderReasons(this.context(result), t);
    return html`<div role="group" class=${`check ${result.status}`} part="base" aria-labelledby="check-title">
      <header class="head">
        <h3 id="check-title">${t.title} · ${t.stages[result.stage]}</h3>
        <span class=${`status ${result.status}`} part="status" role="status">${t.status[result.status]}</span>
      </header>
      <p class="action" part="action">${amount === undefined ? t.noAmount : t.actions[result.action]}</p>
      <dl class="figures" part="figures">
        <div class="available" part="available"><dt>${t.available}</dt><dd><data value=${result.available}>${money(result.available)}</data></dd></div>
        ${compact
          ? nothing
          : html`<div><dt>${t.granted}</dt><dd><data value=${result.exposure.granted}>${money(result.exposure.granted)}</data></dd></div>
              <div><dt>${t.used}</dt><dd><data value=${result.usedBeforeDeal}>${money(result.usedBeforeDeal)}</data></dd></div>
              ${amount === undefined ? nothing : html`<div><dt>${t.deal(t.stages[result.stage])}</dt><dd><data value=${amount}>${money(amount)}</data></dd></div>`}`}
      </dl>
      ${compact
        ? html`<details class="compact-reasons" ?open=${this.detailsOpen} @toggle=${(e: Event) => (this.detailsOpen = (e.target as HTMLDetailsElement).open)}>
            <summary>${t.compactDetails}</summary>${reasons}
          </details>`
        : reasons}
      ${canRequest && !this.draft
        ? html`<button type="button" part="request-button" class="request-open" @click=${() => this.openRequest(result)}>
            ${result.shortfall ? t.request.open : t.request.openException}
          </button>`
        : nothing}
      ${this.draft
        ? renderRequestForm(
            this.draft,
            {
              profile,
              result,
              lang: this.locale.lang,
              chooseDate: this.common.messages.chooseDate,
              path: this.renderPath(this.draft),
              ...(this.draft.failure ? { failureText: describeError(this.draft.failure, this.common.messages.errors).message } : {}),
            },
            t,
            {
              change: (patch) => (this.draft = { ...this.draft!, ...patch, errors: {} }),
              submit: () => void this.submitRequest(),
              cancel: () => {
                this.draft = undefined;
                void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=request-button]')?.focus());
              },
            },
          )
        : nothing}
    </div>`;
  }
}
