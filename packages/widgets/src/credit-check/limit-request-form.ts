import { html, nothing, type TemplateResult } from 'lit';
import {
  addDecimals,
  limitRequestInputSchema,
  parseMoneyInput,
  roundDecimal,
  toValidationIssues,
  type CreditProfile,
  type LimitRequest,
  type LimitRequestInput,
  type LimitRequestKind,
  type StagedCreditCheck,
} from '@credit-kit/core/lean';
import { newIdempotencyKey } from '@credit-kit/client';
import { formatMoney } from '../i18n/format.js';
import { renderDatePicker } from '../i18n/date-picker.js';
import { datePlaceholder, dateText, readDateField } from '../i18n/date-text.js';
import type { CreditCheckMessages } from './credit-check.messages.js';

/** The kinds a check offers: more limit for good, or an exception for this deal. */
export const CHECK_REQUEST_KINDS = ['increase', 'temporary_exception'] as const satisfies readonly LimitRequestKind[];

/** The limit request being written from a check: what the user typed, and where sending stands. */
export interface LimitRequestDraft {
  readonly kind: (typeof CHECK_REQUEST_KINDS)[number];
  /** As typed (grouping and 万 allowed: read by core's `parseMoneyInput`). */
  readonly amount: string;
  readonly until: string;
  readonly reason: string;
  /** One key per draft, reused by retries: the backend makes one request of it however often it is sent. */
  readonly idempotencyKey: string;
  readonly errors: Readonly<Partial<Record<'amount' | 'until' | 'reason', true>>>;
  readonly sending: boolean;
  readonly failure?: unknown;
  readonly sent?: LimitRequest;
}

/** A draft prefilled from the check: granted + shortfall, the reasons as the justification. */
export function draftFromCheck(result: StagedCreditCheck, reasonLine: string, t: CreditCheckMessages): LimitRequestDraft {
  const asked = result.shortfall ? roundDecimal(addDecimals(result.exposure.granted, result.shortfall), 2) : result.exposure.granted;
  return {
    kind: result.shortfall ? 'increase' : 'temporary_exception',
    amount: asked,
    until: '',
    reason: t.request.reasonPrefill(reasonLine),
    idempotencyKey: newIdempotencyKey(),
    errors: {},
    sending: false,
  };
}

/**
 * The request body, validated by core's schema (the contract's rules, not restated here); the
 * fields in error otherwise.
 */
export function requestInput(
  draft: LimitRequestDraft,
  context: { customerId: string; profile: CreditProfile; result: StagedCreditCheck },
): { input: LimitRequestInput } | { errors: LimitRequestDraft['errors'] } {
  const amount = parseMoneyInput(draft.amount);
  const { exposure } = context.result;
  const body = {
    customerId: context.customerId,
    kind: draft.kind,
    amount: amount.ok ? amount.value : draft.amount,
    currency: context.profile.currency,
    reason: draft.reason,
    ...(draft.kind === 'temporary_exception' && draft.until ? { until: draft.until } : {}),
    origin: {
      kind: 'credit_check' as const,
      orderAmount: exposure.orderAmount,
      ...(context.result.shortfall ? { shortfall: context.result.shortfall } : {}),
      checkReasons: context.result.reasons.map((r) => r.code),
    },
  };
  const parsed = limitRequestInputSchema.safeParse(body);
  if (parsed.success && amount.ok) return { input: parsed.data };
  const errors: Partial<Record<'amount' | 'until' | 'reason', true>> = amount.ok ? {} : { amount: true };
  for (const issue of parsed.success ? [] : toValidationIssues(parsed.error.issues, body)) {
    const field = issue.path.split('.')[0];
    if (field === 'amount' || field === 'until' || field === 'reason') errors[field] = true;
  }
  return { errors };
}

export interface RequestFormHandlers {
  readonly change: (patch: Partial<Pick<LimitRequestDraft, 'kind' | 'amount' | 'until' | 'reason'>>) => void;
  readonly submit: () => void;
  readonly cancel: () => void;
}

/** The request form under the check: kind, the limit asked for, the end of an exception, why. */
export function renderRequestForm(
  draft: LimitRequestDraft,
  context: { profile: CreditProfile; result: StagedCreditCheck; lang: string; chooseDate: string; failureText?: string; path?: TemplateResult | typeof nothing },
  t: CreditCheckMessages,
  on: RequestFormHandlers,
): TemplateResult {
  const r = t.request;
  const money = (amount: string) => formatMoney(amount, context.profile.currency, context.lang);
  const field = (name: 'amount' | 'until' | 'reason') => (draft.errors[name] ? 'true' : 'false');
  if (draft.sent) {
    return html`<p class="request-sent" part="request-receipt" role="status">${r.sent(draft.sent.number)}</p>`;
  }
  return html`<form class="request" part="request-form" aria-labelledby="request-heading" novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        on.submit();
      }}>
    <h4 id="request-heading">${r.heading}</h4>
    <label for="request-kind">${r.kind}</label>
    <select id="request-kind" .value=${draft.kind} ?disabled=${draft.sending}
      @change=${(e: Event) => on.change({ kind: (e.target as HTMLSelectElement).value as LimitRequestDraft['kind'] })}>
      ${CHECK_REQUEST_KINDS.map((k) => html`<option value=${k} ?selected=${draft.kind === k}>${r.kinds[k]}</option>`)}
    </select>
    <label for="request-amount">${r.amount}</label>
    <input id="request-amount" inputmode="decimal" autocomplete="off" .value=${draft.amount} ?disabled=${draft.sending}
      aria-invalid=${field('amount')} aria-describedby="request-amount-hint"
      @input=${(e: Event) => on.change({ amount: (e.target as HTMLInputElement).value })} />
    <span id="request-amount-hint" class=${draft.errors.amount ? 'field-error' : 'hint'}>
      ${draft.errors.amount ? r.invalid.amount : context.result.shortfall ? r.amountHint(money(context.result.shortfall)) : nothing}
    </span>
    ${context.path ?? nothing}
    ${draft.kind === 'temporary_exception'
      ? html`<label for="request-until">${r.until}</label>
          <span class="date-field"><input id="request-until" type="text" ${dateText(draft.until, context.lang)} placeholder=${datePlaceholder(context.lang)} autocomplete="off" ?disabled=${draft.sending} aria-invalid=${field('until')}
            aria-describedby="request-until-error" @input=${(e: Event) => on.change({ until: readDateField(e.target as HTMLInputElement).iso })} />${renderDatePicker(context.chooseDate, draft.sending)}</span>
          <span id="request-until-error" class="field-error">${draft.errors.until ? r.invalid.until : nothing}</span>`
      : nothing}
    <label for="request-reason">${r.reason}</label>
    <textarea id="request-reason" rows="3" .value=${draft.reason} ?disabled=${draft.sending} aria-invalid=${field('reason')}
      aria-describedby="request-reason-error" @input=${(e: Event) => on.change({ reason: (e.target as HTMLTextAreaElement).value })}></textarea>
    <span id="request-reason-error" class="field-error">${draft.errors.reason ? r.invalid.reason : nothing}</span>
    ${context.failureText ? html`<p class="request-failure" part="request-error" role="alert">${r.failed} ${context.failureText}</p>` : nothing}
    <div class="request-actions">
      <button type="submit" class="primary" part="request-submit" ?disabled=${draft.sending}>${draft.sending ? r.sending : r.submit}</button>
      <button type="button" part="request-cancel" ?disabled=${draft.sending} @click=${on.cancel}>${r.cancel}</button>
    </div>
  </form>`;
}
