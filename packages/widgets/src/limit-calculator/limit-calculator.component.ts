import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods, type MethodSet } from '@credit-kit/client/resources';
import { property } from 'lit/decorators.js';
import { isIsoDate, todayIso, type CreditLimitInput, type CreditLimitResult, type CreditPolicy, type CreditProfile, type Customer, type Financials } from '@credit-kit/core/lean';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { formatDate, formatDecimal, formatMoney, formatPercent, type AmountUnit } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { WhatIfController, type Calculation } from './controllers/what-if-controller.js';
import { loadLimitData, type LimitData } from './limit-data.js';
import type { Formatters } from './limit-explanation.js';
import { CkLimitChangeEvent } from './limit-calculator.events.js';
import { limitCalculatorMessages } from './limit-calculator.messages.js';
import { limitCalculatorStyles } from './limit-calculator.styles.js';
import { renderExposure } from './render/exposure.js';
import { renderForm, renderSummary } from './render/form.js';
import { renderResult } from './render/result.js';
import type { CalculatorView } from './render/view.js';
import { renderWorking } from './render/working.js';
import type { PathToYesMessages } from './path-to-yes/path-to-yes.messages.js';
import type { PathToYesPart } from './path-to-yes/path-to-yes-part.js';
import { loadPathToYesFor } from './path-to-yes/load-path-to-yes.js';
import { renderPathUnavailable } from './path-to-yes/render-path-unavailable.js';
import { LazyPart } from '../base/lazy-part.js';

/**
 * Credit limit calculator: the customer's rating, maximum comprehensive credit limit
 * (最高综合授信额度) and granted limit (公开授信额度), worked out live from editable what-if
 * inputs with core's `computeCreditLimit` (exact to the cent), every cap that applied in words,
 * the formula step by step with the actual numbers, and the current exposure with a utilisation bar.
 *
 * It loads the credit policy, the customer, its financials and its credit profile in parallel
 * (`customer-id` + the page's client), or takes them by property from a host that fetches itself:
 * given all four, it uses no client. An invalid value shows a message at its field and keeps the
 * last valid result, marked as out of date.
 *
 * @tagname ck-limit-calculator
 * @summary What limit a customer earns, and why, with what-if inputs.
 *
 * @event ck-limit-change - The user changed a value (or reset them) and the result is valid. Detail: `{ input: CreditLimitInput, result: CreditLimitResult }`, amounts in units as decimal strings. Not fired on load.
 * @event ck-ready - The data is loaded and the calculator is usable. Detail: `{}`.
 * @event ck-load-error - Loading failed; the error panel with Retry is shown. Detail: `{ error, message }`.
 * @event input - Native, from the inner inputs (composed).
 * @event change - Native, from the inner inputs (composed).
 *
 * @csspart skeleton - Placeholder while loading.
 * @csspart error - Error panel (`error-message`, `retry-button` inside).
 * @csspart error-message - The problem in words.
 * @csspart retry-button - Loads again.
 * @csspart base - The calculator's frame.
 * @csspart header - Title and customer line.
 * @csspart title - The title.
 * @csspart form - The what-if form.
 * @csspart field - One field: label, input, hint and message.
 * @csspart field-invalid - A field whose value is invalid (with `field`).
 * @csspart input - Every input and the grade select.
 * @csspart grade-select - The grade select (with `input`).
 * @csspart date-picker-button - The calendar button beside a date field (the browser's date picker; the field shows the page's language).
 * @csspart field-hint - A field's hint.
 * @csspart field-error - A field's validation message.
 * @csspart reset-button - "Reset to customer data".
 * @csspart summary - Read-only mode: the values the result is based on.
 * @csspart result - The live result region (rating, limits, caps).
 * @csspart stale-note - Says the result is out of date while a value is invalid.
 * @csspart calculation-error - Says the limit could not be computed from the values given (the policy lacks what they need).
 * @csspart rating - Grade, its policy meaning, and the score.
 * @csspart maximum - The maximum comprehensive credit limit.
 * @csspart granted - The granted limit.
 * @csspart caps - The caps that applied.
 * @csspart working - Coefficients and steps.
 * @csspart coefficients - Debt ratio and both coefficients.
 * @csspart steps - The working, step by step (a table).
 * @csspart exposure - Current exposure and available limit.
 * @csspart terms - Rating source, settlement methods and the order check, under the rating.
 * @csspart rating-source - Where the grade comes from (in-house, external, commissioned), issuer and date.
 * @csspart settlement - The settlement methods the customer's standing allows.
 * @csspart order-check - What a new order meets today: allowed, with a warning, or stopped, with reasons.
 * @csspart utilisation-bar - The utilisation meter.
 * @csspart utilisation-fill - The filled part of the meter.
 * @csspart over-limit - The over-limit notice.
 * @csspart path-to-yes - While the requested amount is above what the limit rule allows: the largest amount approvable today and each change that would make it approvable, with its working (core's `pathToYes`).
 * @csspart path-to-yes-error - In place of the path to yes when its code could not be loaded (a network failure), with `path-to-yes-retry`.
 * @csspart path-to-yes-retry - Loads the path to yes's code again.
 * @csspart near-limit - The notice that utilisation is at or past the policy's warning level (core's `creditExposure().nearLimit`).
 *
 * @cssproperty --ck-limit-calculator-columns - `grid-template-columns` of the form and the results. Default: `repeat(auto-fit, minmax(min(100%, 20rem), 1fr))`.
 * @cssproperty --ck-limit-calculator-bar-height - Height of the utilisation bar. Default: `0.75rem`.
 */
export class CkLimitCalculator extends CreditKitElement {
  static override styles = [CreditKitElement.styles, limitCalculatorStyles];
  /**
   * The endpoints it calls.
   * @internal
   */
  static override clientMethods: readonly MethodSet[] = [creditPolicyMethods, creditProfileMethods, customerMethods, financialsMethods];

  /** Id of the customer whose data is loaded. Default: none (then `customer.id`). */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Display-only: shows the result and what it is based on, without inputs. Default: false. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * `yuan` (default) shows and takes amounts in units (元); `wan` in ten-thousands (万元).
   * @type {'yuan' | 'wan'}
   */
  @property({ reflect: true }) unit: AmountUnit = 'yuan';

  /** Day the limit is computed for. Default: undefined (today, from core's `todayIso()`). */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The host's credit policy; when absent, loaded with `getCreditPolicy()`. */
  @property({ attribute: false }) policy?: CreditPolicy;

  /** The customer (paid-in capital, established date); when absent, loaded with `getCustomer(id)`. */
  @property({ attribute: false }) customer?: Customer;

  /** The base-period financials; when absent, loaded with `getFinancials(id)`. */
  @property({ attribute: false }) financials?: Financials;

  /** The credit profile (grade, score, exposure); when absent, loaded with `getCreditProfile(id)`. */
  @property({ attribute: false }) profile?: CreditProfile;

  private data?: LimitData;
  private readonly locale = new LocaleController(this, limitCalculatorMessages);
  /** The path to yes's text, which comes with its part. */
  private pathText?: LocaleController<PathToYesMessages>;
  /** The path to yes's code, loaded the first time one is shown. */
  private readonly pathPart = new LazyPart(this, () => this.loadPathToYesPart(), () => (this.constructor as typeof CkLimitCalculator).elementStyles);
  private readonly whatIf = new WhatIfController(this, {
    asOf: () => this.effectiveAsOf,
    owner: () => this.localName,
    changed: (calculation) => this.announceChange(calculation),
  });
  private warnedAsOf?: string;

  /** The last valid result, or undefined before the data is loaded. */
  get result(): CreditLimitResult | undefined {
    return this.whatIf.state?.current?.result;
  }

  /** The `computeCreditLimit` input of the last valid result (amounts in units). */
  get limitInput(): CreditLimitInput | undefined {
    return this.whatIf.state?.current?.input;
  }

  private get displayUnit(): AmountUnit {
    return this.unit === 'wan' ? 'wan' : 'yuan';
  }

  private get effectiveAsOf(): string {
    if (this.asOf === undefined || this.asOf === null || this.asOf === '') return todayIso();
    if (isIsoDate(this.asOf)) return this.asOf;
    if (this.warnedAsOf !== this.asOf) {
      this.warnedAsOf = this.asOf;
      console.warn(`<${this.localName}> as-of="${this.asOf}" is not a YYYY-MM-DD date; using today.`);
    }
    return todayIso();
  }

  protected async load(signal: AbortSignal): Promise<void> {
    const loaded = await loadLimitData(
      {
        customerId: this.customerId || this.customer?.id,
        given: { policy: this.policy, customer: this.customer, financials: this.financials, profile: this.profile },
        client: () => this.resolveClient(),
        owner: `<${this.localName}>`,
      },
      signal,
    );
    if (signal.aborted) return;
    this.data = loaded;
    this.whatIf.start(loaded, this.displayUnit);
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('customerId') || changed.has('policy') || changed.has('customer') || changed.has('financials') || changed.has('profile');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const shownIn = this.whatIf.state?.unit;
    if (changed.has('unit') && shownIn !== undefined && shownIn !== this.displayUnit) this.whatIf.convertTo(this.displayUnit);
    else if (changed.has('asOf')) this.whatIf.refresh();
  }

  private announceChange({ input, result }: Calculation): void {
    this.dispatchEvent(new CkLimitChangeEvent({ input: Object.freeze({ ...input }), result }));
  }

  private formatters(currency: string): Formatters {
    const lang = this.locale.lang;
    const unit = this.displayUnit;
    const wanLabel = this.common.messages.units.wan;
    return {
      money: (amount) => formatMoney(amount, currency, lang, { unit, wanLabel }),
      coefficient: (value) => formatDecimal(value, lang, 4),
      percent: (ratio) => formatPercent(ratio, lang, 2),
      date: (iso) => formatDate(iso, lang),
    };
  }

  /** Loads the path to yes's code (once per page); a subclass may load it otherwise (tests). */
  protected loadPathToYesPart(): Promise<PathToYesPart> {
    return loadPathToYesFor(this);
  }

  /** Complete once the path to yes, when one is shown, has loaded and rendered too. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pathPart.completeAfter(() => super.getUpdateComplete());
  }

  /** What would make the requested amount approvable, while it is above what the rule allows. */
  private renderPath(v: CalculatorView): TemplateResult | typeof nothing {
    const current = v.state.current;
    if (!current?.path || current.path.approvable || v.state.stale) return nothing;
    const part = this.pathPart.request();
    if (!part) return this.pathPart.failed ? renderPathUnavailable(this.locale.messages.pathUnavailable, this.common.messages.retry, () => this.pathPart.retry()) : nothing;
    const f = v.formatters(v.data.financials.currency);
    return part.render({ path: current.path, totalAssets: current.input.totalAssets, f, t: (this.pathText ??= new LocaleController(this, part.messages)).messages, level: 3 });
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const { data } = this;
    const form = this.whatIf.state;
    if (!data || !form) return nothing;
    const v: CalculatorView = {
      data,
      state: form,
      t: this.locale.messages,
      common: this.common.messages,
      lang: this.locale.lang,
      unit: this.displayUnit,
      asOf: this.effectiveAsOf,
      formatters: (currency) => this.formatters(currency),
    };
    return html`<div class="calculator" part="base">
      <header class="header" part="header">
        <h2 part="title">${v.t.title}</h2>
        <p class="context">${v.t.context(data.customer.name, formatDate(v.asOf, v.lang))}</p>
      </header>
      <div class="layout">
        ${this.readOnly
          ? renderSummary(v)
          : renderForm(v, { input: (field, value) => this.whatIf.edit(field, value), reset: () => this.whatIf.reset(this.displayUnit) })}
        <div class="outputs">${renderResult(v)} ${this.renderPath(v)} ${renderWorking(v)} ${renderExposure(v)}</div>
      </div>
    </div>`;
  }
}
