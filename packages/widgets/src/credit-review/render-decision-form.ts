import { html, nothing, type TemplateResult } from 'lit';
import { DECISION_OUTCOMES, DECISION_REASON_CODES, SETTLEMENT_METHODS, type DecisionReasonCode } from '@credit-kit/core/lean';
import type { CreditReviewMessages } from './credit-review.messages.js';
import { aboveMaximum, type DecisionDraft, type DecisionField } from './decision-draft.js';
import { renderDatePicker } from '../i18n/date-picker.js';
import { datePlaceholder, dateText, readDateField } from '../i18n/date-text.js';

export interface DecisionFormView {
  readonly draft: DecisionDraft;
  readonly errors: ReadonlySet<DecisionField>;
  readonly sending: boolean;
  readonly maximum: string | undefined;
  readonly maximumText: string | undefined;
  readonly reviewMonths: number | undefined;
  readonly lang: string;
  /** The calendar buttons' label. */
  readonly chooseDate: string;
  /** Refusals or a failure, in words. */
  readonly problem?: { readonly title: string; readonly lines: readonly string[] };
}

export interface DecisionFormHandlers {
  readonly change: (patch: Partial<DecisionDraft>) => void;
  readonly submit: () => void;
}

const invalid = (errors: ReadonlySet<DecisionField>, field: DecisionField) => (errors.has(field) ? 'true' : 'false');

/** The approver's form: outcome, then the conditions of an approval or the reasons of a rejection or return. */
export function renderDecisionForm(view: DecisionFormView, t: CreditReviewMessages, on: DecisionFormHandlers): TemplateResult {
  const d = t.decision;
  const { draft, errors, sending } = view;
  const approve = draft.outcome === 'approve';
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const toggle = (code: DecisionReasonCode, on_: boolean) =>
    on.change({ reasonCodes: on_ ? [...draft.reasonCodes, code] : draft.reasonCodes.filter((c) => c !== code) });
  return html`<form class="decision" part="decision-form" aria-labelledby="decision-heading" novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        on.submit();
      }}>
    <h3 id="decision-heading">${d.heading}</h3>
    <fieldset class="outcomes" ?disabled=${sending}>
      <legend>${d.outcome}</legend>
      ${DECISION_OUTCOMES.map(
        (outcome) => html`<label><input type="radio" name="outcome" value=${outcome} .checked=${draft.outcome === outcome}
          @change=${() => on.change({ outcome })} /> ${d.outcomes[outcome]}</label>`,
      )}
    </fieldset>
    ${approve
      ? html`<div class="conditions">
          <label for="granted-limit">${d.grantedLimit}</label>
          <input id="granted-limit" inputmode="decimal" autocomplete="off" .value=${draft.grantedLimit} ?disabled=${sending}
            aria-invalid=${invalid(errors, 'grantedLimit')} aria-describedby="granted-hint" @input=${(e: Event) => on.change({ grantedLimit: value(e) })} />
          <span id="granted-hint" class="hint">${view.maximumText ? d.maximumHint(view.maximumText) : nothing}</span>
          ${aboveMaximum(draft, view.maximum)
            ? html`<label for="override-reason">${d.override}</label>
                <textarea id="override-reason" rows="2" .value=${draft.overrideReason} ?disabled=${sending} aria-invalid=${invalid(errors, 'override')}
                  @input=${(e: Event) => on.change({ overrideReason: value(e) })}></textarea>`
            : nothing}
          <label for="term-days">${d.term}</label>
          <input id="term-days" inputmode="numeric" .value=${draft.termDays} ?disabled=${sending} aria-invalid=${invalid(errors, 'termDays')}
            @input=${(e: Event) => on.change({ termDays: value(e) })} />
          <label for="settlement">${d.settlement}</label>
          <select id="settlement" ?disabled=${sending} @change=${(e: Event) => on.change({ settlementMethod: value(e) as DecisionDraft['settlementMethod'] })}>
            ${SETTLEMENT_METHODS.map((m) => html`<option value=${m} ?selected=${draft.settlementMethod === m}>${t.settlementMethods[m]}</option>`)}
          </select>
          <label for="valid-until">${d.validUntil}</label>
          <span class="date-field"><input id="valid-until" type="text" ${dateText(draft.validUntil, view.lang)} placeholder=${datePlaceholder(view.lang)} autocomplete="off" ?disabled=${sending} aria-invalid=${invalid(errors, 'validUntil')}
            @input=${(e: Event) => on.change({ validUntil: readDateField(e.target as HTMLInputElement).iso })} />${renderDatePicker(view.chooseDate, sending)}</span>
          <label for="next-review">${d.nextReviewOn}</label>
          <span class="date-field"><input id="next-review" type="text" ${dateText(draft.nextReviewOn, view.lang)} placeholder=${datePlaceholder(view.lang)} autocomplete="off" ?disabled=${sending} aria-invalid=${invalid(errors, 'nextReviewOn')}
            aria-describedby="review-hint" @input=${(e: Event) => on.change({ nextReviewOn: readDateField(e.target as HTMLInputElement).iso })} />${renderDatePicker(view.chooseDate, sending)}</span>
          <span id="review-hint" class="hint">${view.reviewMonths ? d.reviewHint(view.reviewMonths) : nothing}</span>
        </div>`
      : html`<fieldset class="reason-codes" ?disabled=${sending} aria-invalid=${invalid(errors, 'reasonCodes')}>
          <legend>${d.reasons}</legend>
          ${DECISION_REASON_CODES.map(
            (code) => html`<label><input type="checkbox" value=${code} .checked=${draft.reasonCodes.includes(code)}
              @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} /> ${d.reasonCodes[code]}</label>`,
          )}
        </fieldset>`}
    <label for="decision-note">${d.note}</label>
    <textarea id="decision-note" rows="2" .value=${draft.note} ?disabled=${sending} @input=${(e: Event) => on.change({ note: value(e) })}></textarea>
    ${errors.size > 0 ? html`<p class="form-error" role="alert">${d.invalid}</p>` : nothing}
    ${view.problem
      ? html`<div class="form-error" part="decision-error" role="alert"><strong>${view.problem.title}</strong>
          <ul>${view.problem.lines.map((line) => html`<li>${line}</li>`)}</ul></div>`
      : nothing}
    <button type="submit" class="primary" part="decision-submit" ?disabled=${sending}>${sending ? d.sending : d.submit}</button>
  </form>`;
}
