import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { cssProps } from '../base/css-props.js';
import {
  ALL_GRADES,
  computeCreditLimit,
  CreditKitValidationError,
  creditPolicySchema,
  creditProfileSchema,
  customerSchema,
  financialsSchema,
  gradePolicy,
  isIsoDate,
  parseWith,
  todayIso,
  type CreditLimitInput,
  type CreditLimitResult,
  type CreditPolicy,
  type CreditProfile,
  type Customer,
  type Financials,
} from '@credit-kit/core';
import { CreditKitElement } from '../base/credit-kit-element.js';
import { currencyDigits, formatDate, formatDecimal, formatMoney, formatPercent, type AmountUnit } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { exposureView } from './exposure-view.js';
import { renderTerms } from './terms-view.js';
import { describeCaps, describeSteps, type Formatters } from './limit-explanation.js';
import { CkLimitChangeEvent } from './limit-calculator.events.js';
import { limitCalculatorMessages } from './limit-calculator.messages.js';
import { limitCalculatorStyles } from './limit-calculator.styles.js';
import {
  AMOUNT_FIELDS,
  convertValues,
  OPTIONAL_AMOUNT_FIELDS,
  parseWhatIf,
  prefillValues,
  WHAT_IF_FIELDS,
  type AmountField,
  type FieldProblem,
  type WhatIfField,
  type WhatIfInput,
  type WhatIfValues,
} from './what-if-form.js';

/** Everything the calculator works from, validated. */
interface LimitData {
  readonly policy: CreditPolicy;
  readonly customer: Customer;
  readonly financials: Financials;
  readonly profile: CreditProfile;
}

/** The last valid calculation. */
interface Calculation {
  readonly input: WhatIfInput;
  readonly result: CreditLimitResult;
}

const AMOUNT_FIELD_SET: ReadonlySet<WhatIfField> = new Set(AMOUNT_FIELDS);

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
 * @csspart near-limit - The notice that utilisation is at or past the policy's warning level (core's `creditExposure().nearLimit`).
 *
 * @cssproperty --ck-limit-calculator-columns - `grid-template-columns` of the form and the results. Default: `repeat(auto-fit, minmax(min(100%, 20rem), 1fr))`.
 * @cssproperty --ck-limit-calculator-bar-height - Height of the utilisation bar. Default: `0.75rem`.
 */
export class CkLimitCalculator extends CreditKitElement {
  static override styles = [CreditKitElement.styles, limitCalculatorStyles];

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

  @state() private data?: LimitData;
  @state() private values?: WhatIfValues;
  @state() private problems: Partial<Record<WhatIfField, FieldProblem>> = {};
  @state() private current?: Calculation;
  @state() private stale = false;
  @state() private calculationFailed = false;

  private readonly locale = new LocaleController(this, limitCalculatorMessages);
  /** The unit `values` are written in. */
  private valuesUnit: AmountUnit = 'yuan';
  private warnedAsOf?: string;

  /** The last valid result, or undefined before the data is loaded. */
  get result(): CreditLimitResult | undefined {
    return this.current?.result;
  }

  /** The `computeCreditLimit` input of the last valid result (amounts in units). */
  get limitInput(): CreditLimitInput | undefined {
    return this.current?.input;
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
    const id = this.customerId || this.customer?.id;
    const given = { policy: this.policy, customer: this.customer, financials: this.financials, profile: this.profile };
    const missing = !given.policy || !given.customer || !given.financials || !given.profile;
    if (missing && !id) {
      throw new CreditKitValidationError(`<${this.localName}>`, [
        { path: 'customerId', code: 'required', message: 'is needed to load the customer data (or give policy, customer, financials and profile by property)' },
      ]);
    }
    const client = missing ? this.resolveClient() : undefined;
    const [policy, customer, financials, profile] = await Promise.all([
      given.policy ? parseWith(creditPolicySchema, given.policy, 'policy property') : client!.getCreditPolicy({ signal }),
      given.customer ? parseWith(customerSchema, given.customer, 'customer property') : client!.getCustomer(id!, { signal }),
      given.financials ? parseWith(financialsSchema, given.financials, 'financials property') : client!.getFinancials(id!, { signal }),
      given.profile ? parseWith(creditProfileSchema, given.profile, 'profile property') : client!.getCreditProfile(id!, { signal }),
    ]);
    if (signal.aborted) return;
    this.data = { policy, customer, financials, profile };
    this.current = undefined;
    this.valuesUnit = this.displayUnit;
    this.values = prefillValues(this.data, this.valuesUnit);
    this.recalculate(false);
  }

  protected needsReload(changed: PropertyValues<this>): boolean {
    return changed.has('customerId') || changed.has('policy') || changed.has('customer') || changed.has('financials') || changed.has('profile');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.values) return;
    if (changed.has('unit') && this.displayUnit !== this.valuesUnit) {
      this.values = convertValues(this.values, this.valuesUnit, this.displayUnit);
      this.valuesUnit = this.displayUnit;
      this.recalculate(false);
    } else if (changed.has('asOf')) {
      this.recalculate(false);
    }
  }

  /** Validates the values and computes the limit; keeps the last valid result when they are invalid. */
  private recalculate(byUser: boolean): void {
    const { data, values } = this;
    if (!data || !values) return;
    const parsed = parseWhatIf(values, { unit: this.valuesUnit, asOf: this.effectiveAsOf, currencyDigits: currencyDigits(data.financials.currency) });
    if (!parsed.ok) {
      this.problems = parsed.problems;
      this.calculationFailed = false;
      this.stale = this.current !== undefined;
      return;
    }
    this.problems = {};
    let result: CreditLimitResult;
    try {
      result = computeCreditLimit(parsed.input, data.policy.limit);
    } catch (error) {
      // The policy cannot compute this case (e.g. no coefficient for the grade): say so, keep the last result.
      console.warn(`<${this.localName}> could not compute the limit`, error);
      this.calculationFailed = true;
      this.stale = this.current !== undefined;
      return;
    }
    this.calculationFailed = false;
    this.stale = false;
    this.current = { input: parsed.input, result };
    if (byUser) this.dispatchEvent(new CkLimitChangeEvent({ input: Object.freeze({ ...parsed.input }), result }));
  }

  private onFieldInput(field: WhatIfField, event: Event): void {
    if (!this.values) return;
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.values = { ...this.values, [field]: value };
    this.recalculate(true);
  }

  private onReset(): void {
    if (!this.data) return;
    this.valuesUnit = this.displayUnit;
    this.values = prefillValues(this.data, this.valuesUnit);
    this.recalculate(true);
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

  private problemText(problem: FieldProblem): string {
    const v = this.common.messages.validation;
    const p = this.locale.messages.problems;
    switch (problem.code) {
      case 'required':
        return v.required;
      case 'amount':
        return v.amount;
      case 'negative':
        return p.negative;
      case 'tooManyDecimals':
        return p.tooManyDecimals(problem.places);
      case 'tooBig':
        return v.too_big;
      case 'date':
        return v.date;
      case 'grade':
        return v.invalid_value;
      case 'effectiveAboveTotal':
        return p.effectiveAboveTotal;
      case 'establishedAfterAsOf':
        return p.establishedAfterAsOf(formatDate(problem.asOf, this.locale.lang));
      case 'paidInCapitalRequired':
        return p.paidInCapitalRequired;
    }
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const { data, values } = this;
    if (!data || !values) return nothing;
    const t = this.locale.messages;
    const f = this.formatters(data.financials.currency);
    return html`<div class="calculator" part="base">
      <header class="header" part="header">
        <h2 part="title">${t.title}</h2>
        <p class="context">${t.context(data.customer.name, f.date(this.effectiveAsOf))}</p>
      </header>
      <div class="layout">
        ${this.readOnly ? this.renderSummary(data, f) : this.renderForm(data, values)}
        <div class="outputs">${this.renderResult(data, f)} ${this.renderWorking(data, f)} ${this.renderExposure(data)}</div>
      </div>
    </div>`;
  }

  private renderForm(data: LimitData, values: WhatIfValues): TemplateResult {
    const t = this.locale.messages;
    return html`<form class="form" part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => e.preventDefault()}>
      <h3 id="form-title">${t.form.title}</h3>
      <p class="intro">${t.form.intro}</p>
      <div class="fields">${WHAT_IF_FIELDS.map((field) => this.renderField(field, values, data.financials.currency))}</div>
      <button type="button" class="reset" part="reset-button" @click=${() => this.onReset()}>${t.form.reset}</button>
    </form>`;
  }

  private renderField(field: WhatIfField, values: WhatIfValues, currency: string): TemplateResult {
    const t = this.locale.messages.form;
    const id = `field-${field}`;
    const problem = this.problems[field];
    const hint = (t.hints as Partial<Record<WhatIfField, string>>)[field];
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = problem ? 'true' : nothing;
    const required = field === 'paidInCapital' || OPTIONAL_AMOUNT_FIELDS.has(field as AmountField) ? nothing : 'true';
    const onInput = (event: Event) => this.onFieldInput(field, event);
    let control: TemplateResult;
    if (field === 'grade') {
      control = html`<select id=${id} part="input grade-select" aria-invalid=${invalid} aria-describedby=${describedBy} aria-required="true" @input=${onInput}>
        ${values.grade === '' ? html`<option value="" .selected=${true}>${t.chooseGrade}</option>` : nothing}
        ${ALL_GRADES.map((grade) => html`<option value=${grade} .selected=${grade === values.grade}>${grade}</option>`)}
      </select>`;
    } else if (field === 'establishedOn') {
      control = html`<input id=${id} part="input" type="date" max=${this.effectiveAsOf} .value=${live(values.establishedOn)}
        aria-invalid=${invalid} aria-describedby=${describedBy} aria-required="true" @input=${onInput} />`;
    } else {
      control = html`<input id=${id} part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
        .value=${live(values[field])} aria-invalid=${invalid} aria-describedby=${describedBy} aria-required=${required} @input=${onInput} />`;
    }
    const unit = AMOUNT_FIELD_SET.has(field) ? html` <span class="unit">(${t.amountUnit[this.valuesUnit](currency)})</span>` : nothing;
    return html`<div class="field" part=${problem ? 'field field-invalid' : 'field'}>
      <label for=${id}>${t.fields[field]}${unit}</label>
      ${control}
      ${hint ? html`<span class="hint" id=${`${id}-hint`} part="field-hint">${hint}</span>` : nothing}
      ${problem ? html`<span class="field-error" id=${`${id}-error`} part="field-error">${this.problemText(problem)}</span>` : nothing}
    </div>`;
  }

  private renderSummary(data: LimitData, f: Formatters): TemplateResult {
    const t = this.locale.messages;
    const input = this.current?.input;
    const show = (field: WhatIfField): string => {
      if (!input) return '—';
      if (field === 'grade') return input.grade;
      if (field === 'establishedOn') return f.date(input.establishedOn);
      const amount = input[field];
      return amount === undefined ? '—' : f.money(amount);
    };
    return html`<div role="group" class="summary" part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">${t.summary.title}</h3>
      <dl>
        ${WHAT_IF_FIELDS.filter((field) => field !== 'paidInCapital' || data.customer.paidInCapital !== undefined).map(
          (field) => html`<dt>${t.form.fields[field]}</dt><dd>${show(field)}</dd>`,
        )}
      </dl>
    </div>`;
  }

  private renderResult(data: LimitData, f: Formatters): TemplateResult {
    const t = this.locale.messages;
    const current = this.current;
    return html`<div role="group" class=${classMap({ result: true, stale: this.stale })} part="result" aria-live="polite" aria-labelledby="result-title">
      <h3 id="result-title">${t.results.title}</h3>
      ${this.stale ? html`<p class="stale-note" part="stale-note">${t.results.stale}</p>` : nothing}
      ${this.calculationFailed ? html`<p class="calculation-error" part="calculation-error">${t.results.calculationFailed}</p>` : nothing}
      ${current
        ? html`${this.renderRating(data, current, f)}
            <dl class="limits">
              ${this.renderLimit('maximum', t.results.maximum, current.result.maximum, data.financials.currency, f)}
              ${this.renderLimit('granted', t.results.granted, current.result.granted, data.financials.currency, f)}
            </dl>
            ${this.renderCaps(data, current, f)}`
        : html`<p>${t.results.noResult}</p>`}
    </div>`;
  }

  private renderRating(data: LimitData, current: Calculation, f: Formatters): TemplateResult {
    const t = this.locale.messages.rating;
    const grade = current.input.grade;
    const stance = gradePolicy(grade).stance;
    const profile = data.profile;
    return html`<div class="rating" part="rating">
      <p><span class="muted">${t.grade}:</span> <span class="grade">${grade}</span></p>
      <p><span class="muted">${t.meaning}:</span> ${t.stances[stance]}</p>
      ${profile.score !== undefined
        ? html`<p><span class="muted">${t.score}:</span> ${t.scoreValue(formatDecimal(String(profile.score), this.locale.lang, 2))}</p>`
        : nothing}
      <p class="muted">${grade === profile.grade ? t.ratedOn(profile.grade, f.date(profile.ratedOn)) : t.whatIf(profile.grade)}</p>
      ${renderTerms(grade, profile, data.policy, this.locale.messages.terms, f)}
    </div>`;
  }

  private renderLimit(which: 'maximum' | 'granted', label: string, amount: string, currency: string, f: Formatters): TemplateResult {
    const exact = this.displayUnit === 'wan' ? formatMoney(amount, currency, this.locale.lang) : undefined;
    return html`<div class=${`limit ${which}`} part=${which}>
      <dt>${label}</dt>
      <dd>
        <data value=${amount}>${f.money(amount)}</data>
        ${exact ? html`<span class="exact">${this.locale.messages.results.exactly(exact)}</span>` : nothing}
      </dd>
    </div>`;
  }

  private renderCaps(data: LimitData, current: Calculation, f: Formatters): TemplateResult {
    const t = this.locale.messages.caps;
    const caps = describeCaps(current.result, current.input, data.policy.limit, t, f);
    return html`<div class="caps" part="caps">
      <h4>${t.title}</h4>
      ${caps.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul>
            ${caps.map((cap) => html`<li data-cap=${cap.code}>${cap.text}</li>`)}
          </ul>`}
    </div>`;
  }

  private renderWorking(data: LimitData, f: Formatters): TemplateResult | typeof nothing {
    const current = this.current;
    if (!current) return nothing;
    const t = this.locale.messages.working;
    const { result } = current;
    const steps = describeSteps(result, current.input, data.policy.limit, t, f);
    return html`<div role="group" class="working" part="working" aria-labelledby="working-title">
      <h3 id="working-title">${t.title}</h3>
      <dl class="coefficients" part="coefficients">
        <dt>${t.debtRatio}</dt>
        <dd data-key="debtRatio">${result.debtRatio === null ? t.noDebtRatio : f.percent(result.debtRatio)}</dd>
        <dt>${t.gradeCoefficient}</dt>
        <dd data-key="gradeCoefficient">${f.coefficient(result.gradeCoefficient)}</dd>
        <dt>${t.debtRatioCoefficient}</dt>
        <dd data-key="debtRatioCoefficient">${f.coefficient(result.debtRatioCoefficient)}</dd>
      </dl>
      <table part="steps">
        <thead>
          <tr>
            <th scope="col">${t.step}</th>
            <th scope="col" class="value">${t.value}</th>
          </tr>
        </thead>
        <tbody>
          ${steps.map(
            (step) => html`<tr class=${step.total ? 'total' : ''} data-step=${step.key}>
              <th scope="row">
                <span class="step-label">${step.label}</span>
                ${step.calculation ? html` <span class="calculation">${step.calculation}</span>` : nothing}
              </th>
              <td class="value">${step.value}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderExposure(data: LimitData): TemplateResult {
    const t = this.locale.messages.exposure;
    const { profile } = data;
    const sameCurrency = profile.currency === data.financials.currency;
    const view = exposureView(profile, data.policy.creditCheck, sameCurrency && this.current ? this.current.result.granted : undefined);
    const { exposure } = view;
    const f = this.formatters(profile.currency);
    const lang = this.locale.lang;
    const text = exposure.utilisation === null ? t.noLimit : t.utilisationText(formatPercent(exposure.utilisation, lang, 1));
    const overText = exposure.noLimit ? t.noLimitOver(f.money(exposure.overBy)) : t.overLimit(f.money(exposure.overBy));
    const counted = Object.entries(exposure.counted) as [keyof typeof t.components, string][];
    const warning = data.policy.creditCheck.utilisationWarning;
    return html`<div role="group" class="exposure" part="exposure" aria-labelledby="exposure-title">
      <h3 id="exposure-title">${t.title}</h3>
      <dl class="figures">
        <dt>${t.grantedOnRecord}</dt>
        <dd data-key="granted">${f.money(exposure.granted)}</dd>
        <dt>${t.used}</dt>
        <dd data-key="used">${f.money(exposure.used)}</dd>
        <dt>${t.available}</dt>
        <dd data-key="available">${f.money(exposure.available)}</dd>
      </dl>
      <div class="meter">
        <span id="utilisation-label">${t.utilisation}</span>
        <div
          class=${classMap({ bar: true, over: exposure.overLimit, near: exposure.nearLimit })}
          part="utilisation-bar"
          role="meter"
          aria-labelledby="utilisation-label"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${view.meterPercent}
          aria-valuetext=${exposure.overLimit ? (exposure.noLimit ? overText : `${text}; ${overText}`) : text}
        >
          <div class="fill" part="utilisation-fill" ${cssProps({ 'inline-size': `${view.meterPercent}%` })}></div>
        </div>
        <span class="utilisation-text">${text}</span>
      </div>
      ${exposure.overLimit
        ? html`<p class="over-limit" part="over-limit"><span aria-hidden="true">⚠ </span>${overText}</p>`
        : exposure.nearLimit && warning !== undefined
          ? html`<p class="near-limit" part="near-limit">${t.nearLimit(formatPercent(warning, lang, 1))}</p>`
          : nothing}
      ${counted.length > 0
        ? html`<p class="muted">${t.counted}:</p>
            <ul class="components">
              ${counted.map(([name, amount]) => html`<li>${t.components[name] ?? name}: ${f.money(amount)}</li>`)}
            </ul>`
        : nothing}
      ${view.whatIf ? html`<p data-key="what-if-available">${t.whatIfAvailable(f.money(view.whatIf.available))}</p>` : nothing}
    </div>`;
  }
}
